// API tokens end to end through the REST handlers, as an integration calls them: made by an admin,
// shown once and stored hashed, acting as their organisation with their creator's role narrowed to
// their scopes, refused when revoked, expired, malformed, out of scope or aimed at another tenant,
// limited per token, and named in the audit trail of what they change.
import { createHash } from "node:crypto";
import { and, eq, sql } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { queryRows } from "@/db/client";
import { apiTokens, auditEvents, memberships } from "@/db/schema";
import { API_TOKEN_LIMIT } from "@/lib/api-tokens/account";
import { createApiToken, revokeApiToken } from "@/lib/api-tokens/actions";
import { auditLogExportRoute } from "@/lib/audit-log/routes";
import { listApiTokens } from "@/lib/api-tokens/queries";
import type { BuyerRole, SupplierRole } from "@/lib/auth/permissions";
import { getContractRoute, listContractsRoute } from "@/lib/contracts/routes";
import { actionHandler, routeHandler } from "@/lib/http/next";
import { listMembersRoute } from "@/lib/members/routes";
import { notificationsRoute } from "@/lib/notifications/routes";
import { addDays } from "@/lib/periods";
import { planReview } from "@/lib/reviews/plan-actions";
import { scoreKpi } from "@/lib/reviews/score-actions";
import { withTenant } from "@/lib/tenancy";
import { amsterdamToday } from "@/lib/time";
import { bearerRequest, createTokenAs, tokenForm } from "../fixtures/api-tokens";
import { openTestDatabase } from "../fixtures/db";
import { addMember, createStrangers, expectOk, insertContract, type Team } from "../fixtures/factories";
import { insertAcceptedReport, insertResultKpi } from "../fixtures/reviews";

const { db } = await openTestDatabase();

let buyer: Team<BuyerRole>;
let otherBuyer: Team<BuyerRole>;
let supplier: Team<SupplierRole>;
let contractId: string;
let otherContractId: string;

beforeAll(async () => {
  ({ buyer, otherBuyer, supplier } = await createStrangers(db));
  contractId = (
    await insertContract(db, { tenantId: buyer.org.id, managerId: buyer.as.contract_manager.userId, supplierOrgId: supplier.org.id })
  ).id;
  otherContractId = (await insertContract(db, { tenantId: otherBuyer.org.id, managerId: otherBuyer.as.admin.userId })).id;
});

const params = <S>(segments: S) => ({ params: Promise.resolve(segments) });
const listContracts = routeHandler(listContractsRoute, (_s: { org: string }, search) => ({ search }), { db });
const getContract = routeHandler(getContractRoute, ({ id }: { org: string; id: string }) => ({ id }), { db });
const listMembers = routeHandler(listMembersRoute, () => ({}), { db });
const notifications = routeHandler(notificationsRoute, () => ({}), { db });
const putScore = actionHandler(scoreKpi, "reviews:write", ({ id }: { org: string; id: string }, body) => ({ ...body, reviewId: id }), {
  db,
});

async function contractsAs(token: string, org: string) {
  const response = await listContracts(bearerRequest(`/api/v1/${org}/contracts`, token), params({ org }));
  return { status: response.status, body: (await response.json()) as { data?: Array<{ id: string }>; code?: string; detail?: string } };
}

