// Organisation targets receive the contracts that measure an intensity: kg CO2e per meal, reported
// with the quarter's meals, adds up to tonnes CO2e on the organisation's target (value × quantity ×
// 0,001), and a year with fewer than four quarters is marked incomplete. A quarter without a
// quantity contributes nothing rather than a guess.
import { describe, expect, it } from "vitest";
import { reports, reportValues } from "@/db/schema";
import { parseFilters } from "@/lib/dashboard/filters";
import { loadDashboard } from "@/lib/dashboard/queries";
import { shapeDashboard } from "@/lib/dashboard/shape";
import { openTestDatabase } from "../fixtures/db";
import { createBuyer, createSupplier, insertContract } from "../fixtures/factories";
import { insertActiveKpi } from "../fixtures/reports";
import { createTargetAs, globalIndicatorId } from "../fixtures/targets";
import { withTenant } from "@/lib/tenancy";

const { db } = await openTestDatabase();

describe("intensities roll up into organisation targets", () => {
  it("turns kg CO2e per meal and meals into tonnes CO2e, with the coverage of each year", async () => {
    const [buyer, supplier] = [await createBuyer(db), await createSupplier(db)];
    const contract = await insertContract(db, {
      tenantId: buyer.org.id,
      managerId: buyer.as.contract_manager.userId,
      supplierOrgId: supplier.org.id,
    });
    const meal = await insertActiveKpi(db, contract, {
      name: "CO2 per maaltijd",
      indicatorId: await globalIndicatorId(db, "co2e_per_meal"),
    });
    const quarters: Array<[string, string, string | null]> = [
      ["2026-Q1", "1.5", "40000"],
      ["2026-Q2", "1.4", "42000"],
      ["2026-Q3", "1.3", null],
    ];
    for (const [quarter, value, quantity] of quarters) {
      const [report] = await db
        .insert(reports)
        .values({
          tenantId: contract.tenantId,
          contractId: contract.id,
          quarter,
          status: "accepted",
          dueDate: "2026-12-31",
          submittedAt: new Date(),
          decidedAt: new Date(),
        })
        .returning();
      await db.insert(reportValues).values({ tenantId: contract.tenantId, reportId: report.id, kpiId: meal.id, value, quantity });
    }
    const coordinator = buyer.as.coordinator;
    await createTargetAs(coordinator, await globalIndicatorId(db, "co2e"), { name: "CO2 organisatie" });

    const filters = parseFilters({ van: "2026-Q1", tot: "2026-Q4" }, "2026-12-04");
    const raw = await withTenant(
      coordinator,
      (tx) => loadDashboard(tx, { tenantId: coordinator.org.id, filters, today: "2026-12-04", limit: 15 }),
      coordinator.db,
    );
    const [target] = raw.targets;
    // 1,5 × 40.000 × 0,001 + 1,4 × 42.000 × 0,001 = 60 + 58,8 tonnes; 2026-Q3 has no quantity.
    expect(target.actuals).toEqual([{ year: 2026, value: 118.8, contracts: 1, quarters: 2, values: 2, verifiedValues: 0 }]);
    const view = shapeDashboard(raw, filters).targets[0];
    expect(view.fed).toBe(true);
    // The target's base year states 12.500 tonnes: the contract's 118,8 tonnes cover 0,95 % of it.
    expect(view.years.find((y) => y.year === 2026)).toMatchObject({
      actual: 118.8,
      quarters: 2,
      incomplete: true,
      charted: false,
      baseShare: 118.8 / 12_500,
    });
  });
});
