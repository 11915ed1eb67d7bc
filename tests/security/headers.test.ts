// The proxy's headers for what the browser tests cannot reach on http://localhost: HSTS over
// HTTPS (the configured address, or a configured proxy's X-Forwarded-Proto, never a client's),
// the development server's 'unsafe-eval', and the nonce handed to Next in the request headers.
import { NextRequest } from "next/server";
import { afterEach, describe, expect, it, vi } from "vitest";
import { config, proxy } from "@/proxy";

function run(headers: Record<string, string> = {}) {
  const response = proxy(new NextRequest("http://localhost:3000/voorbeeldstad", { headers }));
  return {
    csp: response.headers.get("content-security-policy") ?? "",
    hsts: response.headers.get("strict-transport-security"),
    permissions: response.headers.get("permissions-policy") ?? "",
    // What NextResponse.next({ request }) passes on to the page as its request headers.
    forwardedCsp: response.headers.get("x-middleware-request-content-security-policy"),
  };
}

afterEach(() => vi.unstubAllEnvs());

describe("Strict-Transport-Security", () => {
  it("is sent when the configured public address is https, with upgrade-insecure-requests", () => {
    vi.stubEnv("APP_URL", "https://groeipad.example.nl");
    vi.stubEnv("TRUSTED_PROXIES", "0");
    const { hsts, csp } = run();
    expect(hsts).toBe("max-age=63072000; includeSubDomains");
    expect(csp).toContain("upgrade-insecure-requests");
  });

  it("is not sent over http, whatever a client claims in X-Forwarded-Proto", () => {
    vi.stubEnv("APP_URL", "http://localhost:3000");
    vi.stubEnv("TRUSTED_PROXIES", "0");
    const { hsts, csp } = run({ "x-forwarded-proto": "https" });
    expect(hsts).toBeNull();
    expect(csp).not.toContain("upgrade-insecure-requests");
  });

  it("follows the X-Forwarded-Proto the nearest configured proxy wrote", () => {
    vi.stubEnv("APP_URL", "http://intern.example:3000");
    vi.stubEnv("TRUSTED_PROXIES", "1");
    expect(run({ "x-forwarded-proto": "https" }).hsts).not.toBeNull();
    expect(run({ "x-forwarded-proto": "http" }).hsts).toBeNull();
    // A client put "https" in front; the one proxy appended what it saw.
    expect(run({ "x-forwarded-proto": "https, http" }).hsts).toBeNull();
    vi.stubEnv("TRUSTED_PROXIES", "2");
    expect(run({ "x-forwarded-proto": "https, http" }).hsts).not.toBeNull();
  });
});

describe("Content-Security-Policy", () => {
  it("allows eval only on the development server", () => {
    vi.stubEnv("NODE_ENV", "production");
    expect(run().csp).not.toContain("unsafe-eval");
    vi.stubEnv("NODE_ENV", "development");
    expect(run().csp).toMatch(/script-src [^;]*'unsafe-eval'/);
  });

  it("hands Next the same policy in the request headers, with a new nonce each time", () => {
    const first = run();
    const second = run();
    const nonce = /'nonce-([^']+)'/.exec(first.csp)![1];
    expect(first.forwardedCsp).toBe(first.csp);
    expect(Buffer.from(nonce, "base64")).toHaveLength(16);
    expect(second.forwardedCsp).not.toContain(nonce);
    // Next takes the nonce from the first directive that starts with script-src.
    expect(
      first.csp
        .split(";")
        .map((d) => d.trim())
        .find((d) => d.startsWith("script-src")),
    ).toContain(`'nonce-${nonce}'`);
  });

  it("switches off the powerful features and skips server-action calls, whose bodies it would cut off", () => {
    expect(run().permissions).toMatch(/(^|, )camera=\(\)/);
    expect(config.matcher[0].missing).toEqual([{ type: "header", key: "next-action" }]);
  });
});
