// The HTTP layer without a database: the order of the steps, what reaches a handler, what a
// refusal looks like, the answer's schema check and how an answer becomes an HTTP response. The
// transaction is a stand-in that records what was sent; the integration tests run the same
// definitions against PGlite and PostgreSQL.
import { describe, expect, it } from "vitest";
import { z } from "zod";
import type { Db } from "@/db/client";
import { ConflictError } from "@/lib/errors";
import { defineAction } from "@/lib/http/action";
import { jsonObjectOf } from "@/lib/http/next";
import { defineDownload, defineRoute, toResponse } from "@/lib/http/route";
import type { Caller } from "@/lib/http/steps";

function fakeDb(log: string[]): Db {
  const tx = { execute: async () => log.push("SET LOCAL") && [] };
  const db = {
    transaction: async (work: (t: unknown) => Promise<unknown>) => {
      log.push("BEGIN");
      try {
        const result = await work(tx);
        log.push("COMMIT");
        return result;
      } catch (error) {
        log.push("ROLLBACK");
        throw error;
      }
    },
  };
  return db as unknown as Db;
}

function callerWith(log: string[], role: Caller["role"] = "contract_manager"): Caller {
  return {
    userId: "6f1c2d3e-4a5b-4c6d-8e9f-0a1b2c3d4e5f",
    email: "fatima@voorbeeldstad.example",
    name: "Fatima",
    role,
    org: { id: "0b1c2d3e-4f5a-4b6c-8d7e-9f0a1b2c3d4e", slug: "voorbeeldstad", name: "Voorbeeldstad", kind: "buyer", partnerOrgIds: [] },
    db: fakeDb(log),
  };
}

const Rename = z.object({ title: z.string().min(1, { error: "Vul een titel in." }) });

describe("defineAction", () => {
  it("prepares outside the transaction, handles inside it, and acts after the commit", async () => {
    const log: string[] = [];
    const action = defineAction({
      name: "test.rename",
      permission: "contracts.update",
      input: Rename,
      prepare: async (_ctx, input) => (log.push("prepare"), { ...input, upper: input.title.toUpperCase() }),
      handler: async (tx, ctx, input) => (log.push(`handler ${input.upper} as ${ctx.userId.slice(0, 8)}`), { id: "c1" }),
      afterCommit: async (_db, done) => (log.push("afterCommit"), { ...done, announced: true }),
    });
    expect(await action.run(callerWith(log), { title: "nieuw" })).toEqual({ ok: true, data: { id: "c1", announced: true } });
    expect(log).toEqual(["prepare", "BEGIN", "SET LOCAL", "handler NIEUW as 6f1c2d3e", "COMMIT", "afterCommit"]);
  });

  it("rolls back and announces nothing when the handler refuses, with the refusal's own message", async () => {
    const log: string[] = [];
    const action = defineAction({
      name: "test.conflict",
      permission: "contracts.update",
      input: Rename,
      handler: async () => {
        throw new ConflictError();
      },
      afterCommit: async () => log.push("afterCommit"),
    });
    const result = await action.run(callerWith(log), { title: "x" });
    expect(result).toMatchObject({ ok: false, code: "ConflictError", error: expect.stringContaining("Iemand anders") });
    expect(log).toEqual(["BEGIN", "SET LOCAL", "ROLLBACK"]);
  });

  it("refuses before any database work: no session, a role without the permission, bad input, a prototype key", async () => {
    const log: string[] = [];
    const action = defineAction({ name: "test.rename", permission: "contracts.update", input: Rename, handler: async () => "done" });
    expect(await action.run(null, { title: "x" })).toMatchObject({ ok: false, code: "UnauthenticatedError" });
    expect(await action.run(callerWith(log, "viewer"), { title: "x" })).toMatchObject({ ok: false, code: "ForbiddenError" });
    expect(await action.run(callerWith(log), { title: "" })).toEqual({
      ok: false,
      code: "ValidationError",
      error: "Controleer de gemarkeerde velden.",
      fieldErrors: { title: "Vul een titel in." },
    });
    const form = new FormData();
    form.append("title", "x");
    form.append("__proto__.polluted", "ja");
    expect(await action.run(callerWith(log), form)).toMatchObject({ ok: false, fieldErrors: { "__proto__.polluted": expect.any(String) } });
    expect(log).toEqual([]);
  });

  it("turns an unexpected error into the generic message, never its text", async () => {
    const action = defineAction({
      name: "test.crash",
      permission: "contracts.update",
      input: Rename,
      handler: async () => {
        throw new Error("relation secret_table does not exist");
      },
    });
    const original = console.error;
    console.error = () => undefined;
    try {
      const result = await action.run(callerWith([]), { title: "x" });
      expect(result).toMatchObject({ ok: false, code: "InternalError" });
      expect(JSON.stringify(result)).not.toContain("secret_table");
    } finally {
      console.error = original;
    }
  });
});

