// The summaries of accepted values per contract, quarter and indicator (migration 0062), which the
// organisation dashboard's targets, packages and verified share read instead of every value: kept
// up to date by the marks the triggers leave, equal to a summary written from scratch, and behind
// the same walls as the values. On the known data set of tests/fixtures/dashboard.ts: CO2e in
// 2026 is C1 (asfalt) Q1 8, Q2 9 and C2 (catering) Q1 5, Q2 7.
import { and, eq, sql } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { queryRows, type Db } from "@/db/client";
import { reportValues, reports } from "@/db/schema";
import { dashboardCache } from "@/lib/dashboard/cache";
import { pageDashboard } from "@/lib/dashboard/service";
import { withTenant } from "@/lib/tenancy";
import { databaseError, openTestDatabase } from "../fixtures/db";
import { DASHBOARD_PERIOD, DASHBOARD_TODAY, seedDashboardBuyer, dashboardOf, type DashboardWorld } from "../fixtures/dashboard";

const { db } = await openTestDatabase();

let a: DashboardWorld;
let b: DashboardWorld;

beforeAll(async () => {
  a = await seedDashboardBuyer(db, " S");
  b = await seedDashboardBuyer(db, " T");
});

const asfaltBar = async (world: DashboardWorld) => (await dashboardOf(world)).packages.bars.find((bar) => bar.package === "asfalt");

async function reportOf(world: DashboardWorld, contractId: string, quarter: string) {
  const [row] = await db
    .select({ id: reports.id })
    .from(reports)
    .where(and(eq(reports.tenantId, world.buyer.org.id), eq(reports.contractId, contractId), eq(reports.quarter, quarter)));
  return row.id;
}

type SummaryRow = { contract: string; quarter: string; indicator: string; numbers: number; total: string | null };
const SUMMARY = (tenantId: string) =>
  sql`select contract_id::text as contract, quarter, indicator_id::text as indicator, numbers, verified_numbers,
             total::float8::text as total, verified_total::float8::text as verified_total, quantified, quantified_total::float8::text as quantified_total
      from contract_quarter_values where tenant_id = ${tenantId}::uuid order by 1, 2, 3`;
const ANSWERS = (tenantId: string) =>
  sql`select contract_id::text as contract, quarter, answers, verified_answers
      from contract_quarter_answers where tenant_id = ${tenantId}::uuid order by 1, 2`;

const summariesOf = (tenantId: string) =>
  db.transaction(async (tx) => ({
    values: await queryRows<SummaryRow>(tx as unknown as Db, SUMMARY(tenantId)),
    answers: await queryRows(tx as unknown as Db, ANSWERS(tenantId)),
  }));

/** Every quarter of the tenant marked and written again from its values: what the summaries must equal. */
async function rewriteFromScratch(tenantId: string) {
  await db.execute(sql`insert into contract_quarter_values_stale (tenant_id, contract_id, quarter)
    select tenant_id, contract_id, quarter from reports where tenant_id = ${tenantId}::uuid
    on conflict do nothing`);
  await db.execute(sql`select refresh_contract_quarter_values(${tenantId}::uuid)`);
}

