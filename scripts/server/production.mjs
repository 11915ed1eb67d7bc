// The production server, as `npm start` runs it (scripts/serve.mjs): Next's request handler behind
// the admission gate (admission.mjs), in place of `next start`, which takes every request it is
// sent and, saturated, queues them without bound: answers arrive after a minute and the heap grows
// with the queue.
import http from "node:http";
import process from "node:process";
import { admissionGate, admissionSettings, gatedListener } from "./admission.mjs";
import { heapCeilingOf } from "./heap.mjs";
import { answerOverloaded } from "./overloaded.mjs";

// Limits on connections rather than requests, so a flood of slow or idle clients cannot hold
// memory the gate does not see: each open connection costs a socket and its buffers.
const MAX_CONNECTIONS = 1000;
// A client gets this long to send its headers, and the whole request (an evidence file of up to
// 11 MB over a slow line included) within the second. A reverse proxy in front, which buffers
// request bodies, keeps slow uploads from holding a slot at all.
const HEADERS_TIMEOUT_MS = 15_000;
const REQUEST_TIMEOUT_MS = 120_000;
const REFUSAL_LOG_INTERVAL_MS = 10_000;
// How long a stop waits for the requests already admitted.
const SHUTDOWN_GRACE_MS = 10_000;

/**
 * Answers a refused request, and says in the log, at most once per interval, how many there were:
 * whoever runs the server needs to know that it turns people away. Refused prefetches are counted
 * apart: a page with many links may have some refused on a server that is only briefly busy.
 */
function refusalsCounted(gate) {
  let refused = 0;
  let prefetches = 0;
  setInterval(() => {
    if (refused === 0) return;
    const ofWhich = prefetches ? `, ${prefetches} daarvan om een pagina vooraf op te halen` : "";
    console.log(
      `Te druk: ${refused} verzoeken afgewezen met 503 in de laatste ${REFUSAL_LOG_INTERVAL_MS / 1000} s${ofWhich} (nu ${gate.inFlight} bezig, ${gate.waiting} wachtend).`,
    );
    refused = prefetches = 0;
  }, REFUSAL_LOG_INTERVAL_MS).unref();
  return (request, response) => {
    refused++;
    if (request.headers["next-router-prefetch"] !== undefined) prefetches++;
    answerOverloaded(request, response);
  };
}

/** Starts Next in production mode and listens once it is ready. */
export async function startProductionServer(port, hostname) {
  const settings = admissionSettings(process.env);
  process.env.NODE_ENV = "production";
  process.env.PORT = String(port);
  const { default: next } = await import("next");
  const app = next({ dev: false, dir: process.cwd(), hostname: hostname ?? "localhost", port });
  await app.prepare();
  const handle = app.getRequestHandler();
  const gate = admissionGate(settings);
  const server = http.createServer(gatedListener(gate, handle, refusalsCounted(gate)));
  server.maxConnections = MAX_CONNECTIONS;
  server.headersTimeout = HEADERS_TIMEOUT_MS;
  server.requestTimeout = REQUEST_TIMEOUT_MS;
  await new Promise((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, hostname, resolve);
  });
  const gateText =
    settings.limit === 0
      ? "zonder toelatingslimiet"
      : `toelating: ${settings.limit} tegelijk, ${settings.queue} wachtend, ten hoogste ${settings.maxWaitMs} ms wachten`;
  const heapMb = heapCeilingOf(process.execArgv, process.env.NODE_OPTIONS);
  const heapText = heapMb === null ? "heap zonder plafond" : `heap ten hoogste ${heapMb} MB`;
  console.log(`Groeipad luistert op http://${hostname ?? "localhost"}:${port} (${gateText}; ${heapText}).`);

  let stopping = false;
  const stop = (signal) => {
    if (stopping) return;
    stopping = true;
    const code = signal === "SIGINT" ? 130 : 143;
    setTimeout(() => process.exit(code), SHUTDOWN_GRACE_MS).unref();
    // No new connections; idle keep-alive ones close now, the others once their answer is sent.
    server.close(() => void app.close().finally(() => process.exit(code)));
    server.closeIdleConnections();
  };
  for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => stop(signal));
}
