import { sql } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { queryRows } from "@/db/client";
import type { BuyerRole, SupplierRole } from "@/lib/auth/permissions";
import { saveFootprintBaseline, savePackageFootprint } from "@/lib/footprint/actions";
import { getFootprintBaseline, listPackageFootprints } from "@/lib/footprint/queries";
import { rankPackages } from "@/lib/footprint/rules";
import type { Caller } from "@/lib/http/steps";
import { scopeOf, withTenant } from "@/lib/tenancy";
import { openTestDatabase } from "../fixtures/db";
import { createBuyer, createSupplier, expectOk, type Team } from "../fixtures/factories";
import { addThemeAs, createOrgWheelAs } from "../fixtures/wheels";
import { demoStandIns } from "../fixtures/demo-stand-ins";
import { seedDemoFootprint } from "@/db/seed/demo-footprint";

const { db } = await openTestDatabase();

let a: Team<BuyerRole>;
let b: Team<BuyerRole>;
let supplier: Team<SupplierRole>;
let themeOfA = "";
let themeOfB = "";

beforeAll(async () => {
  [a, b, supplier] = [await createBuyer(db), await createBuyer(db), await createSupplier(db)];
  themeOfA = await addThemeAs(a.as.coordinator, await createOrgWheelAs(a.as.coordinator, 2026), { name: "CO2-uitstoot reduceren" });
  themeOfB = await addThemeAs(b.as.coordinator, await createOrgWheelAs(b.as.coordinator, 2026));
});

const ranking = (ctx: Caller) =>
  withTenant(
    scopeOf(ctx),
    async (tx) => {
      const baseline = await getFootprintBaseline(tx, { tenantId: ctx.org.id });
      const rows = await listPackageFootprints(tx, { tenantId: ctx.org.id });
      return rankPackages(baseline?.fte ?? null, rows);
    },
    db,
  );
const pkg = (overrides: Record<string, unknown>) => ({
  purchasingPackage: "catering",
  kgPerFte: "",
  source: "",
  sourceYear: "",
  version: "0",
  ...overrides,
});

describe("the footprint baseline per purchasing package", () => {
  it("ranks the packages by FTE × footprint typed with a decimal comma, and records who decided", async () => {
    expectOk(await saveFootprintBaseline.run(a.as.coordinator, { fte: "1.250,5", fteYear: "2025", version: "0" }));
    expectOk(
      await savePackageFootprint.run(
        a.as.coordinator,
        pkg({ kgPerFte: "133", source: "PHI Factory, zes scans", sourceYear: "2023", strategic: "on", themeIds: themeOfA }),
      ),
    );
    expectOk(await savePackageFootprint.run(a.as.admin, pkg({ purchasingPackage: "warme_dranken", kgPerFte: "210,5" })));
    expectOk(await savePackageFootprint.run(a.as.admin, pkg({ purchasingPackage: "werkomgeving" })));
    const ranked = await ranking(a.as.viewer);
    expect(ranked.map((p) => [p.purchasingPackage, p.rank, p.impactKg])).toEqual([
      ["warme_dranken", 1, "263230.25"],
      ["catering", 2, "166316.5"],
      ["werkomgeving", null, null],
    ]);
    const [catering] = (await withTenant(scopeOf(a.as.viewer), (tx) => listPackageFootprints(tx, { tenantId: a.org.id }), db)).filter(
      (r) => r.purchasingPackage === "catering",
    );
    expect(catering).toMatchObject({ strategic: true, themeIds: [themeOfA], sourceYear: 2023, version: 1 });
    const audit = await queryRows<{ entity: string; actor_user_id: string }>(
      db,
      sql`select entity, actor_user_id from audit_events where tenant_id = ${a.org.id} and entity in ('footprint_baseline', 'package_footprint') order by created_at`,
    );
    expect(audit[0]).toEqual({ entity: "footprint_baseline", actor_user_id: a.as.coordinator.userId });
    expect(audit).toHaveLength(4);
  });

  it("refuses a stale version as a conflict and keeps the saved figure", async () => {
    const stale = await savePackageFootprint.run(a.as.coordinator, pkg({ kgPerFte: "1", version: "0" }));
    expect(stale).toMatchObject({ ok: false, code: "ConflictError" });
    const baseline = await saveFootprintBaseline.run(a.as.admin, { fte: "10", fteYear: "", version: "0" });
    expect(baseline).toMatchObject({ ok: false, code: "ConflictError" });
    expect((await ranking(a.as.coordinator)).find((p) => p.purchasingPackage === "catering")?.kgPerFte).toBe("133.0000");
  });

  it("puts errors at the field: a negative footprint, a zero FTE, an unknown package", async () => {
    const result = await savePackageFootprint.run(
      a.as.coordinator,
      pkg({ purchasingPackage: "kernenergie", kgPerFte: "-3", version: "1" }),
    );
    expect(result).toMatchObject({ ok: false, fieldErrors: { purchasingPackage: expect.any(String), kgPerFte: expect.any(String) } });
    const fte = await saveFootprintBaseline.run(a.as.coordinator, { fte: "0", fteYear: "2025", version: "1" });
    expect(fte).toMatchObject({ ok: false, fieldErrors: { fte: "Het aantal FTE is groter dan 0." } });
  });

  it("refuses another tenant's theme as if it did not exist, and keeps each tenant's figures apart", async () => {
    const result = await savePackageFootprint.run(b.as.coordinator, pkg({ kgPerFte: "90", themeIds: [themeOfB, themeOfA] }));
    expect(result).toMatchObject({ ok: false, fieldErrors: { themeIds: "Kies thema's uit het eigen Waardenwiel." } });
    expect(await ranking(b.as.coordinator)).toEqual([]);
    const rows = await withTenant(scopeOf(b.as.coordinator), (tx) => listPackageFootprints(tx, { tenantId: a.org.id }), db);
    expect(rows).toEqual([]);
  });

  it("lets neither a contract manager, a viewer nor a supplier change the baseline", async () => {
    for (const ctx of [a.as.contract_manager, a.as.viewer, supplier.as.admin]) {
      expect(await saveFootprintBaseline.run(ctx, { fte: "5", fteYear: "2025", version: "1" })).toMatchObject({
        ok: false,
        code: "ForbiddenError",
      });
    }
    const supplierSees = await withTenant(
      scopeOf(supplier.as.admin),
      (tx) => queryRows<{ n: number }>(tx, sql`select count(*)::int as n from package_footprints`),
      db,
    );
    expect(supplierSees[0].n).toBe(0);
  });
});

describe("the demo footprint baseline", () => {
  it("gives Voorbeeldstad its FTE and the template's catering figure, and nothing for the other packages", async () => {
    const demo = await demoStandIns(db);
    await seedDemoFootprint(db, demo.ids);
    const ranked = await ranking(demo.buyers.voorbeeldstad.as.viewer);
    expect(ranked.map((p) => [p.purchasingPackage, p.rank, p.impactKg])).toEqual([["catering", 1, "246050"]]);
    expect(await ranking(demo.buyers.zuiderland.as.viewer)).toEqual([]);
  });
});
