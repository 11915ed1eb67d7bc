// The response headers that depend on the request: a Content-Security-Policy with a fresh nonce
// for every page, Strict-Transport-Security when the app is served over HTTPS, and the
// Permissions-Policy that goes with them. Set by proxy.ts on every page and API response; the
// headers that never vary (nosniff, Referrer-Policy, X-Frame-Options) stay in next.config.mjs,
// which also covers the static files and server-action responses the proxy does not see.
import type { Env } from "@/lib/env";

/** 128 random bits, base64: unguessable and new for every response. */
export function newNonce(): string {
  return Buffer.from(crypto.getRandomValues(new Uint8Array(16))).toString("base64");
}

/**
 * No script runs unless it carries this response's nonce, or was loaded by one that does
 * ('strict-dynamic': Next's bootstrap scripts load the page's chunks); 'self' remains only for
 * browsers without 'strict-dynamic'. Next reads the nonce from this header of the request and puts
 * it on every script it renders, which is why every page renders per request (app/layout.tsx).
 *
 * Styles: a <style> or stylesheet needs the nonce or our origin, but style *attributes* are
 * allowed ('unsafe-inline' in style-src-attr only). React renders `style={...}` as attributes, and
 * recharts positions its tooltips, legends and chart containers with them; attributes cannot run
 * script, and without this every chart and progress bar would break. Browsers too old for
 * style-src-attr fall back to style-src, which has the nonce and therefore blocks them: they lose
 * layout details, never protection.
 *
 * The development server needs 'unsafe-eval' (React rebuilds server error stacks with eval) and
 * inline <style> for its overlay; production gets neither.
 */
export function contentSecurityPolicy(options: { nonce: string; dev: boolean; https: boolean }): string {
  const { nonce, dev } = options;
  const nonceSource = `'nonce-${nonce}'`;
  const directives: Array<[string, ...string[]]> = [
    // Next takes the nonce from the first script-src directive: keep it before any script-src-*.
    ["script-src", "'self'", nonceSource, "'strict-dynamic'", ...(dev ? ["'unsafe-eval'"] : [])],
    ["default-src", "'self'"],
    ["style-src", "'self'", ...(dev ? ["'unsafe-inline'"] : [nonceSource])],
    ["style-src-elem", "'self'", ...(dev ? ["'unsafe-inline'"] : [nonceSource])],
    ["style-src-attr", "'unsafe-inline'"],
    // Icons and chart images as data: or blob: URLs; no image comes from elsewhere.
    ["img-src", "'self'", "data:", "blob:"],
    ["font-src", "'self'"],
    // Server actions, RSC requests and (in development) the hot-reload socket: own origin only.
    ["connect-src", "'self'"],
    ["object-src", "'none'"],
    ["base-uri", "'self'"],
    ["form-action", "'self'"],
    ["frame-ancestors", "'none'"],
    ...(options.https ? [["upgrade-insecure-requests"] as [string]] : []),
  ];
  return directives.map((d) => d.join(" ")).join("; ");
}

/**
 * API responses (JSON, CSV, PDF, evidence files) are data, never a page: nothing in them may load,
 * run or be framed, and a file opened in the browser after all is sandboxed.
 */
export const API_CONTENT_SECURITY_POLICY = "default-src 'none'; frame-ancestors 'none'; sandbox";

/** Powerful browser features the app never uses, switched off for every page and any frame in it. */
export const PERMISSIONS_POLICY = [
  "accelerometer",
  "autoplay",
  "browsing-topics",
  "camera",
  "display-capture",
  "geolocation",
  "gyroscope",
  "hid",
  "idle-detection",
  "magnetometer",
  "microphone",
  "midi",
  "payment",
  "publickey-credentials-get",
  "screen-wake-lock",
  "serial",
  "usb",
  "xr-spatial-tracking",
]
  .map((feature) => `${feature}=()`)
  .join(", ");

/** Two years, subdomains included: the value the HSTS preload list asks for. */
export const STRICT_TRANSPORT_SECURITY = "max-age=63072000; includeSubDomains";

/**
 * Whether this response reaches the browser over HTTPS: the configured public address is https,
 * or a configured proxy in front of the app says the request came in over https. The proxy's
 * X-Forwarded-Proto is believed only when TRUSTED_PROXIES says there is one (without it the
 * server drops forwarded headers from clients, lib/startup.ts); with several proxies the entry the
 * nearest one wrote counts, as for X-Forwarded-For (lib/auth/sign-in.ts).
 */
export function servedOverHttps(headers: Headers, e: Pick<Env, "APP_URL" | "TRUSTED_PROXIES">): boolean {
  if (e.APP_URL?.toLowerCase().startsWith("https://")) return true;
  if (e.TRUSTED_PROXIES < 1) return false;
  const protos =
    headers
      .get("x-forwarded-proto")
      ?.split(",")
      .map((p) => p.trim().toLowerCase())
      .filter(Boolean) ?? [];
  return protos.length > 0 && protos.at(-Math.min(e.TRUSTED_PROXIES, protos.length)) === "https";
}
