import { randomUUID } from "node:crypto";
import { sql } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { queryRows } from "@/db/client";
import { wheelGoals, wheelThemes, wheels } from "@/db/schema";
import type { BuyerRole, SupplierRole } from "@/lib/auth/permissions";
import { createIndicator, deleteIndicator, updateIndicator } from "@/lib/indicators/actions";
import { listCatalogue } from "@/lib/indicators/queries";
import { groupCatalogue } from "@/lib/indicators/rules";
import { deleteTarget } from "@/lib/targets/actions";
import { scopeOf, withTenant } from "@/lib/tenancy";
import { openTestDatabase } from "../fixtures/db";
import { createBuyer, createSupplier, expectOk, insertContract, nextRequest, uniqueSuffix, type Team } from "../fixtures/factories";
import { createIndicatorAs, createTargetAs, globalIndicatorId, indicatorForm } from "../fixtures/targets";
import type { Caller } from "@/lib/http/steps";

const { db } = await openTestDatabase();

let a: Team<BuyerRole>;
let b: Team<BuyerRole>;
let supplierOfA: Team<SupplierRole>;
let supplierOfB: Team<SupplierRole>;

beforeAll(async () => {
  [a, b, supplierOfA, supplierOfB] = [await createBuyer(db), await createBuyer(db), await createSupplier(db), await createSupplier(db)];
  await insertContract(db, { tenantId: a.org.id, managerId: a.as.contract_manager.userId, supplierOrgId: supplierOfA.org.id });
  // Two contracts with the same buyer: the supplier must still see each indicator once.
  await insertContract(db, { tenantId: a.org.id, managerId: a.as.contract_manager.userId, supplierOrgId: supplierOfA.org.id });
  await insertContract(db, { tenantId: b.org.id, managerId: b.as.contract_manager.userId, supplierOrgId: supplierOfB.org.id });
  // A request reads the supplier's buyers with its account; these contexts were read before the contracts.
  for (const supplier of [supplierOfA, supplierOfB]) {
    for (const [role, ctx] of Object.entries(supplier.as)) {
      supplier.as[role as SupplierRole] = await nextRequest(ctx);
    }
  }
});

const catalogueOf = (ctx: Caller) => withTenant(scopeOf(ctx), (tx) => listCatalogue(tx, { orgId: ctx.org.id, orgKind: ctx.org.kind }), db);
/** What row-level security alone lets a scope see, without the query's own filter. */
const rawVisible = (ctx: Caller) => withTenant(scopeOf(ctx), (tx) => queryRows<{ id: string }>(tx, sql`select id from indicators`), db);
const stored = async (id: string) =>
  (
    await queryRows<{ name: string; unit_code: string; min_value: string | null; max_value: string | null }>(
      db,
      sql`select name, unit_code, min_value, max_value from indicators where id = ${id}`,
    )
  )[0];

describe("the catalogue", () => {
  it("lists the 17 global indicators and the tenant's own, grouped", async () => {
    const own = await createIndicatorAs(a.as.coordinator);
    const grouped = groupCatalogue(await catalogueOf(a.as.viewer));
    expect(grouped.global).toHaveLength(17);
    expect(grouped.global.map((i) => i.code)).toEqual(expect.arrayContaining(["co2e", "mki", "circular_content", "co2_ladder"]));
    expect(grouped.own.map((i) => i.id)).toContain(own);
    expect(grouped.own.every((i) => i.ownerOrgId === a.org.id)).toBe(true);
  });

  it("shows tenant A's own indicators to A's suppliers but never to tenant B or B's suppliers, by query and by RLS", async () => {
    const own = await createIndicatorAs(a.as.coordinator);
    for (const ctx of [a.as.viewer, supplierOfA.as.viewer]) {
      expect((await catalogueOf(ctx)).filter((i) => i.id === own)).toHaveLength(1);
      expect((await rawVisible(ctx)).map((r) => r.id)).toContain(own);
    }
    for (const ctx of [b.as.admin, supplierOfB.as.admin]) {
      expect((await catalogueOf(ctx)).map((i) => i.id)).not.toContain(own);
      expect((await rawVisible(ctx)).map((r) => r.id)).not.toContain(own);
    }
  });

  it("shows a supplier a new buyer's own indicators from its next request, read with its account", async () => {
    const own = await createIndicatorAs(b.as.coordinator);
    const before = await nextRequest(supplierOfA.as.viewer);
    expect(before.org.partnerOrgIds).toEqual([a.org.id]);
    expect((await rawVisible(before)).map((r) => r.id)).not.toContain(own);
    await insertContract(db, { tenantId: b.org.id, managerId: b.as.contract_manager.userId, supplierOrgId: supplierOfA.org.id });
    const after = await nextRequest(supplierOfA.as.viewer);
    expect([...after.org.partnerOrgIds].sort()).toEqual([a.org.id, b.org.id].sort());
    expect((await rawVisible(after)).map((r) => r.id)).toContain(own);
    expect(a.as.viewer.org.partnerOrgIds).toEqual([]);
  });
});