describe("making a token", () => {
  it("shows the token once and keeps only its hash; the list shows its prefix, scopes and creator", async () => {
    const made = await createTokenAs(buyer.as.admin, ["contracts:read", "reviews:read"]);
    expect(made.token).toMatch(/^gp_[A-Za-z0-9]{12}_[A-Za-z0-9_-]{43}$/);
    expect(made.token.startsWith(`${made.prefix}_`)).toBe(true);
    const [row] = await db.select().from(apiTokens).where(eq(apiTokens.id, made.id));
    expect(row.secretHash).toBe(createHash("sha256").update(made.token).digest("hex"));
    expect(JSON.stringify(row)).not.toContain(made.token.slice(made.prefix.length + 1));
    const listed = await withTenant(buyer.as.admin, (tx) => listApiTokens(tx, { organisationId: buyer.org.id }), db);
    expect(listed.find((t) => t.id === made.id)).toMatchObject({
      prefix: made.prefix,
      scopes: ["contracts:read", "reviews:read"],
      createdBy: buyer.as.admin.name,
      revokedAt: null,
      lastUsedAt: null,
    });
  });

  it("refuses no scope, an unknown scope, an expiry in the past or more than a year ahead, each at its field", async () => {
    const today = amsterdamToday();
    const cases: Array<[Record<string, unknown>, string, RegExp]> = [
      [{ scopes: [] }, "scopes", /minstens één scope/],
      [{ scopes: ["contracts:write"] }, "scopes.0", /scopes uit de lijst/],
      [{ expiresOn: today }, "expiresOn", /na vandaag/],
      [{ expiresOn: addDays(today, 400) }, "expiresOn", /hoogstens een jaar/],
      [{ name: "" }, "name", /Vul de naam van het token in/],
    ];
    for (const [overrides, field, message] of cases) {
      const result = await createApiToken.run(buyer.as.admin, tokenForm(overrides));
      expect(result).toMatchObject({ ok: false, code: "ValidationError", fieldErrors: { [field]: expect.stringMatching(message) } });
    }
  });

  it("lets no organisation see or revoke another's tokens, also past the action in the database", async () => {
    const made = await createTokenAs(buyer.as.admin, ["contracts:read"]);
    expect(await revokeApiToken.run(otherBuyer.as.admin, { tokenId: made.id, version: "1" })).toMatchObject({
      ok: false,
      code: "NotFoundError",
    });
    const seen = await withTenant(otherBuyer.as.admin, (tx) => tx.select({ id: apiTokens.id }).from(apiTokens), db);
    expect(seen.map((t) => t.id)).not.toContain(made.id);
    const changed = await withTenant(
      otherBuyer.as.admin,
      (tx) => tx.update(apiTokens).set({ revokedAt: new Date() }).where(eq(apiTokens.id, made.id)).returning({ id: apiTokens.id }),
      db,
    );
    expect(changed).toEqual([]);
    expect(await contractsAs(made.token, buyer.org.slug)).toMatchObject({ status: 200 });
  });
});

