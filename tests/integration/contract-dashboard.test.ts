// The contract dashboard against a real database with known data (tests/fixtures/dashboards-2.ts):
// the series per KPI, the review outcomes, the malus ledger and the open action items, worked out
// by hand; the query budget of one request; and who may see it.
import { beforeAll, describe, expect, it } from "vitest";
import type { Db } from "@/db/client";
import { growthPathVersions, kpis } from "@/db/schema";
import { viewerOf } from "@/lib/contracts/queries";
import { contractDashboardJson as jsonIn, readContractDashboard } from "@/lib/contract-dashboard/service";
import type { Caller } from "@/lib/http/steps";
import { withTenant } from "@/lib/tenancy";
import { kpiPanel } from "@/lib/contract-dashboard/panel";
import { contractDashboardRoute } from "@/lib/contract-dashboard/routes";
import { openTestDatabase } from "../fixtures/db";
import { PERFORMANCE_TODAY, performanceContract } from "../fixtures/dashboards-2";
import { createBuyer, createSupplier, insertContract } from "../fixtures/factories";

const contractDashboard = (ctx: Caller, id: string, today?: string) =>
  withTenant(ctx, (tx) => readContractDashboard(tx, { viewer: viewerOf(ctx), contractId: id, today }), ctx.db);
const contractDashboardJson = (ctx: Caller, id: string, today?: string) =>
  withTenant(ctx, (tx) => jsonIn(tx, { viewer: viewerOf(ctx), contractId: id, today }), ctx.db);

const { db } = await openTestDatabase();

let buyer: Awaited<ReturnType<typeof createBuyer>>;
let otherBuyer: Awaited<ReturnType<typeof createBuyer>>;
let supplier: Awaited<ReturnType<typeof createSupplier>>;
let otherSupplier: Awaited<ReturnType<typeof createSupplier>>;
let contractId: string;

/** Counts every statement sent through the Db and its transactions (the tenant set-up included). */
function counting(target: Db): { db: Db; count: () => number } {
  let count = 0;
  const counted = new Set(["execute", "select", "selectDistinct", "insert", "update", "delete"]);
  const wrap = (object: Db): Db =>
    new Proxy(object, {
      get(o, property, receiver) {
        const value = Reflect.get(o, property, receiver);
        if (typeof value !== "function") return value;
        if (property === "transaction") {
          return (work: (tx: Db) => Promise<unknown>) =>
            (value as (w: (tx: Db) => Promise<unknown>) => Promise<unknown>).call(o, (tx: Db) => work(wrap(tx)));
        }
        if (counted.has(String(property))) {
          return (...args: unknown[]) => {
            count++;
            return (value as (...a: unknown[]) => unknown).apply(o, args);
          };
        }
        return value.bind(o);
      },
    });
  return { db: wrap(target), count: () => count };
}

beforeAll(async () => {
  [buyer, otherBuyer, supplier, otherSupplier] = [
    await createBuyer(db),
    await createBuyer(db),
    await createSupplier(db),
    await createSupplier(db),
  ];
  const contract = await insertContract(db, {
    tenantId: buyer.org.id,
    managerId: buyer.as.contract_manager.userId,
    supplierOrgId: supplier.org.id,
  });
  await performanceContract(db, contract);
  contractId = contract.id;
  // Another contract of the same buyer, with another supplier: nothing of it may show.
  const neighbour = await insertContract(db, {
    tenantId: buyer.org.id,
    managerId: buyer.as.contract_manager.userId,
    supplierOrgId: otherSupplier.org.id,
  });
  await performanceContract(db, neighbour);
});

