// Closing a quarter: refused while its reviews are not final, the dashboard reads a closed quarter
// from the close's record (later changes to the live rows do not move it), a reopening takes two
// people of different roles, changes after the close show as corrections in the next open
// quarter, and a year is closed when its four quarters are. Against PGlite and PostgreSQL.
import { and, eq, gte, inArray, lte, ne, sql } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { contracts, reportValues, reports, reviews } from "@/db/schema";
import { parseQuarter, quarterEndDate, quarterStartDate } from "@/lib/periods";
import { dashboardCache } from "@/lib/dashboard/cache";
import { dashboardTables } from "@/lib/dashboard/export";
import { countingDb } from "@/lib/dashboard/query-count";
import { organisationDashboard } from "@/lib/dashboard/service";
import { approveReopen, closeQuarter, requestReopen } from "@/lib/period-close/actions";
import { periodOverview } from "@/lib/period-close/overview";
import { amendReview } from "@/lib/reviews/amend-actions";
import { planReview } from "@/lib/reviews/plan-actions";
import { withTenant } from "@/lib/tenancy";
import { databaseError, openTestDatabase } from "../fixtures/db";
import { DASHBOARD_PERIOD, DASHBOARD_TODAY, seedDashboardBuyer, type DashboardWorld } from "../fixtures/dashboard";
import { addMember, actorContext, expectOk } from "../fixtures/factories";
import { insertReviewRow } from "../fixtures/reviews";
import type { Caller } from "@/lib/http/steps";

const { db } = await openTestDatabase();

let w: DashboardWorld;
let other: DashboardWorld;

beforeAll(async () => {
  w = await seedDashboardBuyer(db, " P");
  other = await seedDashboardBuyer(db, " Q");
});

const search = new URLSearchParams(`van=${DASHBOARD_PERIOD.from}&tot=${DASHBOARD_PERIOD.to}`);
function dashboardOf(world: DashboardWorld) {
  const ctx = world.buyer.as.coordinator;
  return withTenant(ctx, (tx) => organisationDashboard(tx, ctx, { search, today: DASHBOARD_TODAY }), db);
}

/** The figures a person reads for the second quarter of 2026 and the CO2e target's year. */
function q2Figures(d: Awaited<ReturnType<typeof dashboardOf>>) {
  const co2 = d.targets.find((t) => t.name.startsWith("CO2e"))!;
  return {
    malus: d.malus.perQuarter.find((m) => m.quarter === "2026-Q2"),
    cells: d.heatmap.rows.map((r) => r.cells.find((c) => c.quarter === "2026-Q2")),
    themes: d.wheel.themes.map((t) => [t.name, t.onTrack, t.scored]),
    co2Year2026: co2.years.find((y) => y.year === 2026),
    discipline: d.discipline.find((q) => q.quarter === "2026-Q2"),
  };
}

/** What adds up over the whole period: the package bars and the promises' realised values. */
function periodFigures(d: Awaited<ReturnType<typeof dashboardOf>>) {
  return {
    bars: Object.fromEntries(d.packages.bars.map((b) => [b.package, b.value])),
    promises: Object.fromEntries(d.promises.rows.map((p) => [p.description, [p.realised, p.realisedQuarter]])),
  };
}

/** A final review of the quarter for every contract of the world that ran in it without one. */
async function reviewEveryContract(world: DashboardWorld, quarter: string) {
  const [starts, ends] = [quarterStartDate(parseQuarter(quarter)!), quarterEndDate(parseQuarter(quarter)!)];
  const missing = await db
    .select({ tenantId: contracts.tenantId, id: contracts.id })
    .from(contracts)
    .where(
      and(
        eq(contracts.tenantId, world.buyer.org.id),
        ne(contracts.status, "draft"),
        lte(contracts.startDate, ends),
        gte(contracts.endDate, starts),
        sql`not exists (select 1 from reviews r where r.tenant_id = ${contracts.tenantId} and r.contract_id = ${contracts.id} and r.quarter = ${quarter})`,
      ),
    );
  for (const contract of missing) await insertReviewRow(db, contract, quarter, { status: "final" });
}

