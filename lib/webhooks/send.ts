// One POST of a delivery to the address that was checked a moment ago: the connection goes to that
// address (the lookup below answers it, whatever DNS says now), while the Host header and the TLS
// server name stay the endpoint's host name, so its certificate is checked as usual. No redirect
// is followed, the answer's body is read no further than a few KB, and the whole call is bounded.
import http from "node:http";
import https from "node:https";
import type { LookupFunction } from "node:net";
import type { CheckedTarget } from "@/lib/outbound-address";

export type SendOutcome = { status: number } | { error: string };

const TIMEOUT_MS = 10_000;
const MAX_ANSWER_BYTES = 4096;

export function postWebhook(target: CheckedTarget, headers: Record<string, string>, body: string): Promise<SendOutcome> {
  const { url, hostname, address } = target;
  const lookup: LookupFunction = (_host, options, callback) => {
    if (options.all) (callback as (e: null, a: { address: string; family: number }[]) => void)(null, [address]);
    else callback(null, address.address, address.family);
  };
  const client = url.protocol === "https:" ? https : http;
  return new Promise((resolve) => {
    let settled = false;
    const finish = (outcome: SendOutcome) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      request.destroy();
      resolve(outcome);
    };
    const request = client.request(
      {
        method: "POST",
        protocol: url.protocol,
        hostname,
        port: url.port || undefined,
        path: `${url.pathname}${url.search}`,
        lookup,
        agent: false,
        headers: { ...headers, "Content-Type": "application/json", "Content-Length": String(Buffer.byteLength(body)) },
      },
      (response) => {
        let read = 0;
        response.on("data", (chunk: Buffer) => {
          read += chunk.length;
          if (read >= MAX_ANSWER_BYTES) finish({ status: response.statusCode ?? 0 });
        });
        response.on("end", () => finish({ status: response.statusCode ?? 0 }));
        response.on("error", () => finish({ status: response.statusCode ?? 0 }));
      },
    );
    const timer = setTimeout(() => finish({ error: `Geen antwoord binnen ${TIMEOUT_MS / 1000} seconden.` }), TIMEOUT_MS);
    request.on("error", (error: NodeJS.ErrnoException) => finish({ error: networkError(error) }));
    request.end(body);
  });
}

function networkError(error: NodeJS.ErrnoException): string {
  switch (error.code) {
    case "ECONNREFUSED":
      return "De verbinding werd geweigerd.";
    case "ECONNRESET":
      return "De verbinding werd verbroken.";
    case "ETIMEDOUT":
      return "De verbinding kwam niet tot stand.";
    default:
      return error.code?.startsWith("ERR_TLS") || error.code?.includes("CERT")
        ? "Het TLS-certificaat van het adres is niet geldig."
        : `De verbinding mislukte (${error.code ?? "onbekende fout"}).`;
  }
}
