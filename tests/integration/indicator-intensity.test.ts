// A buyer makes its own indicator an intensity (kg CO2e per kilometre) that adds up into an
// absolute indicator (tonnes CO2e): what it may point at, what it may no longer change once values
// are reported, and that an organisation target on the absolute indicator then receives it.
import { randomUUID } from "node:crypto";
import { sql } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { queryRows } from "@/db/client";
import { reports, reportValues, type Contract } from "@/db/schema";
import type { BuyerRole, SupplierRole } from "@/lib/auth/permissions";
import { parseFilters } from "@/lib/dashboard/filters";
import { loadDashboard } from "@/lib/dashboard/queries";
import { createIndicator, updateIndicator } from "@/lib/indicators/actions";
import { openTestDatabase } from "../fixtures/db";
import { createBuyer, createSupplier, expectOk, insertContract, nextRequest, type Team } from "../fixtures/factories";
import { insertActiveKpi } from "../fixtures/reports";
import { createIndicatorAs, createTargetAs, globalIndicatorId, indicatorForm } from "../fixtures/targets";
import type { Caller } from "@/lib/http/steps";
import { withTenant } from "@/lib/tenancy";

const { db } = await openTestDatabase();

let a: Team<BuyerRole>;
let b: Team<BuyerRole>;
let supplier: Team<SupplierRole>;
let contract: Contract;
let co2e: string;

beforeAll(async () => {
  [a, b, supplier] = [await createBuyer(db), await createBuyer(db), await createSupplier(db)];
  contract = await insertContract(db, { tenantId: a.org.id, managerId: a.as.contract_manager.userId, supplierOrgId: supplier.org.id });
  supplier.as.admin = await nextRequest(supplier.as.admin);
  co2e = await globalIndicatorId(db, "co2e");
});

/** kg CO2e per kilometre driven, adding up into tonnes CO2e. */
const perKilometre = (overrides: Record<string, unknown> = {}) =>
  indicatorForm({
    name: `CO2 per gereden kilometer ${randomUUID().slice(0, 8)}`,
    unitCode: "KGM",
    unitLabel: "kg CO2e per km",
    direction: "lower_better",
    aggregation: "weighted_average",
    intensity: "per_unit",
    activityUnit: "kilometer",
    absoluteIndicatorId: co2e,
    absoluteFactor: "0,001",
    ...overrides,
  });

/** An own absolute indicator that adds up (kg CO2e). */
const ownTotal = (ctx: Caller) =>
  createIndicatorAs(ctx, { unitCode: "KGM", unitLabel: "kg CO2e", direction: "lower_better", aggregation: "sum" });

const stored = async (id: string) =>
  (
    await queryRows<{
      activity_unit_code: string | null;
      activity_unit_label: string | null;
      absolute_indicator_id: string | null;
      absolute_factor: string | null;
    }>(db, sql`select activity_unit_code, activity_unit_label, absolute_indicator_id, absolute_factor from indicators where id = ${id}`)
  )[0];

const refusedAt = (result: { ok: boolean; fieldErrors?: Record<string, string> }, field: string) => {
  expect(result).toMatchObject({ ok: false, code: "ValidationError" });
  return result.fieldErrors?.[field];
};

async function reportQuarter(
  kpiId: string,
  quarter: string,
  value: string,
  quantity: string | null,
  status: "draft" | "accepted" = "accepted",
) {
  const [report] = await db
    .insert(reports)
    .values({
      tenantId: contract.tenantId,
      contractId: contract.id,
      quarter,
      status,
      dueDate: "2026-12-31",
      submittedAt: new Date(),
      decidedAt: new Date(),
    })
    .returning();
  await db.insert(reportValues).values({ tenantId: contract.tenantId, reportId: report.id, kpiId, value, quantity });
}

