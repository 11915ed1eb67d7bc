import { randomUUID } from "node:crypto";
import { sql } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { queryRows } from "@/db/client";
import type { BuyerRole, SupplierRole } from "@/lib/auth/permissions";
import { NotFoundError } from "@/lib/errors";
import { getTargetInTenant, lineOf, listTargets } from "@/lib/targets/queries";
import { createTarget, deleteTarget, updateTarget } from "@/lib/targets/actions";
import { targetForYear } from "@/lib/targets/rules";
import { scopeOf, withTenant } from "@/lib/tenancy";
import { openTestDatabase } from "../fixtures/db";
import { createBuyer, createSupplier, expectOk, insertContract, type Team } from "../fixtures/factories";
import { createIndicatorAs, createTargetAs, globalIndicatorId, targetForm } from "../fixtures/targets";
import type { Caller } from "@/lib/http/steps";

const { db } = await openTestDatabase();

let a: Team<BuyerRole>;
let b: Team<BuyerRole>;
let supplierOfA: Team<SupplierRole>;
const ids = { co2e: "", circular: "" };

beforeAll(async () => {
  [a, b, supplierOfA] = [await createBuyer(db), await createBuyer(db), await createSupplier(db)];
  await insertContract(db, { tenantId: a.org.id, managerId: a.as.contract_manager.userId, supplierOrgId: supplierOfA.org.id });
  ids.co2e = await globalIndicatorId(db, "co2e");
  ids.circular = await globalIndicatorId(db, "circular_content");
});

const read = (ctx: Caller, id: string) => withTenant(scopeOf(ctx), (tx) => getTargetInTenant(tx, { tenantId: ctx.org.id, id }), db);
const auditOf = (id: string) =>
  queryRows<{ action: string; actor_user_id: string; before: { version: number } | null; after: { version: number } | null }>(
    db,
    sql`select action, actor_user_id, before, after from audit_events where entity = 'organisation_target' and entity_id = ${id} order by created_at`,
  );
const countTargets = async (tenantId: string) =>
  (await queryRows<{ n: number }>(db, sql`select count(*)::int as n from organisation_targets where tenant_id = ${tenantId}`))[0].n;

describe("creating an organisation target", () => {
  it("stores the seed's CO2 target typed with a decimal comma, and the line follows from it", async () => {
    const { id, version } = await createTargetAs(a.as.coordinator, ids.co2e, { baseValue: "12.500,5" });
    expect(version).toBe(1);
    const target = await read(a.as.viewer, id);
    expect(Number(target.baseValue)).toBe(12_500.5);
    expect(target.milestones).toEqual([
      { year: 2025, mode: "change_percent", value: -30 },
      { year: 2030, mode: "change_percent", value: -60 },
    ]);
    expect(target).toMatchObject({ indicatorCode: "co2e", unitCode: "TNE", baseYear: 2020 });
    expect(targetForYear(lineOf({ ...target, baseValue: "12500" }), 2027)).toBe(7_250);
    expect(await auditOf(id)).toEqual([expect.objectContaining({ action: "create", actor_user_id: a.as.coordinator.userId })]);
  });

  it("may be created by the admin too", async () => {
    expectOk(await createTarget.run(a.as.admin, targetForm(ids.co2e)));
  });

  it("puts validation errors at their fields and stores nothing", async () => {
    const before = await countTargets(a.org.id);
    const result = await createTarget.run(
      a.as.coordinator,
      targetForm(ids.co2e, { name: "", baseValue: "12.5", "milestones.1.year": "2019" }),
    );
    expect(result).toMatchObject({ ok: false, code: "ValidationError" });
    expect(!result.ok && result.fieldErrors).toEqual({
      name: "Vul de naam in.",
      baseValue: "Gebruik een komma voor decimalen, bijvoorbeeld 12,5.",
      "milestones.1.year": "Kies een jaar na het basisjaar (2020).",
    });
    expect(await countTargets(a.org.id)).toBe(before);
  });

  it("keeps absolute values of a percentage indicator between 0 and 100, also after a % change", async () => {
    const circular = (overrides: Record<string, unknown>) =>
      createTarget.run(
        a.as.coordinator,
        targetForm(ids.circular, {
          baseValue: "18",
          "milestones.0.mode": "value",
          "milestones.0.value": "40",
          "milestones.1.mode": "value",
          "milestones.1.value": "80",
          ...overrides,
        }),
      );
    expectOk(await circular({}));
    const tooHigh = await circular({ baseValue: "100,5", "milestones.1.value": "120" });
    expect(!tooHigh.ok && tooHigh.fieldErrors).toEqual({
      baseValue: "De waarde mag niet hoger zijn dan 100 %.",
      "milestones.1.value": "De waarde mag niet hoger zijn dan 100 %.",
    });
    const grown = await circular({ "milestones.1.mode": "change_percent", "milestones.1.value": "500" });
    expect(!grown.ok && grown.fieldErrors).toEqual({
      "milestones.1.value": "Dit komt neer op 108\u00a0%. De waarde mag niet hoger zijn dan 100 %.",
    });
  });

  it("refuses a negative tonnage: CO2e cannot go below zero", async () => {
    const result = await createTarget.run(
      a.as.coordinator,
      targetForm(ids.co2e, { "milestones.1.mode": "value", "milestones.1.value": "-5" }),
    );
    expect(!result.ok && result.fieldErrors).toEqual({ "milestones.1.value": "De waarde mag niet lager zijn dan 0 ton CO2e." });
  });

  it("treats another tenant's own indicator exactly like a missing one", async () => {
    const foreign = await createIndicatorAs(b.as.coordinator);
    const [withForeign, withMissing] = await Promise.all([
      createTarget.run(a.as.coordinator, targetForm(foreign)),
      createTarget.run(a.as.coordinator, targetForm(randomUUID())),
    ]);
    expect(withForeign).toEqual({
      ok: false,
      code: "ValidationError",
      error: "Controleer de gemarkeerde velden.",
      fieldErrors: { indicatorId: "Kies een indicator uit de lijst." },
    });
    expect(withMissing).toEqual(withForeign);
  });

  it("refuses viewers, contract managers and suppliers", async () => {
    for (const ctx of [a.as.viewer, a.as.contract_manager, supplierOfA.as.admin, supplierOfA.as.reporter]) {
      expect(await createTarget.run(ctx, targetForm(ids.co2e))).toMatchObject({ ok: false, code: "ForbiddenError" });
    }
  });
});

