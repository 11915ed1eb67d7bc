import { randomUUID } from "node:crypto";
import { sql } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { queryRows } from "@/db/client";
import { createContract, updateContract } from "@/lib/contracts/actions";
import { inviteSupplier } from "@/lib/contracts/invite-supplier";
import { getContract } from "@/lib/contracts/queries";
import { getContractRoute } from "@/lib/contracts/routes";
import { NotFoundError } from "@/lib/errors";
import { withTenant } from "@/lib/tenancy";
import { openTestDatabase } from "../fixtures/db";
import {
  addMember,
  actorContext,
  contractForm,
  createBuyer,
  createContractAs,
  createOrganisation,
  expectOk,
  randomKvk,
  type Team,
} from "../fixtures/factories";
import type { BuyerRole } from "@/lib/auth/permissions";
import type { Caller } from "@/lib/http/steps";

const { db } = await openTestDatabase();

let a: Team<BuyerRole>;
let b: Team<BuyerRole>;

beforeAll(async () => {
  a = await createBuyer(db);
  b = await createBuyer(db);
});

type StoredContract = { tenant_id: string; value_cents: string | number; supplier_org_id: string | null; title: string };
const stored = (id: string) => queryRows<StoredContract>(db, sql`select * from contracts where id = ${id}`);
const countInTenant = async (tenantId: string) =>
  Number((await queryRows<{ n: number }>(db, sql`select count(*)::int as n from contracts where tenant_id = ${tenantId}`))[0].n);
const auditOf = (id: string) =>
  queryRows<{ action: string; before: Record<string, unknown> | null; after: Record<string, unknown> | null; actor_user_id: string }>(
    db,
    sql`select action, before, after, actor_user_id from audit_events where entity = 'contract' and entity_id = ${id} order by created_at`,
  );
const view = (ctx: Caller, id: string) =>
  withTenant(
    { userId: ctx.userId, orgId: ctx.org.id, orgKind: ctx.org.kind },
    (tx) => getContract(tx, { viewer: { orgId: ctx.org.id, orgKind: ctx.org.kind }, id }),
    db,
  );

describe("creating a contract", () => {
  it("stores 1.250.000,50 as exactly 125000050 cents, managed by its creator", async () => {
    const id = await createContractAs(a.as.contract_manager, { valueCents: "1.250.000,50" });
    const [row] = await stored(id);
    expect(Number(row.value_cents)).toBe(125_000_050);
    const contract = await view(a.as.viewer, id);
    expect(contract).toMatchObject({ valueCents: 125_000_050, contractManagerId: a.as.contract_manager.userId, status: "active" });
  });

  it("returns field errors at the right fields and stores nothing", async () => {
    const before = await countInTenant(a.org.id);
    const result = await createContract.run(
      a.as.admin,
      contractForm({ title: "", valueCents: "12.5", startDate: "2027-01-01", endDate: "2026-01-01" }),
    );
    expect(result).toMatchObject({ ok: false, code: "ValidationError" });
    expect(!result.ok && result.fieldErrors).toEqual({
      title: "Vul de titel in.",
      valueCents: "Gebruik een komma voor decimalen, bijvoorbeeld 12,5.",
      endDate: "De einddatum ligt vóór de startdatum.",
    });
    expect(await countInTenant(a.org.id)).toBe(before);
  });

  it("ignores a posted tenant and supplier: the contract lands in the actor's tenant without supplier", async () => {
    const supplier = await createOrganisation(db, "supplier");
    const id = await createContractAs(a.as.admin, { tenantId: b.org.id, supplierOrgId: supplier.id });
    const [row] = await stored(id);
    expect(row.tenant_id).toBe(a.org.id);
    expect(row.supplier_org_id).toBeNull();
    await expect(view(b.as.admin, id)).rejects.toThrow(NotFoundError);
  });

  it("records which year a malus cap per year counts in: contract year unless chosen otherwise, kept when an update leaves it out", async () => {
    const id = await createContractAs(a.as.admin);
    expect(await view(a.as.viewer, id)).toMatchObject({ malusCapPeriod: "contract_year" });
    const calendar = await createContractAs(a.as.admin, { malusCapPeriod: "calendar_year" });
    expect(await view(a.as.viewer, calendar)).toMatchObject({ malusCapPeriod: "calendar_year" });
    expectOk(await updateContract.run(a.as.admin, { ...contractForm({ title: "Zonder keuze" }), id: calendar, version: "1" }));
    expect(await view(a.as.viewer, calendar)).toMatchObject({ title: "Zonder keuze", malusCapPeriod: "calendar_year" });
    const bogus = await updateContract.run(a.as.admin, { ...contractForm({ malusCapPeriod: "boekjaar" }), id: calendar, version: "2" });
    expect(!bogus.ok && bogus.fieldErrors).toEqual({ malusCapPeriod: "Kies hoe het maximum per jaar van de malus telt." });
    expectOk(await updateContract.run(a.as.admin, { ...contractForm({ malusCapPeriod: "contract_year" }), id: calendar, version: "2" }));
    const [event] = (await auditOf(calendar)).slice(-1);
    expect(event).toMatchObject({
      action: "update",
      before: expect.objectContaining({ malusCapPeriod: "calendar_year" }),
      after: expect.objectContaining({ malusCapPeriod: "contract_year" }),
    });
  });

  it("refuses an unknown status on the status field", async () => {
    const result = await createContract.run(a.as.admin, contractForm({ status: "bogus" }));
    expect(!result.ok && result.fieldErrors).toEqual({ status: "Kies een status." });
  });

  it("refuses a contract manager who is not a contract manager of the organisation", async () => {
    const viewerResult = await createContract.run(a.as.admin, contractForm({ contractManagerId: a.as.viewer.userId }));
    const outsider = await createContract.run(a.as.admin, contractForm({ contractManagerId: b.as.contract_manager.userId }));
    for (const result of [viewerResult, outsider]) {
      expect(!result.ok && result.fieldErrors).toEqual({ contractManagerId: "Kies een contractmanager van je eigen organisatie." });
    }
  });

  it("refuses a second contract with the same reference in the same tenant, not in another", async () => {
    const reference = `TN-${randomKvk()}`;
    await createContractAs(a.as.admin, { reference });
    const again = await createContract.run(a.as.admin, contractForm({ reference }));
    expect(!again.ok && again.fieldErrors).toEqual({ reference: "Er is al een contract met deze referentie." });
    expectOk(await createContract.run(b.as.admin, contractForm({ reference })));
  });
});