describe("calling the API with a token", () => {
  it("reads the buyer's contracts, and records when it was last used", async () => {
    const made = await createTokenAs(buyer.as.admin, ["contracts:read"]);
    const { status, body } = await contractsAs(made.token, buyer.org.slug);
    expect(status).toBe(200);
    expect(body.data?.map((c) => c.id)).toContain(contractId);
    const [row] = await db.select({ lastUsedAt: apiTokens.lastUsedAt }).from(apiTokens).where(eq(apiTokens.id, made.id));
    expect(row.lastUsedAt).not.toBeNull();
  });

  it("answers 404 for another organisation's URL and for another tenant's contract id", async () => {
    const made = await createTokenAs(buyer.as.admin, ["contracts:read"]);
    expect(await contractsAs(made.token, otherBuyer.org.slug)).toMatchObject({ status: 404, body: { code: "NotFoundError" } });
    const org = buyer.org.slug;
    const response = await getContract(
      bearerRequest(`/api/v1/${org}/contracts/${otherContractId}`, made.token),
      params({ org, id: otherContractId }),
    );
    expect(response.status).toBe(404);
  });

  it("answers 403 for a route outside its scopes and for a route about one person", async () => {
    const made = await createTokenAs(buyer.as.admin, ["contracts:read"]);
    const org = buyer.org.slug;
    const members = await listMembers(bearerRequest(`/api/v1/${org}/members`, made.token), params({ org }));
    expect(members.status).toBe(403);
    expect(await members.json()).toMatchObject({
      type: "urn:groeipad:problem:forbidden",
      title: "Geen toestemming",
      status: 403,
      code: "ForbiddenError",
      detail: expect.stringContaining("members:read"),
    });
    expect(members.headers.get("content-type")).toBe("application/problem+json");
    const personal = await notifications(bearerRequest(`/api/v1/${org}/notifications`, made.token), params({ org }));
    expect(personal.status).toBe(403);
    expect(await personal.json()).toMatchObject({ detail: expect.stringMatching(/alleen een ingelogde gebruiker/) });
  });

  it("is narrowed by its creator's role: a viewer's scopes never add a permission the role lacks", async () => {
    // A token is made by an admin; demote that admin and the token's calls follow the new role.
    const admin = await addMember(db, buyer.org, "admin");
    const adminCaller = { ...buyer.as.admin, userId: admin.id, email: admin.email, name: admin.name };
    const made = await createTokenAs(adminCaller, ["members:read", "audit:read"]);
    const org = buyer.org.slug;
    expect((await listMembers(bearerRequest(`/api/v1/${org}/members`, made.token), params({ org }))).status).toBe(200);
    await db
      .update(memberships)
      .set({ role: "viewer" })
      .where(and(eq(memberships.userId, admin.id), eq(memberships.organisationId, buyer.org.id)));
    const { auditLogExportRoute } = await import("@/lib/audit-log/routes");
    const audit = routeHandler(auditLogExportRoute, (_s: { org: string }, search) => ({ search, format: "csv" as const }), { db });
    expect((await audit(bearerRequest(`/api/v1/${org}/audit-log/export`, made.token), params({ org }))).status).toBe(403);
    // Removed from the organisation: the token stops at once.
    await db.delete(memberships).where(and(eq(memberships.userId, admin.id), eq(memberships.organisationId, buyer.org.id)));
    expect(await contractsAs(made.token, org)).toMatchObject({ status: 401 });
  });

  it("answers 401 for a revoked, an expired, a wrong and a malformed token", async () => {
    const org = buyer.org.slug;
    const revoked = await createTokenAs(buyer.as.admin, ["contracts:read"]);
    expectOk(await revokeApiToken.run(buyer.as.admin, { tokenId: revoked.id, version: "1" }));
    expect(await contractsAs(revoked.token, org)).toMatchObject({ status: 401, body: { code: "UnauthenticatedError" } });
    expect(await revokeApiToken.run(buyer.as.admin, { tokenId: revoked.id, version: "2" })).toMatchObject({ code: "ConflictError" });

    const expired = await createTokenAs(buyer.as.admin, ["contracts:read"]);
    await db
      .update(apiTokens)
      .set({ expiresAt: new Date(Date.now() - 1000) })
      .where(eq(apiTokens.id, expired.id));
    expect(await contractsAs(expired.token, org)).toMatchObject({ status: 401 });

    const valid = await createTokenAs(buyer.as.admin, ["contracts:read"]);
    const wrongSecret = `${valid.prefix}_${"A".repeat(43)}`;
    expect(await contractsAs(wrongSecret, org)).toMatchObject({
      status: 401,
      body: { detail: expect.stringMatching(/onbekend, verlopen of ingetrokken/) },
    });
    for (const header of ["Bearer", "Bearer nonsense", "Basic dXNlcjpwYXNz", `Bearer ${valid.token}x`]) {
      const response = await listContracts(
        new Request(`http://localhost/api/v1/${org}/contracts`, { headers: { Authorization: header } }),
        params({ org }),
      );
      expect(response.status, header).toBe(401);
    }
  });

  it("has a limit of its own: past it the token gets 429 while another token goes on", async () => {
    const busy = await createTokenAs(buyer.as.admin, ["contracts:read"]);
    const calm = await createTokenAs(buyer.as.admin, ["contracts:read"]);
    const limit = API_TOKEN_LIMIT(busy.id);
    const windowMs = limit.windowSeconds * 1000;
    const windowStart = new Date(Math.floor(Date.now() / windowMs) * windowMs);
    // Two windows filled, in case the minute turns between this insert and the call.
    for (const start of [windowStart, new Date(windowStart.getTime() + windowMs)]) {
      await db.execute(
        sql`insert into rate_limit_hits (key, window_start, hits) values (${limit.key}, ${start.toISOString()}, ${limit.max})`,
      );
    }
    expect(await contractsAs(busy.token, buyer.org.slug)).toMatchObject({ status: 429, body: { code: "RateLimitedError" } });
    expect(await contractsAs(calm.token, buyer.org.slug)).toMatchObject({ status: 200 });
  });

  it("lets a supplier's token read the contracts it is party to at its buyers, and nothing else", async () => {
    const made = await createTokenAs(supplier.as.admin, ["contracts:read"]);
    const { status, body } = await contractsAs(made.token, supplier.org.slug);
    expect(status).toBe(200);
    expect(body.data?.map((c) => c.id)).toEqual([contractId]);
    const org = supplier.org.slug;
    const response = await getContract(
      bearerRequest(`/api/v1/${org}/contracts/${otherContractId}`, made.token),
      params({ org, id: otherContractId }),
    );
    expect(response.status).toBe(404);
  });
});

