// What a refused request gets (scripts/server/overloaded.mjs): a person a Dutch page that stands
// on its own, an API client the problem every other refusal of the REST API has.
import { createHash } from "node:crypto";
import type { IncomingMessage, ServerResponse } from "node:http";
import { describe, expect, it } from "vitest";
import { toResponse } from "@/lib/http/route";
import { answerOverloaded, OVERLOADED_PROBLEM } from "@/scripts/server/overloaded.mjs";

function answer(method: string, url: string, headers: Record<string, string>) {
  const sent: { status?: number; headers?: Record<string, string | number>; body?: string } = {};
  const response = {
    writeHead: (status: number, h: Record<string, string | number>) => Object.assign(sent, { status, headers: h }),
    end: (body: string) => (sent.body = body),
  };
  answerOverloaded({ method, url, headers } as unknown as IncomingMessage, response as unknown as ServerResponse);
  return sent as Required<typeof sent>;
}

describe("answerOverloaded", () => {
  it("gives a person a Dutch page with a heading and a link to try again, and says when", () => {
    const { status, headers, body } = answer("GET", "/voorbeeldstad/dashboard", { accept: "text/html,application/xhtml+xml" });
    expect(status).toBe(503);
    expect(headers["Retry-After"]).toBe("2");
    expect(headers["Content-Type"]).toBe("text/html; charset=utf-8");
    expect(body).toContain('<html lang="nl">');
    expect(body).toMatch(/<h1>Het is nu erg druk<\/h1>/);
    expect(body).toContain('<a href="">Opnieuw proberen</a>');
    expect(body).toContain('name="viewport"');
    expect(headers["Content-Length"]).toBe(Buffer.byteLength(body));
  });

  it("loads nothing: its one style is allowed by its hash and no other source is", () => {
    const { headers, body } = answer("GET", "/", { accept: "text/html" });
    expect(body).not.toMatch(/<(script|link|img)\b|src=|url\(/);
    const style = /<style>([\s\S]*?)<\/style>/.exec(body)![1];
    const hash = createHash("sha256").update(style).digest("base64");
    expect(headers["Content-Security-Policy"]).toContain(`style-src 'sha256-${hash}'`);
    expect(headers["Content-Security-Policy"]).toContain("default-src 'none'");
  });

  it("tells someone who sent a form that it was not processed, and does not read the upload", () => {
    const { headers, body } = answer("POST", "/voorbeeldstad/rapportages/1", { accept: "text/html", "content-length": "5000000" });
    expect(body).toContain("Wat je verstuurde is niet verwerkt");
    expect(body).not.toContain("Opnieuw proberen");
    expect(headers.Connection).toBe("close");
  });

  it("gives the API, and anything that did not ask for HTML, the REST API's problem for OverloadedError", async () => {
    const expected = await toResponse("json", { status: 503, body: { error: OVERLOADED_PROBLEM.detail, code: "OverloadedError" } }).json();
    for (const [url, accept] of [
      ["/api/v1/voorbeeldstad/contracts", "text/html"],
      ["/voorbeeldstad/dashboard", "application/json"],
      ["/voorbeeldstad/dashboard", "*/*"],
    ]) {
      const { status, headers, body } = answer("GET", url, { accept });
      expect(status).toBe(503);
      expect(headers["Content-Type"]).toBe("application/problem+json");
      expect(headers["Retry-After"]).toBe("2");
      expect(JSON.parse(body)).toEqual(expected);
    }
  });
});
