// The answer to a request the admission gate refuses: 503 with Retry-After, at once and without
// touching Next, the database or the disk. People get a small Dutch page that needs nothing else
// from the server (the server is busy); API clients get a problem, as every refusal of the REST API
// (lib/http/route.ts, code OverloadedError in lib/errors.ts).
import { createHash } from "node:crypto";

/** Long enough for a burst to pass, short enough that a person retrying soon is not sent away for long. */
const RETRY_AFTER_SECONDS = 2;

const MESSAGE = "Het is nu erg druk in Groeipad. Probeer het over een paar seconden opnieuw.";

/** The same problem details (RFC 9457) lib/http/route.ts writes for the code OverloadedError. */
export const OVERLOADED_PROBLEM = {
  type: "urn:groeipad:problem:overloaded",
  title: "Te druk",
  status: 503,
  detail: MESSAGE,
  code: "OverloadedError",
};

// The app's colours (app/globals.css); the page has no stylesheet of its own to fetch.
const STYLE =
  "body{margin:0;font:16px/1.5 'Segoe UI',system-ui,-apple-system,Arial,sans-serif;color:#1f2a24;background:#f5f7f5}" +
  "main{box-sizing:border-box;max-width:32rem;margin:3rem auto;padding:1.5rem;background:#fff;border:1px solid #d5dcd7;border-radius:8px}" +
  "h1{font-size:1.5rem;line-height:1.25;margin:0 0 .5rem;overflow-wrap:break-word}" +
  "a{color:#1d6b47}a:hover{color:#0f3d28}@media (max-width:34rem){main{margin:1rem;padding:1rem}}";

// The page's one inline style is allowed by its hash; nothing else may load or run.
export const REFUSAL_PAGE_CSP = `default-src 'none'; style-src 'sha256-${createHash("sha256").update(STYLE).digest("base64")}'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'`;

/** The link that asks again: the empty URL, the address the browser asked for. */
const RETRY_LINK = `<p><a href="">Opnieuw proberen</a></p>`;

/**
 * A page for a person whose request was refused for want of room: a heading, the Dutch reason and
 * what to do, and nothing of the request written into it. Also the page of a download the app
 * refuses (lib/http/route.ts).
 *
 * @param {{ heading: string, message: string, retry?: string }} page retry: HTML; by default the link
 */
export function refusalPage({ heading, message, retry = RETRY_LINK }) {
  return `<!doctype html>
<html lang="nl">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${heading} – Groeipad</title>
<style>${STYLE}</style>
</head>
<body>
<main>
<h1>${heading}</h1>
<p>${message}</p>
${retry}
</main>
</body>
</html>
`;
}

/** A form that was sent cannot be retried by a link. */
function overloadedPage(method) {
  const retry =
    method === "GET" || method === "HEAD"
      ? RETRY_LINK
      : "<p>Wat je verstuurde is niet verwerkt. Ga terug en verstuur het over een paar seconden opnieuw.</p>";
  return refusalPage({ heading: "Het is nu erg druk", message: MESSAGE, retry });
}

/** Whoever asked for a page gets the page; the API, and anything that did not ask for HTML, the problem. */
function wantsPage(request) {
  const path = request.url ?? "/";
  return !path.startsWith("/api/") && (request.headers.accept ?? "").includes("text/html");
}

/** Answers a refused request with 503; its body, if it sent one, is not read. */
export function answerOverloaded(request, response) {
  const page = wantsPage(request);
  const body = page ? overloadedPage(request.method ?? "GET") : JSON.stringify(OVERLOADED_PROBLEM);
  const headers = {
    "Content-Type": page ? "text/html; charset=utf-8" : "application/problem+json",
    "Content-Length": Buffer.byteLength(body),
    "Retry-After": String(RETRY_AFTER_SECONDS),
    "Cache-Control": "no-store",
    "Content-Security-Policy": page ? REFUSAL_PAGE_CSP : "default-src 'none'; frame-ancestors 'none'; sandbox",
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "same-origin",
    "X-Frame-Options": "DENY",
  };
  // Reading an upload of up to 11 MB only to throw it away would cost what the refusal saves.
  if (Number(request.headers["content-length"]) > 0 || request.headers["transfer-encoding"]) headers.Connection = "close";
  response.writeHead(503, headers);
  response.end(body);
}
