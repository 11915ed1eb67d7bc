// The organisation dashboard against a real database with a known data set
// (tests/fixtures/dashboard.ts): every expected number below is worked out by hand there.
import { and, eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { kpiThemes } from "@/db/schema";
import { parseFilters } from "@/lib/dashboard/filters";
import { loadDashboard } from "@/lib/dashboard/queries";
import { organisationDashboard } from "@/lib/dashboard/service";
import { countingDb } from "@/lib/dashboard/query-count";
import { openTestDatabase } from "../fixtures/db";
import { DASHBOARD_PERIOD, DASHBOARD_TODAY, seedDashboardBuyer, type DashboardWorld } from "../fixtures/dashboard";
import { withTenant } from "@/lib/tenancy";

const { db } = await openTestDatabase();

let a: DashboardWorld;
let b: DashboardWorld;

beforeAll(async () => {
  a = await seedDashboardBuyer(db, " A");
  b = await seedDashboardBuyer(db, " B");
});

function load(world: DashboardWorld, params: Record<string, string> = {}, limit: number | null = 15) {
  const ctx = world.buyer.as.coordinator;
  const filters = parseFilters({ van: DASHBOARD_PERIOD.from, tot: DASHBOARD_PERIOD.to, ...params }, DASHBOARD_TODAY);
  return withTenant(ctx, (tx) => loadDashboard(tx, { tenantId: ctx.org.id, filters, today: DASHBOARD_TODAY, limit }), ctx.db);
}

describe("organisation dashboard sections", () => {
  it("colours the wheel by the latest final review per contract, with the review before as trend", async () => {
    const { wheel } = await load(a);
    expect(wheel.year).toBe(2026);
    const byName = Object.fromEntries(wheel.themes.map((t) => [t.name, t]));
    // Klimaat: C1 2026-Q2 K1a on track, C2 2026-Q2 K2a (linked to last year's organisation theme of the same name) on track; before: C1 Q1 on track.
    expect(byName.Klimaat).toMatchObject({ onTrack: 2, scored: 2, prevOnTrack: 1, prevScored: 1 });
    // Circulair: K1b at risk, K2b not scored (left out), K2c off track → 0 of 2; before: K1b off track → 0 of 1.
    expect(byName.Circulair).toMatchObject({ onTrack: 0, scored: 2, prevOnTrack: 0, prevScored: 1 });
    expect(byName.Sociaal).toMatchObject({ onTrack: 0, scored: 0 });
  });

  it("adds target actuals per year by aggregation: CO2e summed, MKI weighted by contract value", async () => {
    const { targets } = await load(a);
    const co2e = targets.find((t) => t.name.startsWith("CO2e"))!;
    // 2025: C1 10 + 12; 2026: C1 8 + 9 (Q3 not accepted) plus C2 5 + 7.
    expect(co2e.actuals).toEqual([
      { year: 2025, value: 22, contracts: 1, quarters: 2, values: 2, verifiedValues: 0 },
      { year: 2026, value: 29, contracts: 2, quarters: 2, values: 4, verifiedValues: 0 },
    ]);
    const mki = targets.find((t) => t.name.startsWith("MKI"))!;
    // 2025: C1 avg(40, 42) = 41; 2026: C1 avg(41, 39) = 40 (€ 1 mln), C2 avg(30, 34) = 32 (€ 3 mln) → (40 + 3 × 32) / 4 = 34.
    expect(mki.actuals.map((y) => [y.year, y.value])).toEqual([
      [2025, 41],
      [2026, 34],
    ]);
  });

  it("shows CO2e per purchasing package for the period", async () => {
    const { packages } = await load(a);
    expect(packages.indicator?.code).toBe("co2e");
    expect(packages.bars).toEqual([
      { package: "asfalt", value: 17, contracts: 1, values: 2, verifiedValues: 0 },
      { package: "catering", value: 12, contracts: 1, values: 2, verifiedValues: 0 },
    ]);
  });

  it("puts promises that fall short first, then kept ones, then those without delivery", async () => {
    const { promises } = await load(a);
    expect(promises).toMatchObject({ total: 3, short: 1, noData: 1 });
    const [first, second, third] = promises.rows;
    // MKI promised 38,5, delivered 39 in 2026-Q2 (lower is better): 0,5 short.
    expect(first).toMatchObject({ promised: 38.5, realised: 39, realisedQuarter: "2026-Q2", gap: 0.5 });
    expect(second).toMatchObject({ promised: 20, realised: 7, gap: -13 });
    expect(third).toMatchObject({ promised: 5, realised: null, gap: null });
  });

  it("sums the malus of final reviews in the period per quarter and per contract", async () => {
    const { malus } = await load(a);
    expect(malus.totalCents).toBe(170_000);
    expect(malus.perQuarter).toEqual([
      { quarter: "2026-Q1", cents: 50_000, contracts: 1 },
      { quarter: "2026-Q2", cents: 120_000, contracts: 1 },
    ]);
    expect(malus.perContract.map((c) => [c.title, c.cents])).toEqual([
      ["Catering Stadhuis A", 120_000],
      ["Asfalt Noord A", 50_000],
    ]);
  });

  it("classifies reports against their due date in Amsterdam time", async () => {
    const { discipline } = await load(a);
    expect(discipline).toEqual([
      { quarter: "2026-Q1", onTime: 1, late: 1, missing: 0, notDue: 0 },
      { quarter: "2026-Q2", onTime: 1, late: 1, missing: 0, notDue: 0 },
      { quarter: "2026-Q3", onTime: 1, late: 0, missing: 1, notDue: 0 },
      { quarter: "2026-Q4", onTime: 0, late: 0, missing: 0, notDue: 2 },
    ]);
  });

  it("draws the heat map from final reviews only, worst contracts first", async () => {
    const { heatmap } = await load(a);
    expect(heatmap.contracts).toBe(2);
    const c1 = heatmap.rows.find((r) => r.contractId === a.c1.id)!;
    expect(c1.share).toBe(0.5);
    // Overall scores: on track and off track (100 + 0) / 2 = 50; on track and at risk 75.
    expect(c1.cells).toEqual([
      { quarter: "2026-Q1", onTrack: 1, scored: 2, worst: 3, score: 50 },
      { quarter: "2026-Q2", onTrack: 1, scored: 2, worst: 2, score: 75 },
    ]);
    expect(c1.latestScore).toBe(75);
    const c2 = heatmap.rows.find((r) => r.contractId === a.c2.id)!;
    // The KPI not scored is left out: (100 + 0) / 2.
    expect(c2.cells).toEqual([{ quarter: "2026-Q2", onTrack: 1, scored: 2, worst: 3, score: 50 }]);
  });

  it("shows the first rows of the heat map's order, each with all its quarters, and counts them all", async () => {
    const all = (await load(a, {}, null)).heatmap;
    const first = (await load(a, {}, 1)).heatmap;
    expect(all.rows).toHaveLength(2);
    // Equal shares: by title, then by id.
    expect(all.rows.map((r) => r.title)).toEqual([...all.rows.map((r) => r.title)].sort((x, y) => x.localeCompare(y, "nl")));
    expect(first.contracts).toBe(2);
    expect(first.rows).toEqual([all.rows[0]]);
  });

  it("averages the overall scores per supplier and per purchasing package, lowest first", async () => {
    const { scores } = await load(a);
    // Asphalt (supplier one): (50 + 75) / 2 = 62,5 → 63; catering (supplier two): 50.
    expect(scores.byPackage).toEqual([
      { name: "catering", score: 50, reviews: 1, contracts: 1 },
      { name: "asfalt", score: 63, reviews: 2, contracts: 1 },
    ]);
    expect(scores.bySupplier.map((g) => [g.score, g.reviews])).toEqual([
      [50, 1],
      [63, 2],
    ]);
  });

  it("finds top-priority themes no active KPI serves (a retired KPI does not count)", async () => {
    const { gaps } = await load(a);
    expect(gaps.map((g) => g.name)).toEqual(["Sociaal"]);
  });

  it("counts a theme served by an active KPI linked to the organisation theme itself", async () => {
    // Not through a contract theme that concretises it: straight to the organisation's "Sociaal".
    const link = { tenantId: a.buyer.org.id, kpiId: a.kpis.k2a, themeId: a.themes.sociaal };
    await db.insert(kpiThemes).values(link);
    try {
      expect((await load(a)).gaps).toEqual([]);
    } finally {
      await db.delete(kpiThemes).where(and(eq(kpiThemes.kpiId, link.kpiId), eq(kpiThemes.themeId, link.themeId)));
    }
    expect((await load(a)).gaps.map((g) => g.name)).toEqual(["Sociaal"]);
  });

  it("lists contracts needing attention: off-track KPIs, overdue reports, overdue open actions", async () => {
    const { attention } = await load(a);
    expect(attention.total).toBe(2);
    expect(attention.rows[0]).toMatchObject({
      contractId: a.c2.id,
      offTrack: 1,
      reviewQuarter: "2026-Q2",
      overdueReports: 1,
      oldestOverdue: "2026-Q3",
      overdueActions: 0,
    });
    expect(attention.rows[1]).toMatchObject({ contractId: a.c1.id, offTrack: 0, overdueReports: 0, overdueActions: 1 });
  });

  it("filters every section by purchasing package", async () => {
    const d = await load(a, { pakket: "asfalt" });
    expect(d.options.contracts).toBe(1);
    expect(d.options.packages).toEqual(["asfalt", "catering"]);
    expect(d.packages.bars).toEqual([{ package: "asfalt", value: 17, contracts: 1, values: 2, verifiedValues: 0 }]);
    expect(d.targets.find((t) => t.name.startsWith("CO2e"))!.actuals.at(-1)).toMatchObject({ year: 2026, value: 17 });
    expect(d.discipline[1]).toEqual({ quarter: "2026-Q2", onTime: 1, late: 0, missing: 0, notDue: 0 });
    expect(d.malus.totalCents).toBe(50_000);
  });

  it("filters by supplier, contract manager and cooperation form", async () => {
    expect((await load(a, { leverancier: a.suppliers[1].org.id })).heatmap.rows.map((r) => r.contractId)).toEqual([a.c2.id]);
    expect((await load(a, { contractmanager: a.buyer.as.contract_manager.userId })).options.contracts).toBe(1);
    expect((await load(a, { samenwerking: "transactioneel" })).malus.totalCents).toBe(120_000);
  });

  it("limits the period: only 2026-Q2 leaves one malus quarter", async () => {
    const d = await load(a, { van: "2026-Q2", tot: "2026-Q2" });
    expect(d.malus.perQuarter.map((q) => q.quarter)).toEqual(["2026-Q2"]);
    expect(d.discipline.map((q) => q.quarter)).toEqual(["2026-Q2"]);
  });

  it("shows buyer A nothing of buyer B, and B nothing of A", async () => {
    const [dashA, dashB] = [JSON.stringify(await load(a, {}, null)), JSON.stringify(await load(b, {}, null))];
    for (const id of [b.c1.id, b.c2.id, b.themes.klimaat, b.buyer.org.id, "Asfalt Noord B"]) expect(dashA).not.toContain(id);
    for (const id of [a.c1.id, a.c2.id, a.themes.klimaat, "Catering Stadhuis A"]) expect(dashB).not.toContain(id);
    expect(dashB).toContain(b.c1.id);
  });

  it("costs at most six statements, tenant set-up included", async () => {
    const counter = countingDb(db);
    const ctx = { ...a.buyer.as.coordinator, db: counter.db };
    await withTenant(ctx, (tx) => organisationDashboard(tx, ctx, { search: {}, today: DASHBOARD_TODAY }), ctx.db);
    expect(counter.count()).toBeLessThanOrEqual(6);
    // The tenant transaction (settings and role together), the data version with the summaries of
    // changed quarters written first, three for the sections and one for the quarters' closes.
    expect(counter.count()).toBe(6);
  });
});