describe("contract dashboard", () => {
  it("draws each KPI's reported values against its growth path, with the agreed scores", async () => {
    const { dashboard } = await contractDashboard(buyer.as.contract_manager, contractId, PERFORMANCE_TODAY);
    expect(dashboard.quarters.map((q) => q.label)).toEqual([
      "2026 K1",
      "2026 K2",
      "2026 K3",
      "2026 K4",
      "2027 K1",
      "2027 K2",
      "2027 K3",
      "2027 K4",
    ]);
    const [co2, team] = dashboard.kpis;
    expect(co2.name).toBe("CO2-uitstoot wagenpark");
    expect(co2.points.map((p) => p.target && Number(p.target))).toEqual([100, 90, 80, 70, 60, 50, 40, 30]);
    // The draft of 2026-Q3 is not reported yet: only submitted and accepted reports count.
    expect(co2.points.map((p) => p.reported && Number(p.reported))).toEqual([95, 92.5, null, null, null, null, null, null]);
    expect(co2.points.map((p) => p.reportStatus)).toEqual(["accepted", "submitted", null, null, null, null, null, null]);
    expect(co2.points.map((p) => p.agreedScore)).toEqual(["on_track", "off_track", null, null, null, null, null, null]);
    expect(co2.malusTotalCents).toBe(150_000);
    expect(co2.description).toMatch(/de laatste, 2026 K2, is 92,5\u00a0ton CO2e tegen een doel van 90\u00a0ton CO2e/);

    expect(team.kind).toBe("qualitative");
    expect(team.points.map((p) => p.target && Number(p.target))).toEqual([2, 2, 3, 3, 3, 3, 3, 3]);
    expect(team.points.map((p) => p.reported)).toEqual(["2", "3", null, null, null, null, null, null]);
    expect(team.points.map((p) => p.agreedScore).slice(0, 3)).toEqual(["on_track", "at_risk", null]);
    expect(team.malusTotalCents).toBe(60_000);
  });

  it("gives the page each KPI as a compact panel: chart numbers and the table as Dutch text", async () => {
    const { dashboard } = await contractDashboard(buyer.as.contract_manager, contractId, PERFORMANCE_TODAY);
    const [co2, team] = dashboard.kpis.map(kpiPanel);
    expect(co2.chart.targets).toEqual([100, 90, 80, 70, 60, 50, 40, 30]);
    expect(co2.chart.actuals).toEqual([95, 92.5, null, null, null, null, null, null]);
    expect(co2.chart.domain).toBeUndefined();
    expect(co2.rows[1]).toEqual(["2026 K2", "90\u00a0ton CO2e", "92,5\u00a0ton CO2e", "ingediend", "Niet op koers", co2.rows[1][5]]);
    expect(co2.rows[1][5]).toMatch(/^€\s?[\d.]+,\d\d$/);
    expect(co2.rows[2]).toEqual(["2026 K3", "80\u00a0ton CO2e", "—", "—", "—", "—"]);
    expect(co2.reviewed).toEqual([
      ["2026 K1", "on_track"],
      ["2026 K2", "off_track"],
    ]);
    expect(co2.malusTotal).toMatch(/1\.500,00/);
    expect(team.chart.domain).toEqual([1, 4]);
    expect(team.rows[0].slice(0, 3)).toEqual(["2026 K1", "score 2", "score 2"]);
    // Plain data only: what a client component may receive from the server.
    expect(JSON.parse(JSON.stringify(co2))).toEqual({ ...co2, chart: { ...co2.chart } });
  });

  it("sums the malus ledger of final reviews and lists the open action items, overdue first marked", async () => {
    const { dashboard } = await contractDashboard(buyer.as.viewer, contractId, PERFORMANCE_TODAY);
    expect(dashboard.malus).toEqual([
      // Totaalscore: both on track 100; off track and at risk (0 + 50) / 2 = 25.
      { key: "2026-Q1", label: "2026 K1", appliedCents: 10_000, overallScore: 100, kpiLinesCents: 10_000, onTrack: 2, scored: 2 },
      { key: "2026-Q2", label: "2026 K2", appliedCents: 180_000, overallScore: 25, kpiLinesCents: 200_000, onTrack: 0, scored: 2 },
    ]);
    expect(dashboard.malusTotalCents).toBe(190_000);
    expect(dashboard.actions.map((a) => [a.title, a.dueDate, a.overdue])).toEqual([
      ["Laadpalen plaatsen", "2026-10-01", true],
      ["Routeplanning herzien", "2026-12-31", false],
    ]);
    expect(dashboard.overdueActions).toBe(1);
  });

  it("draws no target outside the quarters a KPI runs", async () => {
    const contract = await insertContract(db, {
      tenantId: buyer.org.id,
      managerId: buyer.as.contract_manager.userId,
      supplierOrgId: supplier.org.id,
    });
    const [kpi] = await db
      .insert(kpis)
      .values({
        tenantId: contract.tenantId,
        contractId: contract.id,
        name: "Tijdelijk",
        kind: "qualitative",
        obligation: "resultaat",
        status: "retired",
        proposedByKind: "buyer",
        activeFrom: "2026-Q2",
        retiredFrom: "2026-Q4",
      })
      .returning();
    await db.insert(growthPathVersions).values({
      tenantId: contract.tenantId,
      kpiId: kpi.id,
      versionNumber: 1,
      effectiveFrom: "2026-Q1",
      interpolation: "step",
      milestones: [{ quarter: "2026-Q1", value: "3" }],
    });
    const { dashboard } = await contractDashboard(buyer.as.admin, contract.id, PERFORMANCE_TODAY);
    expect(dashboard.kpis[0].points.map((p) => p.target && Number(p.target))).toEqual([null, 3, 3, null, null, null, null, null]);
    expect(dashboard.kpis[0].description).toBe("Tijdelijk: nog geen gerapporteerde waarden.");
    expect(dashboard.actions).toEqual([]);
    expect(dashboard.malusTotalCents).toBe(0);
  });

  it("reads the whole dashboard in at most six statements, the tenant set-up included", async () => {
    const counter = counting(db);
    const ctx = { ...buyer.as.contract_manager, db: counter.db };
    const json = await contractDashboardJson(ctx, contractId, PERFORMANCE_TODAY);
    expect(json.kpis).toHaveLength(2);
    // The tenant set-up (settings and role in one statement), the contract, the dashboard statement.
    expect(counter.count()).toBeLessThanOrEqual(6);
    expect(counter.count()).toBe(3);
  });

  it("is the same for the supplier party and not found for anyone else", async () => {
    const own = await contractDashboardJson(supplier.as.viewer, contractId, PERFORMANCE_TODAY);
    expect(own.malus.totalCents).toBe(190_000);
    expect(own.contract.supplierName).toBe(supplier.org.name);
    for (const ctx of [otherSupplier.as.admin, otherBuyer.as.admin]) {
      expect(await contractDashboardRoute.run(ctx, { id: contractId })).toMatchObject({ status: 404 });
    }
    expect(await contractDashboardRoute.run(null, { id: contractId })).toMatchObject({ status: 401 });
    const ok = await contractDashboardRoute.run(buyer.as.coordinator, { id: contractId });
    expect(ok.status).toBe(200);
    expect(JSON.stringify(ok.body)).not.toContain("format");
  });
});
