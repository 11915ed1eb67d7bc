// The load balancer of the two-instance test: plain node:http, round robin over the app instances,
// forwarding as a reverse proxy the app trusts with TRUSTED_PROXIES=1 does (nginx's
// $proxy_add_x_forwarded_for, $host and $scheme). Bodies stream both ways.
// For the test only, a request may name its instance (x-groeipad-instance: 0 or 1), so a spec can
// write through one instance and read through the other; every answer says which one served it.
//
//   node tests/scale/proxy.mjs <port> <instance URL> <instance URL> ...
import http from "node:http";
import process from "node:process";
import { setTimeout as sleep } from "node:timers/promises";
import { URL } from "node:url";

const INSTANCE_HEADER = "x-groeipad-instance";
// Connection-level headers belong to one hop; node:http frames each side by itself.
const HOP_BY_HOP = ["connection", "keep-alive", "proxy-connection", "transfer-encoding", "upgrade", "te", "trailer"];

const [port, ...targets] = process.argv.slice(2);
if (!port || targets.length === 0) {
  process.stderr.write("Gebruik: node tests/scale/proxy.mjs <poort> <adres van instantie 0> <adres van instantie 1> ...\n");
  process.exit(2);
}
const instances = targets.map((target) => new URL(target));
const agent = new http.Agent({ keepAlive: true });
let turn = 0;

/** The instance a request names, or the next one in turn. */
function instanceFor(request) {
  const named = request.headers[INSTANCE_HEADER];
  if (named !== undefined) {
    const index = Number(named);
    return Number.isInteger(index) && index >= 0 && index < instances.length ? index : null;
  }
  const index = turn;
  turn = (turn + 1) % instances.length;
  return index;
}

function forwardedHeaders(request) {
  const headers = { ...request.headers };
  for (const name of [...HOP_BY_HOP, INSTANCE_HEADER]) delete headers[name];
  const client = request.socket.remoteAddress ?? "";
  const earlier = request.headers["x-forwarded-for"];
  headers["x-forwarded-for"] = earlier ? `${earlier}, ${client}` : client;
  // The client cannot choose these: the proxy states what it was reached on.
  headers["x-forwarded-host"] = request.headers.host ?? "";
  headers["x-forwarded-proto"] = "http";
  return headers;
}

const server = http.createServer((request, response) => {
  const index = instanceFor(request);
  if (index === null) {
    response.writeHead(400, { "content-type": "text/plain; charset=utf-8" });
    response.end(`${INSTANCE_HEADER} moet 0 tot en met ${instances.length - 1} zijn.\n`);
    return;
  }
  const target = instances[index];
  const upstream = http.request(
    {
      agent,
      host: target.hostname,
      port: target.port,
      method: request.method,
      path: request.url,
      headers: forwardedHeaders(request),
    },
    (answer) => {
      const headers = { ...answer.headers, [INSTANCE_HEADER]: String(index) };
      for (const name of HOP_BY_HOP) delete headers[name];
      response.writeHead(answer.statusCode ?? 502, answer.statusMessage, headers);
      answer.pipe(response);
    },
  );
  upstream.on("error", (error) => {
    if (response.headersSent) return response.destroy(error);
    response.writeHead(502, { "content-type": "text/plain; charset=utf-8", [INSTANCE_HEADER]: String(index) });
    response.end(`Instantie ${index} (${target.host}) antwoordt niet: ${error.message}\n`);
  });
  // A client that goes away takes its request to the instance with it.
  response.on("close", () => {
    if (!response.writableFinished) upstream.destroy();
  });
  request.pipe(upstream);
});

/** Resolves once the instance answers its login page; the proxy opens only when every one does. */
async function answering(instance) {
  for (;;) {
    const status = await new Promise((resolve) => {
      http
        .get(new URL("/login", instance), (answer) => {
          answer.resume();
          resolve(answer.statusCode);
        })
        .on("error", () => resolve(0));
    });
    if (status === 200) return;
    await sleep(200);
  }
}

await Promise.all(instances.map(answering));
server.listen(Number(port), "127.0.0.1", () => {
  process.stdout.write(`Proxy op http://127.0.0.1:${port} voor ${instances.map((url) => url.host).join(", ")}\n`);
});
// Nothing to finish: a browser's open keep-alive connections would only hold up server.close().
for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => process.exit(0));
