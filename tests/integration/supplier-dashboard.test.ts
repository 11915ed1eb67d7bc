// The supplier dashboard ("Prestaties") with known data: a supplier serving two buyers sees both
// contracts with numbers worked out by hand in tests/fixtures/dashboards-2.ts; a second supplier of
// the same buyer sees only its own contract; a buyer is refused.
import { beforeAll, describe, expect, it } from "vitest";
import type { Caller } from "@/lib/http/steps";
import { readSupplierDashboard } from "@/lib/supplier-dashboard/service";
import { withTenant } from "@/lib/tenancy";
import { openTestDatabase } from "../fixtures/db";
import { PERFORMANCE_TODAY, performanceContract } from "../fixtures/dashboards-2";
import { createBuyer, createSupplier, insertContract } from "../fixtures/factories";

const supplierDashboard = (ctx: Caller, today: string) =>
  withTenant(ctx, (tx) => readSupplierDashboard(tx, { org: ctx.org, today }), ctx.db);

const { db } = await openTestDatabase();

let buyerX: Awaited<ReturnType<typeof createBuyer>>;
let buyerY: Awaited<ReturnType<typeof createBuyer>>;
let supplierOne: Awaited<ReturnType<typeof createSupplier>>;
let supplierTwo: Awaited<ReturnType<typeof createSupplier>>;
const titles = { x1: "Wagenpark X – leverancier één", x2: "Catering X – leverancier twee", y1: "Groenonderhoud Y – leverancier één" };

beforeAll(async () => {
  [buyerX, buyerY, supplierOne, supplierTwo] = [
    await createBuyer(db),
    await createBuyer(db),
    await createSupplier(db),
    await createSupplier(db),
  ];
  const x1 = await insertContract(db, {
    tenantId: buyerX.org.id,
    managerId: buyerX.as.contract_manager.userId,
    supplierOrgId: supplierOne.org.id,
    title: titles.x1,
  });
  await performanceContract(db, x1);
  // The second supplier of the same buyer, with data of its own.
  const x2 = await insertContract(db, {
    tenantId: buyerX.org.id,
    managerId: buyerX.as.contract_manager.userId,
    supplierOrgId: supplierTwo.org.id,
    title: titles.x2,
  });
  await performanceContract(db, x2);
  // The second buyer of supplier one: a contract without reports or reviews yet.
  await insertContract(db, {
    tenantId: buyerY.org.id,
    managerId: buyerY.as.contract_manager.userId,
    supplierOrgId: supplierOne.org.id,
    title: titles.y1,
  });
});

describe("supplier dashboard", () => {
  it("shows each contract of every buyer it serves, with the numbers of its latest final review and its reports", async () => {
    const { rows, totals } = await supplierDashboard(supplierOne.as.viewer, PERFORMANCE_TODAY);
    expect(rows.map((r) => r.title).sort()).toEqual([titles.x1, titles.y1].sort());
    const x1 = rows.find((r) => r.title === titles.x1)!;
    expect(x1).toMatchObject({
      buyerName: buyerX.org.name,
      latestReviewQuarter: "2026-Q2",
      // 2026-Q2: off track and at risk, none on track.
      onTrack: 0,
      scored: 2,
      share: 0,
      // Overall score: 2026-Q2 (0 + 50) / 2 = 25, down from 100 in 2026-Q1.
      overallScore: 25,
      previousOverallScore: 100,
      // Q1 on time, Q2 late, Q3 missing, Q4 not due; 2027 has not started.
      onTime: 1,
      late: 1,
      missing: 1,
      notDue: 1,
      // 100,00 + 1.800,00; the draft review of 2026-Q3 does not count.
      malusCents: 190_000,
      openActions: 2,
      overdueActions: 1,
    });
    const y1 = rows.find((r) => r.title === titles.y1)!;
    // No report at all: 2026-Q1 to Q3 are past their due date, Q4 is not due yet.
    expect(y1).toMatchObject({
      buyerName: buyerY.org.name,
      latestReviewQuarter: null,
      share: null,
      overallScore: null,
      previousOverallScore: null,
      onTime: 0,
      late: 0,
      missing: 3,
      notDue: 1,
      malusCents: 0,
      openActions: 0,
    });
    expect(totals).toEqual({
      contracts: 2,
      buyers: 2,
      onTime: 1,
      late: 1,
      missing: 4,
      malusCents: 190_000,
      openActions: 2,
      overdueActions: 1,
    });
  });

  it("never shows another supplier's contract of the same buyer", async () => {
    const one = await supplierDashboard(supplierOne.as.admin, PERFORMANCE_TODAY);
    expect(one.rows.map((r) => r.title)).not.toContain(titles.x2);
    const two = await supplierDashboard(supplierTwo.as.reporter, PERFORMANCE_TODAY);
    expect(two.rows.map((r) => r.title)).toEqual([titles.x2]);
    expect(two.rows.map((r) => r.buyerName)).toEqual([buyerX.org.name]);
  });

  it("is for suppliers only", async () => {
    await expect(supplierDashboard(buyerX.as.admin, PERFORMANCE_TODAY)).rejects.toThrow(/leveranciers/);
  });
});