async function secondPerson(world: DashboardWorld, role: "coordinator" | "admin"): Promise<Caller> {
  const user = await addMember(db, world.buyer.org, role);
  return actorContext(db, user.id, world.buyer.org.slug);
}

describe("closing a quarter", () => {
  it("is refused while a review of the quarter is not final, naming how many", async () => {
    const result = await closeQuarter.run(w.buyer.as.coordinator, { quarter: "2026-Q3" });
    expect(result).toMatchObject({ ok: false, code: "ValidationError", error: expect.stringContaining("1 review niet definitief") });
    const years = await withTenant(
      w.buyer.as.coordinator,
      (tx) => periodOverview(tx, { tenantId: w.buyer.org.id, today: DASHBOARD_TODAY }),
      db,
    );
    const q3 = years.find((y) => y.year === 2026)!.quarters.find((q) => q.quarter === "2026-Q3")!;
    expect(q3).toMatchObject({ status: "blocked" });
    expect(q3.reasons[0]).toBe("1 review niet definitief");
    expect(q3.openReviews.filter((r) => r.id !== null).map((r) => r.title)).toEqual(["Catering Stadhuis P"]);
    // A contract that ran in the quarter without any review of it blocks the close as well.
    const unreviewed = q3.openReviews.filter((r) => r.id === null);
    expect(q3.reasons.slice(1)).toEqual(
      unreviewed.length === 0 ? [] : [`${unreviewed.length} contract${unreviewed.length === 1 ? "" : "en"} zonder review van dit kwartaal`],
    );
  });

  it("is for the coordinator: a contract manager, a viewer and a supplier are refused", async () => {
    for (const ctx of [w.buyer.as.contract_manager, w.buyer.as.viewer, w.buyer.as.admin]) {
      expect(await closeQuarter.run(ctx, { quarter: "2026-Q1" })).toMatchObject({ ok: false, code: "ForbiddenError" });
    }
  });

  it("freezes the dashboard's figures of the closed quarter while open quarters stay live", async () => {
    dashboardCache.clear();
    const before = await dashboardOf(w);
    expect(before.closedQuarters).toEqual([]);
    const closed = expectOk(await closeQuarter.run(w.buyer.as.coordinator, { quarter: "2026-Q2" }));
    // Two final reviews; four accepted values (CO2e and MKI of both contracts); two targets.
    expect(closed).toMatchObject({ quarter: "2026-Q2", contracts: 2, values: 4, targets: 2 });

    const atClose = await dashboardOf(w);
    expect(atClose.closedQuarters).toEqual(["2026-Q2"]);
    // Read from the record, the figures are those of the moment of closing.
    expect(q2Figures(atClose)).toEqual(q2Figures(before));
    expect(q2Figures(atClose).malus).toEqual({ quarter: "2026-Q2", cents: 120_000, contracts: 1 });

    // The live rows change behind the close: a report value of the quarter and a review summary.
    const [q2Report] = await db
      .select()
      .from(reports)
      .where(and(eq(reports.tenantId, w.buyer.org.id), eq(reports.contractId, w.c1.id), eq(reports.quarter, "2026-Q2")));
    await db
      .update(reportValues)
      .set({ value: "90" })
      .where(and(eq(reportValues.reportId, q2Report.id), eq(reportValues.kpiId, w.kpis.k1a)));
    await db.execute(
      sql`update review_outcomes set malus_applied_cents = 1 where tenant_id = ${w.buyer.org.id}::uuid and quarter = '2026-Q2'`,
    );
    await db
      .update(reportValues)
      .set({ value: "1" })
      .where(and(eq(reportValues.reportId, q2Report.id), eq(reportValues.kpiId, w.kpis.k1b)));
    // The reports of both quarters get a later due date: Catering's late report of the closed
    // quarter and Asfalt's late one of the open first quarter now count as on time, live.
    await db
      .update(reports)
      .set({ dueDate: "2026-08-31" })
      .where(and(eq(reports.tenantId, w.buyer.org.id), inArray(reports.quarter, ["2026-Q1", "2026-Q2"])));
    // An open quarter's change is read live.
    const [q1Report] = await db
      .select()
      .from(reports)
      .where(and(eq(reports.tenantId, w.buyer.org.id), eq(reports.contractId, w.c1.id), eq(reports.quarter, "2026-Q1")));
    await db
      .update(reportValues)
      .set({ value: "18" })
      .where(and(eq(reportValues.reportId, q1Report.id), eq(reportValues.kpiId, w.kpis.k1a)));

    const after = await dashboardOf(w);
    expect(q2Figures(after).discipline).toEqual(q2Figures(before).discipline);
    expect(q2Figures(before).discipline).toMatchObject({ onTime: 1, late: 1 });
    expect(after.discipline.find((q) => q.quarter === "2026-Q1")).toMatchObject({ onTime: 2, late: 0 });
    // The bars add the closed quarter as recorded (asfalt's CO2e 9, not 90) and the open one live (8 → 18).
    expect(periodFigures(after).bars).toEqual({ ...periodFigures(before).bars, asfalt: periodFigures(before).bars.asfalt + 10 });
    // The MKI promise keeps the second quarter's recorded 39, not the 1 written behind the close.
    expect(periodFigures(after).promises).toEqual(periodFigures(before).promises);
    expect(periodFigures(after).promises["MKI asfalt"]).toEqual([39, "2026-Q2"]);
    expect(q2Figures(after).malus).toEqual(q2Figures(before).malus);
    expect(q2Figures(after).cells).toEqual(q2Figures(before).cells);
    expect(q2Figures(after).themes).toEqual(q2Figures(before).themes);
    // 2026: c1 8 → 18 in the open first quarter counts, c1's 9 → 90 in the closed second does not.
    expect(q2Figures(after).co2Year2026!.actual).toBe(q2Figures(before).co2Year2026!.actual! + 10);

    // The changed report value is a correction in the next open quarter, naming the closed one.
    expect(after.corrections).toContainEqual(
      expect.objectContaining({
        kind: "target",
        corrects: "2026-Q2",
        quarter: "2026-Q3",
        before: "9",
        after: "90",
        contractTitle: "Asfalt Noord P",
      }),
    );
    // The export reads the same record and says which quarter is closed.
    const malusSheet = dashboardTables(after).find((t) => t.key === "malus-kwartaal")!;
    expect(malusSheet.rows.map((r) => [r[0], r[3]])).toEqual([
      ["2026 K1", "Open"],
      ["2026 K2", "Afgesloten"],
    ]);
    expect(dashboardTables(after).find((t) => t.key === "correcties")!.rows).toContainEqual(
      expect.arrayContaining(["2026 K3", "2026 K2", "Asfalt Noord P"]),
    );
    // The other buyer's dashboard knows nothing of this close.
    expect((await dashboardOf(other)).closedQuarters).toEqual([]);
  });

  it("keeps the dashboard within its budget of six statements with closes to read", async () => {
    dashboardCache.clear();
    const counter = countingDb(db);
    const ctx = { ...w.buyer.as.coordinator, db: counter.db };
    await withTenant(ctx, (tx) => organisationDashboard(tx, ctx, { search, today: DASHBOARD_TODAY }), counter.db);
    expect(counter.count()).toBeLessThanOrEqual(6);
  });

  it("keeps the stored record unchangeable and refuses reviews of the closed quarter", async () => {
    expect(
      await databaseError(
        db.execute(sql`update period_close_contracts set malus_applied_cents = 0 where tenant_id = ${w.buyer.org.id}::uuid`),
      ),
    ).toMatch(/veranderen niet/);
    expect(await databaseError(db.execute(sql`delete from period_close_targets where tenant_id = ${w.buyer.org.id}::uuid`))).toMatch(
      /veranderen niet/,
    );
    // A new review in the closed quarter is refused by the database itself.
    expect(await databaseError(insertReviewRow(db, w.c2, "2026-Q2"))).toMatch(/afgesloten/);
  });

  it("shows an amendment to a closed quarter's review as a correction in the next open quarter", async () => {
    const [review] = await db
      .select()
      .from(reviews)
      .where(and(eq(reviews.tenantId, w.buyer.org.id), eq(reviews.id, w.reviews.r1b)));
    expectOk(
      await amendReview.run(w.buyer.as.contract_manager, {
        reviewId: review.id,
        kpiId: w.kpis.k1b,
        field: "malus",
        previousValue: "€ 0",
        correctedValue: "€ 500",
        reason: "Besluit in de volgende review: de malus geldt toch.",
      }),
    );
    // No cache clearing: the amendment moves the data version, so the cached dashboard is not served.
    const d = await dashboardOf(w);
    expect(d.corrections).toContainEqual(
      expect.objectContaining({ kind: "amendment", corrects: "2026-Q2", quarter: "2026-Q3", subject: "MKI per ton", after: "€ 500" }),
    );
  });

  it("is reopened only by two people of different roles, each refusal and step audited", async () => {
    const coordinator = w.buyer.as.coordinator;
    const admin = w.buyer.as.admin;
    const years = await withTenant(coordinator, (tx) => periodOverview(tx, { tenantId: w.buyer.org.id, today: DASHBOARD_TODAY }), db);
    const closeId = years.find((y) => y.year === 2026)!.quarters.find((q) => q.quarter === "2026-Q2")!.close!.id;

    // Another buyer's coordinator and the wrong roles cannot touch it.
    expect(await requestReopen.run(other.buyer.as.coordinator, { closeId, reason: "Verkeerd kwartaal afgesloten." })).toMatchObject({
      ok: false,
      code: "NotFoundError",
    });
    for (const ctx of [w.buyer.as.contract_manager, w.buyer.as.viewer, w.suppliers[0].as.admin]) {
      expect(await requestReopen.run(ctx, { closeId, reason: "Verkeerd kwartaal afgesloten." })).toMatchObject({
        ok: false,
        code: "ForbiddenError",
      });
    }
    expect(await requestReopen.run(coordinator, { closeId, reason: "kort" })).toMatchObject({
      ok: false,
      fieldErrors: { reason: expect.any(String) },
    });

    expectOk(await requestReopen.run(coordinator, { closeId, reason: "Een rapportage van Asfalt Noord bleek fout." }));
    // Not the same person, and not a second coordinator: the other role approves.
    expect(await approveReopen.run(coordinator, { closeId })).toMatchObject({
      ok: false,
      code: "ForbiddenError",
      error: expect.stringMatching(/eigen verzoek/),
    });
    expect(await approveReopen.run(await secondPerson(w, "coordinator"), { closeId })).toMatchObject({
      ok: false,
      code: "ForbiddenError",
      error: expect.stringMatching(/beheerder/),
    });
    expect(await approveReopen.run(other.buyer.as.admin, { closeId })).toMatchObject({ ok: false, code: "NotFoundError" });
    // The database refuses an approval by the requester too.
    expect(
      await databaseError(
        db.execute(sql`update period_closes set reopened_by_user_id = reopen_requested_by_user_id, reopened_at = now()
                       where tenant_id = ${w.buyer.org.id}::uuid and id = ${closeId}::uuid`),
      ),
    ).toMatch(/twee verschillende personen/);

    expectOk(await approveReopen.run(admin, { closeId }));
    const events = await db.execute(
      sql`select action, actor_user_id from audit_events where tenant_id = ${w.buyer.org.id}::uuid and entity = 'period_close' order by created_at`,
    );
    const rows = (events as unknown as { rows?: unknown[] }).rows ?? (events as unknown as unknown[]);
    expect(rows).toEqual([
      expect.objectContaining({ action: "close", actor_user_id: coordinator.userId }),
      expect.objectContaining({ action: "request_reopen", actor_user_id: coordinator.userId }),
      expect.objectContaining({ action: "reopen", actor_user_id: admin.userId }),
    ]);

    // Reopened, the quarter is read live again (the changed summary shows) and can be closed again.
    dashboardCache.clear();
    const live = await dashboardOf(w);
    expect(live.closedQuarters).toEqual([]);
    expect(live.malus.perQuarter.find((m) => m.quarter === "2026-Q2")!.cents).toBe(2);
    expectOk(await closeQuarter.run(coordinator, { quarter: "2026-Q2" }));
  });

  it("a reopening asked by an admin is approved by a coordinator", async () => {
    const years = await withTenant(w.buyer.as.admin, (tx) => periodOverview(tx, { tenantId: w.buyer.org.id, today: DASHBOARD_TODAY }), db);
    const closeId = years.find((y) => y.year === 2026)!.quarters.find((q) => q.quarter === "2026-Q2")!.close!.id;
    expectOk(await requestReopen.run(w.buyer.as.admin, { closeId, reason: "De malus van Q2 wordt herzien." }));
    expect(await approveReopen.run(w.buyer.as.admin, { closeId })).toMatchObject({ ok: false, code: "ForbiddenError" });
    expect(await approveReopen.run(await secondPerson(w, "admin"), { closeId })).toMatchObject({ ok: false, code: "ForbiddenError" });
    expectOk(await approveReopen.run(w.buyer.as.coordinator, { closeId }));
  });

  it("refuses to plan a review in a closed quarter with a Dutch message", async () => {
    // The contract had no review of the quarter, which blocks the close; its start date is put
    // after the quarter for the close and corrected afterwards, as a mistyped start date would be.
    const startDate = w.c2.startDate;
    await db.update(contracts).set({ startDate: "2026-04-01" }).where(eq(contracts.id, w.c2.id));
    await reviewEveryContract(w, "2026-Q1");
    expectOk(await closeQuarter.run(w.buyer.as.coordinator, { quarter: "2026-Q1" }));
    await db.update(contracts).set({ startDate }).where(eq(contracts.id, w.c2.id));
    const result = await planReview.run(w.buyer.as.admin, {
      contractId: w.c2.id,
      quarter: "2026-Q1",
      meetingDate: "2026-12-01",
      meetingTime: "14:00",
      durationMinutes: "60",
      location: "Stadhuis",
      userIds: [w.buyer.as.admin.userId, w.suppliers[1].as.admin.userId],
    });
    expect(result).toMatchObject({ ok: false, code: "ValidationError", error: expect.stringContaining("1e kwartaal 2026 is afgesloten") });
  });

  it("closes a year once its four quarters are closed", async () => {
    const coordinator = w.buyer.as.coordinator;
    const overview = () => withTenant(coordinator, (tx) => periodOverview(tx, { tenantId: w.buyer.org.id, today: DASHBOARD_TODAY }), db);
    for (const quarter of ["2025-Q1", "2025-Q2", "2025-Q3", "2025-Q4"]) await reviewEveryContract(w, quarter);
    for (const quarter of ["2025-Q1", "2025-Q2", "2025-Q3"]) expectOk(await closeQuarter.run(coordinator, { quarter }));
    expect((await overview()).find((y) => y.year === 2025)!.closed).toBe(false);
    expectOk(await closeQuarter.run(coordinator, { quarter: "2025-Q4" }));
    const year = (await overview()).find((y) => y.year === 2025)!;
    expect(year.closed).toBe(true);
    expect(year.quarters.every((q) => q.status === "closed")).toBe(true);
    expect(await closeQuarter.run(coordinator, { quarter: "2025-Q4" })).toMatchObject({ ok: false, code: "ConflictError" });
  });
});