describe("defineRoute", () => {
  const Out = z.object({ id: z.string(), title: z.string() });

  it("sends only what the schema names", async () => {
    const route = defineRoute({
      name: "GET /test",
      permission: "contracts.read",
      scope: null,
      output: Out,
      handler: async () => ({ id: "c1", title: "Schoonmaak", tenantId: "intern" }),
    });
    expect(await route.run(callerWith([], "viewer"), {})).toEqual({ status: 200, body: { data: { id: "c1", title: "Schoonmaak" } } });
  });

  it("answers 500 with the generic message when the answer does not fit its schema", async () => {
    const route = defineRoute({
      name: "GET /test",
      permission: "contracts.read",
      scope: null,
      output: Out,
      handler: async () => ({ id: 7 }),
    });
    const original = console.error;
    const logged: unknown[] = [];
    console.error = (...args: unknown[]) => logged.push(args);
    try {
      const { status, body } = await route.run(callerWith([], "viewer"), {});
      expect(status).toBe(500);
      expect(body).toMatchObject({ code: "InternalError", error: expect.stringContaining("Er ging iets mis") });
      expect(JSON.stringify(logged)).toContain("GET /test");
    } finally {
      console.error = original;
    }
  });

  it("answers refusals with their status: 401 without a session, 403 for a role without the permission", async () => {
    const route = defineRoute({
      name: "GET /test",
      permission: "members.invite",
      scope: null,
      output: Out,
      handler: async () => ({ id: "c1", title: "t" }),
    });
    expect((await route.run(null, {})).status).toBe(401);
    expect((await route.run(callerWith([], "viewer"), {})).status).toBe(403);
  });
});

describe("toResponse", () => {
  it("sends a download as the file, with a safe name and no caching", async () => {
    const route = defineDownload({
      name: "GET /file",
      permission: "contracts.read",
      scope: null,
      handler: async () => ({
        filename: "Łódź rapport.csv",
        contentType: "text/csv; charset=utf-8",
        bytes: new TextEncoder().encode("a;b"),
      }),
    });
    const response = toResponse(route.answers, await route.run(callerWith([], "viewer"), {}));
    expect(response.status).toBe(200);
    expect(response.headers.get("Content-Type")).toBe("text/csv; charset=utf-8");
    expect(response.headers.get("Content-Disposition")).toMatch(/^attachment; filename="[ -~]+"; filename\*=UTF-8''%C5%81%C3%B3d%C5%BA/);
    expect(response.headers.get("Cache-Control")).toBe("no-store");
    expect(await response.text()).toBe("a;b");
  });

  it("sends a refused download as JSON with its status", async () => {
    const route = defineDownload({
      name: "GET /file",
      permission: "members.invite",
      scope: null,
      handler: async () => ({ filename: "x", contentType: "x", bytes: new Uint8Array() }),
    });
    const response = toResponse(route.answers, await route.run(callerWith([], "viewer"), {}));
    expect(response.status).toBe(403);
    expect(await response.json()).toMatchObject({ code: "ForbiddenError" });
  });
});

describe("problem details", () => {
  it("answers a refusal as application/problem+json with a stable type, a Dutch title and detail, the code and the field errors", async () => {
    const response = toResponse("json", {
      status: 400,
      body: { error: "Controleer de gemarkeerde velden.", code: "ValidationError", fieldErrors: { "values.0.value": "Vul een getal in." } },
    });
    expect(response.status).toBe(400);
    expect(response.headers.get("Content-Type")).toBe("application/problem+json");
    expect(await response.json()).toEqual({
      type: "urn:groeipad:problem:validation",
      title: "Ongeldige invoer",
      status: 400,
      detail: "Controleer de gemarkeerde velden.",
      code: "ValidationError",
      errors: { "values.0.value": "Vul een getal in." },
    });
    const limited = await toResponse("json", { status: 429, body: { error: "Te veel.", code: "RateLimitedError" } }).json();
    expect(limited).toEqual({
      type: "urn:groeipad:problem:rate-limited",
      title: "Te veel verzoeken",
      status: 429,
      detail: "Te veel.",
      code: "RateLimitedError",
    });
  });
});

describe("jsonObjectOf", () => {
  const request = (body: string) => new Request("http://localhost/api", { method: "PUT", body });
  it("accepts a JSON object and refuses anything else in Dutch", async () => {
    expect(await jsonObjectOf(request('{"score":"on_track"}'))).toEqual({ ok: true, value: { score: "on_track" } });
    expect(await jsonObjectOf(request("{kapot"))).toEqual({ ok: false, error: "De inhoud van het verzoek is geen geldige JSON." });
    expect(await jsonObjectOf(request("[1,2]"))).toEqual({ ok: false, error: "Stuur een JSON-object." });
    expect(await jsonObjectOf(request("null"))).toEqual({ ok: false, error: "Stuur een JSON-object." });
  });
});