describe("an own intensity that adds up into an absolute indicator", () => {
  it("stores the activity, the absolute indicator and the factor, and records them in the audit event", async () => {
    const id = expectOk(await createIndicator.run(a.as.coordinator, perKilometre())).id;
    expect(await stored(id)).toEqual({
      activity_unit_code: "KMT",
      activity_unit_label: "kilometer",
      absolute_indicator_id: co2e,
      absolute_factor: "0.00100000",
    });
    const [audit] = await queryRows<{ action: string; unit: string; factor: string }>(
      db,
      sql`select action, after->>'activityUnitCode' as unit, after->>'absoluteFactor' as factor from audit_events where entity = 'indicator' and entity_id = ${id}`,
    );
    expect(audit).toEqual({ action: "create", unit: "KMT", factor: "0.00100000" });
  });

  it("adds up into an own absolute indicator too", async () => {
    const total = await ownTotal(a.as.coordinator);
    const id = expectOk(await createIndicator.run(a.as.admin, perKilometre({ absoluteIndicatorId: total, absoluteFactor: "1" }))).id;
    expect(await stored(id)).toMatchObject({ absolute_indicator_id: total, absolute_factor: "1.00000000" });
  });

  it("refuses another tenant's indicator with the message an unknown id gets, and stores nothing", async () => {
    const foreign = await ownTotal(b.as.coordinator);
    const message = "Deze indicator bestaat niet; kies er een uit de lijst.";
    const name = `Buitenlands ${randomUUID()}`;
    expect(
      refusedAt(await createIndicator.run(a.as.coordinator, perKilometre({ name, absoluteIndicatorId: foreign })), "absoluteIndicatorId"),
    ).toBe(message);
    expect(
      refusedAt(await createIndicator.run(a.as.coordinator, perKilometre({ absoluteIndicatorId: randomUUID() })), "absoluteIndicatorId"),
    ).toBe(message);
    expect(
      refusedAt(await createIndicator.run(a.as.coordinator, perKilometre({ absoluteIndicatorId: "geen-id" })), "absoluteIndicatorId"),
    ).toBe(message);
    expect(await queryRows(db, sql`select id from indicators where name = ${name}`)).toEqual([]);
    // On an edit as well: B's indicator stays out of reach.
    const own = await createIndicatorAs(a.as.coordinator, perKilometre());
    const edit = await updateIndicator.run(a.as.coordinator, { ...perKilometre({ absoluteIndicatorId: foreign }), id: own });
    expect(refusedAt(edit, "absoluteIndicatorId")).toBe(message);
    expect((await stored(own)).absolute_indicator_id).toBe(co2e);
  });

  it("refuses viewers, contract managers and suppliers", async () => {
    for (const ctx of [a.as.viewer, a.as.contract_manager, supplier.as.admin]) {
      expect(await createIndicator.run(ctx, perKilometre())).toMatchObject({ ok: false, code: "ForbiddenError" });
    }
    const id = await createIndicatorAs(a.as.coordinator, perKilometre());
    expect(await updateIndicator.run(a.as.viewer, { ...perKilometre({ absoluteFactor: "2" }), id })).toMatchObject({
      ok: false,
      code: "ForbiddenError",
    });
    expect((await stored(id)).absolute_factor).toBe("0.00100000");
  });

  it("refuses to add up into itself", async () => {
    const id = await ownTotal(a.as.coordinator);
    const result = await updateIndicator.run(a.as.coordinator, { ...perKilometre({ absoluteIndicatorId: id }), id });
    expect(refusedAt(result, "absoluteIndicatorId")).toBe("Een indicator kan niet in zichzelf meetellen; kies een andere indicator.");
    expect((await stored(id)).absolute_indicator_id).toBeNull();
  });

  it("refuses to add up into an intensity, global or own, or into an indicator that averages", async () => {
    const intensity = "Dit is zelf een intensiteit; kies een absolute indicator, zoals CO2-uitstoot in ton.";
    const perMeal = await globalIndicatorId(db, "co2e_per_meal");
    expect(
      refusedAt(await createIndicator.run(a.as.coordinator, perKilometre({ absoluteIndicatorId: perMeal })), "absoluteIndicatorId"),
    ).toBe(intensity);
    const own = await createIndicatorAs(a.as.coordinator, perKilometre());
    expect(refusedAt(await createIndicator.run(a.as.coordinator, perKilometre({ absoluteIndicatorId: own })), "absoluteIndicatorId")).toBe(
      intensity,
    );
    const circular = await globalIndicatorId(db, "circular_content");
    expect(
      refusedAt(await createIndicator.run(a.as.coordinator, perKilometre({ absoluteIndicatorId: circular })), "absoluteIndicatorId"),
    ).toBe("Deze indicator telt niet op over contracten (gewogen gemiddelde); kies een indicator die optelt.");
  });

  it("keeps an indicator that an intensity adds up into absolute and additive", async () => {
    const total = await ownTotal(a.as.coordinator);
    const name = `CO2 per rit ${randomUUID().slice(0, 8)}`;
    await createIndicatorAs(a.as.coordinator, perKilometre({ name, absoluteIndicatorId: total }));
    const edit = (overrides: Record<string, unknown>) =>
      updateIndicator.run(a.as.coordinator, {
        ...indicatorForm({ unitCode: "KGM", unitLabel: "kg CO2e", direction: "lower_better", aggregation: "sum", ...overrides }),
        id: total,
      });
    expect(refusedAt(await edit({ aggregation: "weighted_average", intensity: "per_unit", activityUnit: "stuk" }), "intensity")).toBe(
      `‘${name}’ telt mee in deze indicator; die kan daarom zelf geen intensiteit worden.`,
    );
    expect(refusedAt(await edit({ aggregation: "average" }), "aggregation")).toBe(
      `‘${name}’ telt mee in deze indicator; de optelwijze moet daarom Optellen blijven.`,
    );
    expectOk(await edit({ name: "Uitstoot wagenpark" }));
  });
});