describe("summaries of accepted values", () => {
  it("follow a value corrected on an accepted report, and a report that is no longer accepted", async () => {
    dashboardCache.clear();
    expect(await asfaltBar(a)).toMatchObject({ value: 17, values: 2 });

    const q1 = await reportOf(a, a.c1.id, "2026-Q1");
    await db
      .update(reportValues)
      .set({ value: "10" })
      .where(and(eq(reportValues.tenantId, a.buyer.org.id), eq(reportValues.reportId, q1), eq(reportValues.kpiId, a.kpis.k1a)));
    expect(await asfaltBar(a)).toMatchObject({ value: 19, values: 2 });

    // Questions about Q2: its values no longer count until it is accepted again.
    const q2 = await reportOf(a, a.c1.id, "2026-Q2");
    await db
      .update(reports)
      .set({ status: "clarification_requested" })
      .where(and(eq(reports.tenantId, a.buyer.org.id), eq(reports.id, q2)));
    expect(await asfaltBar(a)).toMatchObject({ value: 10, values: 1 });
    await db
      .update(reports)
      .set({ status: "accepted" })
      .where(and(eq(reports.tenantId, a.buyer.org.id), eq(reports.id, q2)));
    expect(await asfaltBar(a)).toMatchObject({ value: 19, values: 2 });

    // The other buyer's figures never moved.
    expect(await asfaltBar(b)).toMatchObject({ value: 17, values: 2 });
  });

  it("reach the page's dashboard, whose statements run in transactions of their own, as they reach one read in a transaction", async () => {
    const coordinator = a.buyer.as.coordinator;
    const request = { search: { van: DASHBOARD_PERIOD.from, tot: DASHBOARD_PERIOD.to }, today: DASHBOARD_TODAY };
    const onPage = () => pageDashboard(coordinator, request, coordinator.db);
    dashboardCache.clear();
    const before = await onPage();
    dashboardCache.clear();
    expect(before).toEqual(await dashboardOf(a));

    // A corrected value marks its quarter; the page's version transaction writes the summary and
    // commits it before the sections are read elsewhere.
    const q1 = await reportOf(a, a.c1.id, "2026-Q1");
    await db
      .update(reportValues)
      .set({ value: "12" })
      .where(and(eq(reportValues.tenantId, a.buyer.org.id), eq(reportValues.reportId, q1), eq(reportValues.kpiId, a.kpis.k1a)));
    const after = await onPage();
    expect(after.packages.bars.find((bar) => bar.package === "asfalt")).toMatchObject({ value: 21, values: 2 });
    dashboardCache.clear();
    expect(after).toEqual(await dashboardOf(a));
    await db
      .update(reportValues)
      .set({ value: "10" })
      .where(and(eq(reportValues.tenantId, a.buyer.org.id), eq(reportValues.reportId, q1), eq(reportValues.kpiId, a.kpis.k1a)));

    // Not for a supplier, whatever the transactions.
    await expect(pageDashboard(a.suppliers[0].as.admin, request, a.suppliers[0].as.admin.db)).rejects.toThrow(/opdrachtgever/);
  });

  it("equal summaries written from scratch, after every change above", async () => {
    // Read the current summaries through a dashboard first, so every mark has been worked off.
    await dashboardOf(a);
    const current = await summariesOf(a.buyer.org.id);
    expect(current.values.length).toBeGreaterThan(0);
    expect(current.values.some((row) => row.total === "10")).toBe(true);
    await rewriteFromScratch(a.buyer.org.id);
    expect(await summariesOf(a.buyer.org.id)).toEqual(current);
  });

  it("are read by their own buyer only, and written and marked by no one but the database", async () => {
    const own = await withTenant(
      a.buyer.as.coordinator,
      (tx) => queryRows(tx, sql`select tenant_id::text as t from contract_quarter_values`),
      a.buyer.as.coordinator.db,
    );
    expect(own.length).toBeGreaterThan(0);
    expect(new Set(own.map((row) => (row as { t: string }).t))).toEqual(new Set([a.buyer.org.id]));
    const answers = await withTenant(
      b.buyer.as.coordinator,
      (tx) => queryRows(tx, sql`select 1 from contract_quarter_answers where tenant_id = ${a.buyer.org.id}::uuid`),
      b.buyer.as.coordinator.db,
    );
    expect(answers).toEqual([]);
    const [s1] = a.suppliers;
    expect(await withTenant(s1.as.admin, (tx) => queryRows(tx, sql`select 1 from contract_quarter_values`), s1.as.admin.db)).toEqual([]);

    const forged = withTenant(
      a.buyer.as.admin,
      (tx) => tx.execute(sql`update contract_quarter_values set total = 0 where tenant_id = ${a.buyer.org.id}::uuid`),
      a.buyer.as.admin.db,
    );
    expect(await databaseError(forged)).toMatch(/permission denied/);
    // A mark waiting for the next dashboard is seen by nobody but the database's own functions.
    await db.execute(sql`insert into contract_quarter_values_stale (tenant_id, contract_id, quarter)
      values (${a.buyer.org.id}::uuid, ${a.c1.id}::uuid, '2026-Q1') on conflict do nothing`);
    const marks = await withTenant(
      a.buyer.as.admin,
      (tx) => queryRows(tx, sql`select 1 from contract_quarter_values_stale`),
      a.buyer.as.admin.db,
    );
    expect(marks).toEqual([]);
    const forgedMark = withTenant(
      a.buyer.as.admin,
      (tx) => tx.execute(sql`delete from contract_quarter_values_stale where tenant_id = ${a.buyer.org.id}::uuid`),
      a.buyer.as.admin.db,
    );
    expect(await databaseError(forgedMark)).toMatch(/permission denied/);
  });
});
