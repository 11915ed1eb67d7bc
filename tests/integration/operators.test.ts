// Platform operators: they onboard a buyer (the organisation and its first admin's invitation),
// suspend and reactivate organisations, and see no organisation's data. Everything lands in the
// organisation's own audit trail under the operator's name.
import { and, eq, sql } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { queryRows } from "@/db/client";
import { invitations, organisations } from "@/db/schema";
import { listContractsRoute } from "@/lib/contracts/routes";
import { routeHandler } from "@/lib/http/next";
import { createBuyerOrganisation, reactivateOrganisation, suspendOrganisation } from "@/lib/operators/actions";
import { isOperator, makeOperator } from "@/lib/operators/queries";
import type { OperatorCaller } from "@/lib/operators/action";
import type { BuyerRole } from "@/lib/auth/permissions";
import { bearerRequest, createTokenAs } from "../fixtures/api-tokens";
import { openTestDatabase } from "../fixtures/db";
import {
  actorContext,
  createStrangers,
  createUser,
  expectOk,
  insertContract,
  invitationToken,
  outboxFor,
  randomKvk,
  uniqueEmail,
  uniqueSuffix,
  type Team,
} from "../fixtures/factories";

const { db } = await openTestDatabase();

let operator: OperatorCaller;
let buyer: Team<BuyerRole>;
let otherBuyer: Team<BuyerRole>;

beforeAll(async () => {
  const email = uniqueEmail("platformbeheer");
  const made = await makeOperator(db, { email, name: "Olga Operator" });
  operator = { userId: made.userId, email, name: "Olga Operator", db };
  ({ buyer, otherBuyer } = await createStrangers(db));
});

const buyerForm = (overrides: Record<string, unknown> = {}) => {
  const suffix = uniqueSuffix();
  return {
    name: `Provincie ${suffix}`,
    slug: `provincie-${suffix}`,
    kvk: randomKvk(),
    oin: "",
    adminEmail: uniqueEmail("eerste-beheerder"),
    ...overrides,
  };
};

const trail = (orgId: string) =>
  queryRows<{ action: string; actor_user_id: string }>(
    db,
    sql`select action, actor_user_id from audit_events where tenant_id = ${orgId} and entity = 'organisation' order by created_at`,
  );

describe("onboarding a buyer", () => {
  it("creates the organisation and invites its first admin, recorded in its own trail under the operator's name", async () => {
    const form = buyerForm({ oin: "00000001234567890000" });
    const result = expectOk(await createBuyerOrganisation.run(operator, form));
    const [org] = await db.select().from(organisations).where(eq(organisations.id, result.organisationId));
    expect(org).toMatchObject({ kind: "buyer", name: form.name, slug: form.slug, kvk: form.kvk, oin: form.oin, suspendedAt: null });
    const [invitation] = await db.select().from(invitations).where(eq(invitations.organisationId, org.id));
    expect(invitation).toMatchObject({ email: form.adminEmail, role: "admin", invitedByUserId: operator.userId });
    const [mail] = await outboxFor(db, form.adminEmail);
    expect(invitationToken(mail.text)).toMatch(/\S/);
    expect(await trail(org.id)).toEqual([{ action: "create", actor_user_id: operator.userId }]);
    // No membership for the operator: the new organisation's data stays closed to them.
    await expect(actorContext(db, operator.userId, org.slug)).rejects.toMatchObject({ code: "NotFoundError" });
  });

  it("refuses a taken or reserved address, a taken or malformed KvK number, and neither KvK nor OIN, each at its field", async () => {
    const cases: Array<[Record<string, unknown>, string, RegExp]> = [
      [{ slug: buyer.org.slug }, "slug", /al in gebruik/],
      [{ slug: "platform" }, "slug", /gebruikt Groeipad zelf/],
      [{ slug: "Gemeente Één" }, "slug", /kleine letters/],
      [{ kvk: buyer.org.kvk }, "kvk", /hoort al bij/],
      [{ kvk: "1234" }, "kvk", /8 cijfers/],
      [{ kvk: "", oin: "" }, "kvk", /KvK-nummer of het OIN/],
      [{ oin: "123" }, "oin", /20 cijfers/],
      [{ adminEmail: "geen-adres" }, "adminEmail", /geldig e-mailadres/],
    ];
    for (const [overrides, field, message] of cases) {
      const result = await createBuyerOrganisation.run(operator, buyerForm(overrides));
      expect(result, field).toMatchObject({ ok: false, code: "ValidationError", fieldErrors: { [field]: expect.stringMatching(message) } });
    }
  });

  it("is refused to anyone who is not an operator, as if it did not exist", async () => {
    const admin = buyer.as.admin;
    const notOperator = { userId: admin.userId, email: admin.email, name: admin.name, db };
    expect(await isOperator(db, { userId: admin.userId })).toBe(false);
    expect(await createBuyerOrganisation.run(notOperator, buyerForm())).toMatchObject({ ok: false, code: "NotFoundError" });
    expect(await createBuyerOrganisation.run(null, buyerForm())).toMatchObject({ ok: false, code: "UnauthenticatedError" });
    const stranger = await createUser(db);
    expect(
      await suspendOrganisation.run(
        { userId: stranger.id, email: stranger.email, name: null, db },
        {
          organisationId: buyer.org.id,
          version: String(buyer.org.version),
          reason: "x",
        },
      ),
    ).toMatchObject({ ok: false, code: "NotFoundError" });
  });

  it("makes an operator once from the command line's function; the application roles cannot", async () => {
    const email = uniqueEmail("tweede-beheerder");
    expect(await makeOperator(db, { email, name: null })).toMatchObject({ alreadyOperator: false });
    expect(await makeOperator(db, { email, name: null })).toMatchObject({ alreadyOperator: true });
    const user = await createUser(db);
    await expect(
      db.transaction(async (tx) => {
        await tx.execute(sql`select set_config('app.user_id', ${user.id}, true), set_config('role', 'groeipad_app', true)`);
        await tx.execute(sql`insert into platform_operators (user_id) values (${user.id})`);
      }),
    ).rejects.toThrow();
    expect(await isOperator(db, { userId: user.id })).toBe(false);
  });
});