describe("once values are reported", () => {
  const locked =
    "Op KPI's met deze indicator zijn al waarden gerapporteerd; of en per welke eenheid de waarde is, kun je daarom niet meer wijzigen. " +
    "Maak zo nodig een nieuwe indicator.";

  it("keeps the activity unit and the kind, but lets the factor and the absolute indicator change, with an audit event", async () => {
    const form = perKilometre();
    const id = await createIndicatorAs(a.as.coordinator, form);
    const kpi = await insertActiveKpi(db, contract, { name: "CO2 per km", indicatorId: id });
    await reportQuarter(kpi.id, "2025-Q1", "0.5", null, "draft");

    const update = (overrides: Record<string, unknown>) => updateIndicator.run(a.as.coordinator, { ...form, ...overrides, id });
    expect(refusedAt(await update({ activityUnit: "ton" }), "activityUnit")).toBe(locked);
    expect(refusedAt(await update({ intensity: "absolute", aggregation: "sum" }), "intensity")).toBe(locked);
    expect(await stored(id)).toMatchObject({ activity_unit_code: "KMT", activity_unit_label: "kilometer" });

    expectOk(await update({ absoluteFactor: "0,002" }));
    expect((await stored(id)).absolute_factor).toBe("0.00200000");
    const [audit] = await queryRows<{ before: string; after: string }>(
      db,
      sql`select before->>'absoluteFactor' as before, after->>'absoluteFactor' as after from audit_events
          where entity = 'indicator' and entity_id = ${id} and action = 'update'`,
    );
    expect(audit).toEqual({ before: "0.00100000", after: "0.00200000" });
  });

  it("does not make an absolute indicator with reported totals an intensity", async () => {
    const id = await ownTotal(a.as.coordinator);
    const kpi = await insertActiveKpi(db, contract, { name: "Uitstoot", indicatorId: id });
    await reportQuarter(kpi.id, "2025-Q2", "1200", null, "draft");
    const result = await updateIndicator.run(a.as.coordinator, {
      ...indicatorForm({
        unitCode: "KGM",
        unitLabel: "kg CO2e",
        direction: "lower_better",
        aggregation: "weighted_average",
        intensity: "per_unit",
        activityUnit: "maaltijd",
      }),
      id,
    });
    expect(refusedAt(result, "intensity")).toBe(locked);
    expect((await stored(id)).activity_unit_code).toBeNull();
  });
});

describe("an organisation target on the absolute indicator", () => {
  it("receives an own intensity set up through the form: value × quantity × factor", async () => {
    const [buyer, vendor] = [await createBuyer(db), await createSupplier(db)];
    const own = await insertContract(db, {
      tenantId: buyer.org.id,
      managerId: buyer.as.contract_manager.userId,
      supplierOrgId: vendor.org.id,
    });
    const coordinator = buyer.as.coordinator;
    const id = expectOk(await createIndicator.run(coordinator, perKilometre())).id;
    const kpi = await insertActiveKpi(db, own, { name: "CO2 per km", indicatorId: id });
    for (const [quarter, value, quantity] of [
      ["2026-Q1", "0.8", "100000"],
      ["2026-Q2", "0.7", "120000"],
    ]) {
      const [report] = await db
        .insert(reports)
        .values({
          tenantId: own.tenantId,
          contractId: own.id,
          quarter,
          status: "accepted",
          dueDate: "2026-12-31",
          submittedAt: new Date(),
          decidedAt: new Date(),
        })
        .returning();
      await db.insert(reportValues).values({ tenantId: own.tenantId, reportId: report.id, kpiId: kpi.id, value, quantity });
    }
    await createTargetAs(coordinator, co2e, { name: "CO2 wagenpark" });

    const filters = parseFilters({ van: "2026-Q1", tot: "2026-Q4" }, "2026-12-04");
    const raw = await withTenant(
      coordinator,
      (tx) => loadDashboard(tx, { tenantId: coordinator.org.id, filters, today: "2026-12-04", limit: 15 }),
      coordinator.db,
    );
    // 0,8 kg × 100.000 km × 0,001 + 0,7 kg × 120.000 km × 0,001 = 80 + 84 tonnes.
    expect(raw.targets[0].actuals).toEqual([{ year: 2026, value: 164, contracts: 1, quarters: 2, values: 2, verifiedValues: 0 }]);
  });
});
