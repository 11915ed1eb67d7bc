// The board report as a record: made by the coordinator from the dashboard of the day, read by
// every reader of the buyer (the bestuurder among them), never recomputed when the data changes,
// never changed in the database, and invisible to another buyer.
import { and, eq, sql } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { auditEvents, reportValues, reports, valueVerifications } from "@/db/schema";
import { createBoardReport } from "@/lib/board-reports/actions";
import { boardReportPage, boardReportsPage } from "@/lib/board-reports/pages";
import { dashboardCache } from "@/lib/dashboard/cache";
import { organisationDashboard } from "@/lib/dashboard/service";
import { NotFoundError } from "@/lib/errors";
import { withTenant } from "@/lib/tenancy";
import { databaseError, openTestDatabase } from "../fixtures/db";
import { boardReportForm } from "../fixtures/board-reports";
import { DASHBOARD_PERIOD, seedDashboardBuyer, type DashboardWorld } from "../fixtures/dashboard";
import { createSupplier, expectOk } from "../fixtures/factories";

const { db } = await openTestDatabase();
let a: DashboardWorld;
let b: DashboardWorld;
let reportId = "";

beforeAll(async () => {
  a = await seedDashboardBuyer(db, " R");
  b = await seedDashboardBuyer(db, " S");
  reportId = expectOk(await createBoardReport.run(a.buyer.as.coordinator, boardReportForm())).id;
});

const k1aValueOf = async (quarter: string) => {
  const [row] = await db
    .select({ id: reportValues.id })
    .from(reportValues)
    .innerJoin(reports, and(eq(reports.tenantId, reportValues.tenantId), eq(reports.id, reportValues.reportId)))
    .where(and(eq(reportValues.kpiId, a.kpis.k1a), eq(reports.quarter, quarter)));
  return row.id;
};

describe("board reports", () => {
  it("keeps the dashboard's figures, the coordinator's text and who made it", async () => {
    const report = await boardReportPage(a.buyer.as.bestuurder, reportId, db);
    expect(report.summary).toMatch(/CO2-doelstelling/);
    expect(report.createdByName).toBe(a.buyer.as.coordinator.name ?? a.buyer.as.coordinator.email);
    const s = report.snapshot;
    expect(s.period).toEqual(DASHBOARD_PERIOD);
    expect(s.contracts).toBe(2);
    const co2e = s.targets.find((t) => t.name.startsWith("CO2e"))!;
    expect(co2e.years.find((y) => y.year === 2026)).toMatchObject({ actual: 29, contracts: 2, values: 4, verifiedValues: 0 });
    expect(co2e.years.find((y) => y.year === 2028)).toMatchObject({ target: 70, actual: null });
    expect(s.malus).toMatchObject({ totalCents: 170_000, contractsWithMalus: 2 });
    expect(s.verification).toEqual({ values: 8, verifiedValues: 0 });
    expect(report.verifiedShare).toBe(0);
    expect(s.risks).toContain("1 toezegging wordt niet waargemaakt.");
    expect(s.risks.some((r) => /^Slechts 0\s?% van de geaccepteerde waarden/.test(r))).toBe(true);
  });

  it("does not change when the data behind it changes later", async () => {
    const before = (await boardReportPage(a.buyer.as.coordinator, reportId, db)).snapshot;
    const valueId = await k1aValueOf("2026-Q1");
    await db.update(reportValues).set({ value: "80" }).where(eq(reportValues.id, valueId));
    await db.insert(valueVerifications).values({
      tenantId: a.buyer.org.id,
      contractId: a.c1.id,
      reportValueId: valueId,
      status: "geverifieerd",
    });
    dashboardCache.clear();
    const ctx = a.buyer.as.coordinator;
    const live = await withTenant(
      ctx,
      (tx) => organisationDashboard(tx, ctx, { search: { van: DASHBOARD_PERIOD.from, tot: DASHBOARD_PERIOD.to } }),
      db,
    );
    // The dashboard moves on (8 became 80, one value verified) ...
    expect(live.targets.find((t) => t.name.startsWith("CO2e"))!.years.find((y) => y.year === 2026)).toMatchObject({
      actual: 101,
      verifiedValues: 1,
    });
    // ... the record stays as it was made.
    expect((await boardReportPage(a.buyer.as.coordinator, reportId, db)).snapshot).toEqual(before);
  });

  it("is refused by the database when anyone tries to change or remove it", async () => {
    const update = await databaseError(
      withTenant(a.buyer.as.coordinator, (tx) => tx.execute(sql`update board_reports set summary = 'anders'`), db),
    );
    expect(update).toMatch(/permission denied/);
    const remove = await databaseError(withTenant(a.buyer.as.coordinator, (tx) => tx.execute(sql`delete from board_reports`), db));
    expect(remove).toMatch(/permission denied/);
  });

  it("lists the buyer's reports for its readers and writes an audit event naming the coordinator", async () => {
    for (const role of ["bestuurder", "viewer", "admin", "contract_manager"] as const) {
      const page = await boardReportsPage(a.buyer.as[role], db);
      expect(page.reports.map((r) => r.id)).toEqual([reportId]);
      expect(page.canCreate).toBe(false);
    }
    expect((await boardReportsPage(a.buyer.as.coordinator, db)).canCreate).toBe(true);
    const [event] = await db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.entity, "board_report"), eq(auditEvents.entityId, reportId)));
    expect(event).toMatchObject({ action: "create", actorUserId: a.buyer.as.coordinator.userId });
  });

  it("is not found from another buyer, and other roles cannot make one", async () => {
    await expect(boardReportPage(b.buyer.as.coordinator, reportId, db)).rejects.toBeInstanceOf(NotFoundError);
    expect((await boardReportsPage(b.buyer.as.bestuurder, db)).reports).toEqual([]);
    for (const role of ["admin", "contract_manager", "viewer", "bestuurder", "verifier"] as const) {
      const result = await createBoardReport.run(a.buyer.as[role], boardReportForm());
      expect(result).toMatchObject({ ok: false, code: "ForbiddenError" });
    }
    const supplier = await createSupplier(db);
    expect(await createBoardReport.run(supplier.as.admin, boardReportForm())).toMatchObject({ ok: false, code: "ForbiddenError" });
    await expect(boardReportsPage(supplier.as.admin, db)).rejects.toThrow();
    await expect(boardReportPage(a.buyer.as.verifier, reportId, db)).rejects.toThrow();
  });

  it("asks for the text at its field and keeps a verified-only report's choice", async () => {
    const empty = await createBoardReport.run(a.buyer.as.coordinator, boardReportForm({ summary: "   " }));
    expect(empty).toMatchObject({ ok: false, fieldErrors: { summary: "Schrijf een korte toelichting voor het bestuur." } });
    const id = expectOk(await createBoardReport.run(a.buyer.as.coordinator, boardReportForm({ verifiedOnly: "ja" }))).id;
    const s = (await boardReportPage(a.buyer.as.coordinator, id, db)).snapshot;
    expect(s.verifiedOnly).toBe(true);
    // Only the verified (changed) 80 of C1 in 2026.
    expect(s.targets.find((t) => t.name.startsWith("CO2e"))!.years.find((y) => y.year === 2026)).toMatchObject({ actual: 80 });
  });
});