describe("another tenant's contract looks exactly like a missing one", () => {
  it("for reads, updates and supplier invitations", async () => {
    const id = await createContractAs(a.as.contract_manager);
    const missing = randomUUID();
    await expect(view(b.as.admin, id)).rejects.toThrow(NotFoundError);
    const [foreignRead, missingRead] = await Promise.all([
      getContractRoute.run(b.as.admin, { id }),
      getContractRoute.run(b.as.admin, { id: missing }),
    ]);
    expect(foreignRead).toEqual({ status: 404, body: { error: "Dit contract bestaat niet.", code: "NotFoundError" } });
    expect(missingRead).toEqual(foreignRead);

    const update = (contractId: string) => updateContract.run(b.as.admin, { ...contractForm(), id: contractId, version: "1" });
    expect(await update(id)).toEqual({ ok: false, code: "NotFoundError", error: "Dit contract bestaat niet." });
    expect(await update(missing)).toEqual(await update(id));

    const invite = (contractId: string) =>
      inviteSupplier.run(b.as.admin, { contractId, kvk: randomKvk(), name: "Schoon BV", email: "piet@schoon.test" });
    expect(await invite(id)).toEqual({ ok: false, code: "NotFoundError", error: "Dit contract bestaat niet." });
    expect(await invite(missing)).toEqual(await invite(id));

    const [row] = await stored(id);
    expect(row.supplier_org_id).toBeNull();
    expect(await auditOf(id)).toHaveLength(1);
  });

  it("a malformed id is not found rather than an error page", async () => {
    expect(await getContractRoute.run(a.as.admin, { id: "abc" })).toMatchObject({ status: 404 });
    expect(await getContractRoute.run(a.as.admin, { id: "1 or 1=1" })).toMatchObject({ status: 404 });
    const update = await updateContract.run(a.as.admin, { ...contractForm(), id: "abc", version: "1" });
    expect(update).toMatchObject({ ok: false, code: "NotFoundError", error: "Dit contract bestaat niet." });
  });
});

describe("updating a contract", () => {
  it("refuses a stale version with a conflict and keeps the first change", async () => {
    const id = await createContractAs(a.as.contract_manager);
    const first = await updateContract.run(a.as.contract_manager, { ...contractForm({ title: "Eerste wijziging" }), id, version: "1" });
    expect(expectOk(first).version).toBe(2);
    const stale = await updateContract.run(a.as.admin, { ...contractForm({ title: "Tweede wijziging" }), id, version: "1" });
    expect(stale).toMatchObject({ ok: false, code: "ConflictError", error: expect.stringContaining("Iemand anders") });
    expect((await stored(id))[0].title).toBe("Eerste wijziging");
  });

  it("lets a contract manager change only their own contracts; an admin may change any", async () => {
    const colleague = await addMember(db, a.org, "contract_manager");
    const colleagueCtx = await actorContext(db, colleague.id, a.org.slug);
    const id = await createContractAs(a.as.contract_manager);
    const form = { ...contractForm({ title: "Overgenomen", contractManagerId: a.as.contract_manager.userId }), id, version: "1" };
    expect(await updateContract.run(colleagueCtx, form)).toMatchObject({ ok: false, code: "ForbiddenError" });
    expect((await stored(id))[0].title).not.toBe("Overgenomen");
    expectOk(await updateContract.run(a.as.admin, form));
    expect((await stored(id))[0].title).toBe("Overgenomen");
  });

  it("records who changed what, before and after, in the audit log", async () => {
    const id = await createContractAs(a.as.contract_manager, { title: "Voor", valueCents: "1.250.000,50" });
    expectOk(
      await updateContract.run(a.as.contract_manager, {
        ...contractForm({ title: "Na", valueCents: "99,99", contractManagerId: a.as.contract_manager.userId }),
        id,
        version: "1",
      }),
    );
    const events = await auditOf(id);
    expect(events.map((e) => e.action)).toEqual(["create", "update"]);
    expect(events[0]).toMatchObject({ before: null, after: { title: "Voor", valueCents: 125_000_050, tenantId: a.org.id } });
    expect(events[1].before).toMatchObject({ title: "Voor", valueCents: 125_000_050, version: 1 });
    expect(events[1].after).toMatchObject({ title: "Na", valueCents: 9999, version: 2 });
    expect(events.every((e) => e.actor_user_id === a.as.contract_manager.userId)).toBe(true);
  });
});