describe("adding an own indicator", () => {
  it("stores min and max typed with a decimal comma and records the change", async () => {
    const id = await createIndicatorAs(a.as.admin, { unitCode: "TNE", minValue: "0,5", maxValue: "1.250,75" });
    expect(await stored(id)).toMatchObject({ unit_code: "TNE", min_value: "0.5000", max_value: "1250.7500" });
    const audit = await queryRows<{ action: string; tenant_id: string }>(
      db,
      sql`select action, tenant_id from audit_events where entity = 'indicator' and entity_id = ${id}`,
    );
    expect(audit).toEqual([{ action: "create", tenant_id: a.org.id }]);
  });

  it("keeps codes unique per owner: taken in A or in the global catalogue, free in B", async () => {
    const code = `lokaal_${uniqueSuffix()}`;
    await createIndicatorAs(a.as.coordinator, { code });
    const again = await createIndicator.run(a.as.coordinator, indicatorForm({ code }));
    expect(!again.ok && again.fieldErrors).toEqual({ code: "Deze code is al in gebruik in de catalogus. Kies een andere code." });
    const global = await createIndicator.run(a.as.coordinator, indicatorForm({ code: "co2e" }));
    expect(!global.ok && global.fieldErrors).toEqual({ code: "Deze code is al in gebruik in de catalogus. Kies een andere code." });
    expectOk(await createIndicator.run(b.as.coordinator, indicatorForm({ code })));
  });

  it("puts validation errors at their fields", async () => {
    const result = await createIndicator.run(a.as.coordinator, indicatorForm({ name: "", unitCode: "", minValue: "12.5" }));
    expect(!result.ok && result.fieldErrors).toEqual({
      name: "Vul de naam in.",
      unitCode: "Kies een eenheid.",
      minValue: "Gebruik een komma voor decimalen, bijvoorbeeld 12,5.",
    });
  });

  it("refuses viewers, contract managers and suppliers", async () => {
    for (const ctx of [a.as.viewer, a.as.contract_manager, supplierOfA.as.admin]) {
      expect(await createIndicator.run(ctx, indicatorForm())).toMatchObject({ ok: false, code: "ForbiddenError" });
    }
  });
});

describe("editing and deleting", () => {
  it("edits an own indicator", async () => {
    const id = await createIndicatorAs(a.as.coordinator);
    expectOk(await updateIndicator.run(a.as.coordinator, { ...indicatorForm({ name: "Lokaal ingekocht" }), id }));
    expect((await stored(id)).name).toBe("Lokaal ingekocht");
  });

  it("a tenant cannot edit or delete a global indicator", async () => {
    const co2e = await globalIndicatorId(db, "co2e");
    const message = "Indicatoren uit de landelijke catalogus kun je niet wijzigen of verwijderen.";
    expect(await updateIndicator.run(a.as.admin, { ...indicatorForm({ name: "Gekaapt" }), id: co2e })).toEqual({
      ok: false,
      code: "ForbiddenError",
      error: message,
    });
    expect(await deleteIndicator.run(a.as.coordinator, { id: co2e })).toMatchObject({ ok: false, error: message });
    expect((await stored(co2e)).name).toBe("CO2-uitstoot");
  });

  it("another tenant's own indicator looks exactly like a missing one", async () => {
    const own = await createIndicatorAs(a.as.coordinator);
    const update = (id: string) => updateIndicator.run(b.as.coordinator, { ...indicatorForm(), id });
    const remove = (id: string) => deleteIndicator.run(b.as.coordinator, { id });
    expect(await update(own)).toEqual({ ok: false, code: "NotFoundError", error: "Deze indicator bestaat niet." });
    expect(await update(randomUUID())).toEqual(await update(own));
    expect(await remove(own)).toEqual(await remove(randomUUID()));
    expect(await stored(own)).toBeDefined();
  });

  it("refuses to delete an indicator a target uses, with a clear message, and allows it once the target is gone", async () => {
    const id = await createIndicatorAs(a.as.coordinator, { unitCode: "KGM", direction: "lower_better", aggregation: "sum" });
    const target = await createTargetAs(a.as.coordinator, id);
    const refused = await deleteIndicator.run(a.as.coordinator, { id });
    expect(refused).toMatchObject({ ok: false, code: "ValidationError" });
    expect(!refused.ok && refused.error).toMatch(/kan niet worden verwijderd: de indicator wordt gebruikt door 1 doelstelling\./);
    const relabel = await updateIndicator.run(a.as.coordinator, {
      ...indicatorForm({ unitCode: "TNE", direction: "lower_better", aggregation: "sum" }),
      id,
    });
    expect(!relabel.ok && relabel.fieldErrors).toEqual({
      unitCode: "Deze indicator wordt gebruikt door 1 doelstelling; dit kun je niet meer wijzigen.",
    });
    expectOk(await deleteTarget.run(a.as.coordinator, { id: target.id, version: "1" }));
    expectOk(await deleteIndicator.run(a.as.coordinator, { id }));
    expect(await stored(id)).toBeUndefined();
  });

  it("refuses to delete an indicator a Waardenwiel goal uses", async () => {
    const id = await createIndicatorAs(a.as.coordinator);
    await withTenant(
      scopeOf(a.as.coordinator),
      async (tx) => {
        const [wheel] = await tx.insert(wheels).values({ tenantId: a.org.id, year: 2026 }).returning();
        const [theme] = await tx
          .insert(wheelThemes)
          .values({ tenantId: a.org.id, wheelId: wheel.id, name: "Lokale economie", pillar: "ecologisch_sociaal" })
          .returning();
        await tx.insert(wheelGoals).values({
          tenantId: a.org.id,
          themeId: theme.id,
          kind: "quantitative",
          description: "Meer lokaal inkopen",
          indicatorId: id,
          targetValue: "40",
          targetYear: 2030,
        });
      },
      db,
    );
    const refused = await deleteIndicator.run(a.as.admin, { id });
    expect(!refused.ok && refused.fieldErrors).toEqual({
      _form: "Deze indicator wordt gebruikt door 1 doel in het Waardenwiel. Verwijder of wijzig die eerst.",
    });
  });
});
