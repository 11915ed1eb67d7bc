// The dashboard's verified-only filter and the verified share of its figures, on the known data set
// of tests/fixtures/dashboard.ts. CO2e values in 2026: C1 Q1 8 (verified), Q2 9 (disputed); C2 Q1 5
// (verified, then set back to not verified), Q2 7 (disputed, then verified). MKI: C2 Q1 30 verified.
// Nothing of 2025 is verified.
import { and, eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import type { Db } from "@/db/client";
import { reportValues, reports, valueVerifications } from "@/db/schema";
import { dashboardCache } from "@/lib/dashboard/cache";
import { filtersToSearch, parseFilters } from "@/lib/dashboard/filters";
import { loadDashboard } from "@/lib/dashboard/queries";
import { organisationDashboard } from "@/lib/dashboard/service";
import { withTenant } from "@/lib/tenancy";
import { recordVerification } from "@/lib/verification/actions";
import { openTestDatabase } from "../fixtures/db";
import { expectOk } from "../fixtures/factories";
import { DASHBOARD_PERIOD, DASHBOARD_TODAY, seedDashboardBuyer, type DashboardWorld } from "../fixtures/dashboard";

const { db } = await openTestDatabase();
let a: DashboardWorld;

async function valueId(db: Db, world: DashboardWorld, kpiId: string, quarter: string) {
  const [row] = await db
    .select({ id: reportValues.id })
    .from(reportValues)
    .innerJoin(reports, and(eq(reports.tenantId, reportValues.tenantId), eq(reports.id, reportValues.reportId)))
    .where(and(eq(reportValues.tenantId, world.buyer.org.id), eq(reportValues.kpiId, kpiId), eq(reports.quarter, quarter)));
  return row.id;
}

async function verify(world: DashboardWorld, kpiId: string, quarter: string, statuses: string[]) {
  const id = await valueId(db, world, kpiId, quarter);
  for (const [i, status] of statuses.entries()) {
    await db.insert(valueVerifications).values({
      tenantId: world.buyer.org.id,
      contractId: kpiId === world.kpis.k2a || kpiId === world.kpis.k2c ? world.c2.id : world.c1.id,
      reportValueId: id,
      status,
      createdAt: new Date(Date.UTC(2026, 10, 1, 10, i)),
    });
  }
}

beforeAll(async () => {
  a = await seedDashboardBuyer(db, " V");
  await verify(a, a.kpis.k1a, "2026-Q1", ["geverifieerd"]);
  await verify(a, a.kpis.k1a, "2026-Q2", ["betwist"]);
  await verify(a, a.kpis.k2a, "2026-Q1", ["geverifieerd", "niet_geverifieerd"]);
  await verify(a, a.kpis.k2a, "2026-Q2", ["betwist", "geverifieerd"]);
  await verify(a, a.kpis.k2c, "2026-Q1", ["geverifieerd"]);
});

function load(params: Record<string, string> = {}) {
  const ctx = a.buyer.as.coordinator;
  const filters = parseFilters({ van: DASHBOARD_PERIOD.from, tot: DASHBOARD_PERIOD.to, ...params }, DASHBOARD_TODAY);
  return withTenant(ctx, (tx) => loadDashboard(tx, { tenantId: ctx.org.id, filters, today: DASHBOARD_TODAY, limit: 15 }), ctx.db);
}

describe("verified values on the organisation dashboard", () => {
  it("reads the filter from the URL and writes it back", () => {
    expect(parseFilters({ geverifieerd: "ja" }, DASHBOARD_TODAY).verifiedOnly).toBe(true);
    expect(parseFilters({ geverifieerd: "nee" }, DASHBOARD_TODAY).verifiedOnly).toBe(false);
    expect(parseFilters({}, DASHBOARD_TODAY).verifiedOnly).toBe(false);
    const f = parseFilters({ van: "2026-Q1", tot: "2026-Q4", geverifieerd: "ja" }, DASHBOARD_TODAY);
    expect(filtersToSearch(f).toString()).toBe("van=2026-Q1&tot=2026-Q4&geverifieerd=ja");
  });

  it("states the verified share of each package bar, counting a disputed value as not verified", async () => {
    const { packages } = await load();
    expect(packages.bars).toEqual([
      { package: "asfalt", value: 17, contracts: 1, values: 2, verifiedValues: 1 },
      { package: "catering", value: 12, contracts: 1, values: 2, verifiedValues: 1 },
    ]);
  });

  it("adds up only verified values when the filter is on, and keeps the share of all values", async () => {
    const { packages } = await load({ geverifieerd: "ja" });
    expect(packages.bars).toEqual([
      { package: "asfalt", value: 8, contracts: 1, values: 2, verifiedValues: 1 },
      { package: "catering", value: 7, contracts: 1, values: 2, verifiedValues: 1 },
    ]);
  });

  it("gives each target year its verified share and, filtered, the verified figure", async () => {
    const all = (await load()).targets.find((t) => t.name.startsWith("CO2e"))!;
    expect(all.actuals).toEqual([
      { year: 2025, value: 22, contracts: 1, quarters: 2, values: 2, verifiedValues: 0 },
      { year: 2026, value: 29, contracts: 2, quarters: 2, values: 4, verifiedValues: 2 },
    ]);
    const verified = await load({ geverifieerd: "ja" });
    const co2e = verified.targets.find((t) => t.name.startsWith("CO2e"))!;
    // 2025 has no verified value: no figure. 2026: C1 Q1 8 + C2 Q2 7.
    expect(co2e.actuals).toEqual([
      { year: 2025, value: null, contracts: 0, quarters: 0, values: 2, verifiedValues: 0 },
      { year: 2026, value: 15, contracts: 2, quarters: 1, values: 4, verifiedValues: 2 },
    ]);
    // MKI, weighted by contract value: only C2's verified 30 is left in 2026.
    const mki = verified.targets.find((t) => t.name.startsWith("MKI"))!;
    expect(mki.actuals.map((y) => [y.year, y.value, y.verifiedValues, y.values])).toEqual([
      [2025, null, 0, 2],
      [2026, 30, 1, 4],
    ]);
  });

  it("takes the latest verified value as a promise's delivery when filtered", async () => {
    const rows = (await load({ geverifieerd: "ja" })).promises.rows;
    // MKI asfalt: no verified MKI value of C1 at all.
    expect(rows.find((r) => r.description === "MKI asfalt")).toMatchObject({ realised: null });
    expect(rows.find((r) => r.description === "Uitstoot per kwartaal")).toMatchObject({ realised: 7, realisedQuarter: "2026-Q2" });
  });

  it("counts the verified share of all accepted values in the period", async () => {
    const { verification } = await load();
    // 2026 accepted: C1 Q1 and Q2 two values each, C2 Q1 and Q2 two values each; verified: 3.
    expect(verification).toEqual({ values: 8, verifiedValues: 3 });
  });

  it("keeps filtered and unfiltered dashboards apart in the cache, and a new verification moves them on", async () => {
    dashboardCache.clear();
    const ctx = a.buyer.as.coordinator;
    const view = (search: Record<string, string>) =>
      withTenant(
        ctx,
        (tx) => organisationDashboard(tx, ctx, { search: { van: "2026-Q1", tot: "2026-Q4", ...search }, today: DASHBOARD_TODAY }),
        ctx.db,
      );
    const asfalt = (d: Awaited<ReturnType<typeof view>>) => d.packages.bars.find((b) => b.package === "asfalt")!;
    expect(asfalt(await view({})).value).toBe(17);
    expect(asfalt(await view({ geverifieerd: "ja" }))).toMatchObject({ value: 8, verifiedShare: 0.5 });
    const disputed = await valueId(db, a, a.kpis.k1a, "2026-Q2");
    expectOk(await recordVerification.run(ctx, { reportValueId: disputed, status: "geverifieerd", note: "Weegbonnen nagekeken." }));
    expect(asfalt(await view({ geverifieerd: "ja" }))).toMatchObject({ value: 17, verifiedShare: 1 });
  });
});