describe("a change through a token", () => {
  it("is audited with the token and the person who made it, and needs the write scope", async () => {
    const kpi = await insertResultKpi(db, { id: contractId, tenantId: buyer.org.id } as never, null, { name: "Plantaardige eiwitten" });
    await insertAcceptedReport(db, { id: contractId, tenantId: buyer.org.id } as never, "2026-Q3", { [kpi.id]: "35" });
    const cm = buyer.as.contract_manager;
    const review = expectOk(
      await planReview.run(cm, { contractId, quarter: "2026-Q3", meetingDate: "2026-10-15", meetingTime: "14:00", userIds: [cm.userId] }),
    );
    const org = buyer.org.slug;
    const body = JSON.stringify({ kpiId: kpi.id, version: "1", score: "off_track" });
    const put = (token: string) =>
      putScore(
        bearerRequest(`/api/v1/${org}/reviews/${review.id}/score`, token, {
          method: "PUT",
          body,
          headers: { "Content-Type": "application/json" },
        }),
        params({ org, id: review.id }),
      );

    const readOnly = await createTokenAs(buyer.as.admin, ["reviews:read"]);
    expect((await put(readOnly.token)).status).toBe(403);

    const writer = await createTokenAs(buyer.as.admin, ["reviews:write"], { name: "Contractbeheersysteem" });
    const response = await put(writer.token);
    expect(response.status).toBe(200);
    const events = await queryRows<{ actor_user_id: string; api_token_id: string | null; action: string }>(
      db,
      sql`select actor_user_id, api_token_id, action from audit_events
           where tenant_id = ${buyer.org.id} and entity = 'review' and entity_id = ${review.id} order by created_at`,
    );
    const scored = events.filter((e) => e.api_token_id !== null);
    expect(scored.length).toBeGreaterThan(0);
    expect(scored.every((e) => e.api_token_id === writer.id && e.actor_user_id === buyer.as.admin.userId)).toBe(true);
    // The review's planning by the person in the browser names no token.
    expect(events.some((e) => e.api_token_id === null && e.actor_user_id === cm.userId)).toBe(true);
    const [made] = await db
      .select({ tokenId: auditEvents.apiTokenId, actor: auditEvents.actorUserId })
      .from(auditEvents)
      .where(and(eq(auditEvents.entity, "api_token"), eq(auditEvents.entityId, writer.id)));
    expect(made).toEqual({ tokenId: null, actor: buyer.as.admin.userId });
  });
});

describe("paging the contracts", () => {
  it("pages in the order of last change with an opaque cursor, every contract once, and filters on updated_since", async () => {
    const team = await createStrangers(db);
    const ids: string[] = [];
    for (let i = 0; i < 5; i++) {
      ids.push((await insertContract(db, { tenantId: team.buyer.org.id, managerId: team.buyer.as.admin.userId })).id);
    }
    const { token } = await createTokenAs(team.buyer.as.admin, ["contracts:read"]);
    const org = team.buyer.org.slug;
    const pageAt = async (query: string) => {
      const response = await listContracts(bearerRequest(`/api/v1/${org}/contracts?${query}`, token), params({ org }));
      return {
        status: response.status,
        body: (await response.json()) as { data: Array<{ id: string }>; next: string | null; errors?: object },
      };
    };
    const seen: string[] = [];
    let query = "limit=2";
    for (let pages = 0; pages < 10; pages++) {
      const { status, body } = await pageAt(query);
      expect(status).toBe(200);
      expect(body.data.length).toBeLessThanOrEqual(2);
      seen.push(...body.data.map((c) => c.id));
      if (!body.next) break;
      query = `limit=2&cursor=${body.next}`;
    }
    expect(seen.sort()).toEqual([...ids].sort());

    // Changed since a moment: only the contract touched after it.
    const since = new Date(Date.now() - 1000).toISOString();
    await db.execute(sql`update contracts set updated_at = now() + interval '1 second' where id = ${ids[2]}`);
    await db.execute(
      sql`update contracts set updated_at = now() - interval '1 hour' where id <> ${ids[2]} and tenant_id = ${team.buyer.org.id}`,
    );
    expect((await pageAt(`updated_since=${encodeURIComponent(since)}`)).body.data.map((c) => c.id)).toEqual([ids[2]]);

    for (const bad of ["limit=0", "limit=501", "cursor=bm9n", "updated_since=gisteren"]) {
      const { status, body } = await pageAt(bad);
      expect(status, bad).toBe(400);
      expect(Object.keys(body.errors ?? {}), bad).toEqual([bad.split("=")[0]]);
    }
  });
});

describe("streamed downloads of one token", () => {
  const exportLog = routeHandler(auditLogExportRoute, (_s: { org: string }, search) => ({ search, format: "csv" as const }), { db });

  it("holds at most two at once: a third gets 429 and the reason, and starts again once one ends", async () => {
    const org = buyer.org.slug;
    const made = await createTokenAs(buyer.as.admin, ["audit:read"]);
    const ask = () => exportLog(bearerRequest(`/api/v1/${org}/audit-log/export?formaat=csv`, made.token), params({ org }));
    // Not read: each holds its place, as a client that reads slowly does.
    const held = [await ask(), await ask()];
    expect(held.map((r) => r.status)).toEqual([200, 200]);
    const third = await ask();
    expect(third.status).toBe(429);
    expect(third.headers.get("retry-after")).toBe("60");
    expect(await third.json()).toMatchObject({ code: "RateLimitedError", detail: expect.stringMatching(/al twee grote downloads/) });

    await held[0].body!.cancel();
    const again = await ask();
    expect(again.status).toBe(200);
    for (const response of [held[1], again]) expect(await response.text()).toMatch(/^\uFEFF?Tijdstip/);
  });
});