describe("suspending and reactivating", () => {
  it("locks the members out with the reason, refuses the tokens, keeps everything, and lets its suppliers work with other buyers", async () => {
    const team = await createStrangers(db);
    const contract = await insertContract(db, {
      tenantId: team.buyer.org.id,
      managerId: team.buyer.as.admin.userId,
      supplierOrgId: team.supplier.org.id,
    });
    const otherContract = await insertContract(db, {
      tenantId: otherBuyer.org.id,
      managerId: otherBuyer.as.admin.userId,
      supplierOrgId: team.supplier.org.id,
    });
    const token = await createTokenAs(team.buyer.as.admin, ["contracts:read"]);
    const org = team.buyer.org.slug;
    const list = routeHandler(listContractsRoute, (_s: { org: string }, search) => ({ search }), { db });
    const call = () => list(bearerRequest(`/api/v1/${org}/contracts`, token.token), { params: Promise.resolve({ org }) });
    expect((await call()).status).toBe(200);

    const reason = "Het abonnement is niet verlengd.";
    expectOk(
      await suspendOrganisation.run(operator, { organisationId: team.buyer.org.id, version: String(team.buyer.org.version), reason }),
    );
    await expect(actorContext(db, team.buyer.as.admin.userId, org)).rejects.toMatchObject({
      code: "ForbiddenError",
      message: expect.stringContaining(`Reden: “${reason}”`),
    });
    const refused = await call();
    expect(refused.status).toBe(403);
    expect(((await refused.json()) as { detail: string }).detail).toContain(`Reden: “${reason}”`);
    const supplierCtx = await actorContext(db, team.supplier.as.admin.userId, team.supplier.org.slug);
    const seen = await listContractsRoute.run(supplierCtx, { search: new URLSearchParams() });
    expect((seen.body as { data: Array<{ id: string }> }).data.map((c) => c.id)).toContain(otherContract.id);
    const [kept] = await queryRows<{ n: number }>(db, sql`select count(*)::int as n from contracts where id = ${contract.id}`);
    expect(kept.n).toBe(1);

    // A second suspension on the same version is a conflict, not a second event.
    expect(
      await suspendOrganisation.run(operator, { organisationId: team.buyer.org.id, version: String(team.buyer.org.version), reason }),
    ).toMatchObject({ ok: false, code: "ConflictError" });
    expectOk(
      await reactivateOrganisation.run(operator, { organisationId: team.buyer.org.id, version: String(team.buyer.org.version + 1) }),
    );
    expect((await actorContext(db, team.buyer.as.admin.userId, org)).org.id).toBe(team.buyer.org.id);
    expect((await call()).status).toBe(200);
    expect((await trail(team.buyer.org.id)).filter((e) => e.actor_user_id === operator.userId).map((e) => e.action)).toEqual([
      "suspend",
      "reactivate",
    ]);
  });

  it("suspends a supplier the same way: its members are locked out, its buyers keep their contracts", async () => {
    const team = await createStrangers(db);
    await insertContract(db, { tenantId: team.buyer.org.id, managerId: team.buyer.as.admin.userId, supplierOrgId: team.supplier.org.id });
    expectOk(
      await suspendOrganisation.run(operator, {
        organisationId: team.supplier.org.id,
        version: String(team.supplier.org.version),
        reason: "Fraudeonderzoek",
      }),
    );
    await expect(actorContext(db, team.supplier.as.reporter.userId, team.supplier.org.slug)).rejects.toMatchObject({
      code: "ForbiddenError",
    });
    const buyerCtx = await actorContext(db, team.buyer.as.admin.userId, team.buyer.org.slug);
    expect((await listContractsRoute.run(buyerCtx, { search: new URLSearchParams() })).status).toBe(200);
    const [row] = await db
      .select({ at: organisations.suspendedAt })
      .from(organisations)
      .where(and(eq(organisations.id, team.supplier.org.id)));
    expect(row.at).not.toBeNull();
  });
});