describe("editing a target", () => {
  it("bumps the version and records before and after", async () => {
    const { id } = await createTargetAs(a.as.coordinator, ids.co2e);
    const saved = expectOk(
      await updateTarget.run(a.as.admin, {
        ...targetForm(ids.co2e, { name: "CO2 scherper", "milestones.1.value": "-70" }),
        id,
        version: "1",
      }),
    );
    expect(saved).toEqual({ id, version: 2 });
    const target = await read(a.as.coordinator, id);
    expect(target).toMatchObject({ name: "CO2 scherper", version: 2 });
    expect(target.milestones[1]).toEqual({ year: 2030, mode: "change_percent", value: -70 });
    const audit = await auditOf(id);
    expect(audit.map((e) => e.action)).toEqual(["create", "update"]);
    expect([audit[1].before?.version, audit[1].after?.version]).toEqual([1, 2]);
  });

  it("reports a conflict to the second of two coordinators saving the same version, and keeps the first save", async () => {
    const { id } = await createTargetAs(a.as.coordinator, ids.co2e);
    expectOk(await updateTarget.run(a.as.coordinator, { ...targetForm(ids.co2e, { name: "Eerste" }), id, version: "1" }));
    const second = await updateTarget.run(a.as.admin, { ...targetForm(ids.co2e, { name: "Tweede" }), id, version: "1" });
    expect(second).toMatchObject({ ok: false, code: "ConflictError" });
    expect(!second.ok && second.error).toMatch(/Je invoer staat nog in het formulier/);
    expect((await read(a.as.coordinator, id)).name).toBe("Eerste");
    expect((await auditOf(id)).map((e) => e.action)).toEqual(["create", "update"]);
  });

  it("deletes only the version that was shown", async () => {
    const { id } = await createTargetAs(a.as.coordinator, ids.co2e);
    expectOk(await updateTarget.run(a.as.coordinator, { ...targetForm(ids.co2e), id, version: "1" }));
    const stale = await deleteTarget.run(a.as.admin, { id, version: "1" });
    expect(stale).toMatchObject({ ok: false, code: "ConflictError" });
    expectOk(await deleteTarget.run(a.as.admin, { id, version: "2" }));
    await expect(read(a.as.coordinator, id)).rejects.toThrow(NotFoundError);
    expect((await auditOf(id)).map((e) => e.action)).toEqual(["create", "update", "delete"]);
  });
});

describe("another tenant's target looks exactly like a missing one", () => {
  it("for reads, updates and deletes", async () => {
    const { id } = await createTargetAs(a.as.coordinator, ids.co2e);
    const missing = randomUUID();
    await expect(read(b.as.coordinator, id)).rejects.toThrow(NotFoundError);
    const update = (targetId: string) => updateTarget.run(b.as.coordinator, { ...targetForm(ids.co2e), id: targetId, version: "1" });
    const remove = (targetId: string) => deleteTarget.run(b.as.coordinator, { id: targetId, version: "1" });
    expect(await update(id)).toEqual({ ok: false, code: "NotFoundError", error: "Deze doelstelling bestaat niet." });
    expect(await update(missing)).toEqual(await update(id));
    expect(await update("geen-uuid")).toEqual(await update(id));
    expect(await remove(id)).toEqual(await remove(missing));
    expect((await read(a.as.coordinator, id)).version).toBe(1);
  });

  it("is invisible to tenant B and to suppliers, even in an unfiltered select under RLS", async () => {
    await createTargetAs(a.as.coordinator, ids.co2e);
    const seen = (ctx: Caller) =>
      withTenant(scopeOf(ctx), (tx) => queryRows<{ tenant_id: string }>(tx, sql`select tenant_id from organisation_targets`), db);
    expect((await seen(a.as.viewer)).length).toBeGreaterThan(0);
    expect((await seen(a.as.viewer)).every((r) => r.tenant_id === a.org.id)).toBe(true);
    expect((await seen(b.as.admin)).some((r) => r.tenant_id === a.org.id)).toBe(false);
    expect(await seen(supplierOfA.as.admin)).toEqual([]);
    const listed = await withTenant(scopeOf(b.as.admin), (tx) => listTargets(tx, { tenantId: b.org.id }), db);
    expect(listed).toEqual([]);
  });
});
