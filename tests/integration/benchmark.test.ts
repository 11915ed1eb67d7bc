// The anonymised benchmark: each participating buyer counts once (the median of its contracts'
// year results, an intensity weighted by its activity), a cell of fewer than five buyers is never
// stored, leaving or being suspended takes a buyer out at once, and a buyer reads its own figures
// only through its own tenant transaction.
import { and, eq, sql } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { auditEvents, benchmarkCells, benchmarkOwnFigures, organisations, type Contract } from "@/db/schema";
import type { BuyerRole } from "@/lib/auth/permissions";
import { setBenchmarkParticipation } from "@/lib/benchmark/actions";
import { benchmarkChoices, ownBenchmarkValues } from "@/lib/benchmark/queries";
import { refreshBenchmark } from "@/lib/benchmark/refresh";
import { withTenant } from "@/lib/tenancy";
import { databaseError, openTestDatabase } from "../fixtures/db";
import { createBuyer, createSupplier, expectOk, insertContract, type Team } from "../fixtures/factories";
import { insertActiveKpi } from "../fixtures/reports";
import { insertAcceptedReport } from "../fixtures/reviews";
import { globalIndicatorId } from "../fixtures/targets";

// The refresh reads every organisation's contracts: this file gets a database of its own.
const { db } = await openTestDatabase({ alone: true });

let buyers: Team<BuyerRole>[];
let perMeal: string;

async function contractWith(buyer: Team<BuyerRole>, quarters: Array<[quarter: string, value: string, meals: string]>): Promise<Contract> {
  const contract = await insertContract(db, { tenantId: buyer.org.id, managerId: buyer.as.contract_manager.userId });
  const kpi = await insertActiveKpi(db, contract, { indicatorId: perMeal });
  for (const [quarter, value, meals] of quarters)
    await insertAcceptedReport(db, contract, quarter, { [kpi.id]: value }, { [kpi.id]: meals });
  return contract;
}

async function join(buyer: Team<BuyerRole>, takePart = true) {
  const [org] = await db.select().from(organisations).where(eq(organisations.id, buyer.org.id));
  return setBenchmarkParticipation.run(buyer.as.coordinator, { takePart: String(takePart), version: String(org.version) });
}

const cell = async () =>
  (
    await db
      .select()
      .from(benchmarkCells)
      .where(and(eq(benchmarkCells.indicatorId, perMeal), eq(benchmarkCells.year, 2026)))
  )[0];

beforeAll(async () => {
  perMeal = await globalIndicatorId(db, "co2e_per_meal");
  buyers = [];
  for (let i = 0; i < 5; i++) buyers.push(await createBuyer(db));
  // 2 kg in Q1 over 100 meals, then 1–5 kg over 300: weighted 1,25 / 2 / 2,75 / 3,5 / 4,25 (unweighted it would be 1,5–3,5).
  for (const [i, buyer] of buyers.entries()) {
    await contractWith(buyer, [
      ["2026-Q1", "2", "100"],
      ["2026-Q2", String(i + 1), "300"],
    ]);
  }
  // The first buyer's second contract: it still counts once, with the median of its two (1,25 and 10 → 5,625).
  await contractWith(buyers[0], [["2026-Q1", "10", "50"]]);
});

describe("who counts, and how", () => {
  it("keeps no cell while fewer than five buyers take part", async () => {
    for (const buyer of buyers.slice(0, 4)) expectOk(await join(buyer));
    await refreshBenchmark(db);
    expect(await cell()).toBeUndefined();
    // Each of the four still has its own figure, to see what it would compare.
    expect(await db.select().from(benchmarkOwnFigures).where(eq(benchmarkOwnFigures.indicatorId, perMeal))).toHaveLength(4);
    // So its page offers that year and package; the fifth, not taking part, is offered nothing of theirs.
    const choicesOf = (b: Team<BuyerRole>) =>
      withTenant(
        { userId: b.as.viewer.userId, orgId: b.org.id, orgKind: "buyer" },
        (tx) => benchmarkChoices(tx, { tenantId: b.org.id }),
        db,
      );
    expect(await choicesOf(buyers[0])).toEqual([{ year: 2026, purchasingPackage: "schoonmaak", compared: false, own: true }]);
    expect(await choicesOf(buyers[4])).toEqual([]);
  });

  it("with the fifth, stores the quartiles of one figure per buyer, each the median of its contracts' weighted year results", async () => {
    expectOk(await join(buyers[4]));
    // Joining refreshed at once: no job needed.
    const stored = await cell();
    expect(stored).toMatchObject({ purchasingPackage: "schoonmaak", organisations: 5, contracts: 6 });
    // Per buyer: 5,625 · 2 · 2,75 · 3,5 · 4,25 → sorted 2 · 2,75 · 3,5 · 4,25 · 5,625.
    expect([stored.p25, stored.median, stored.p75].map(Number)).toEqual([2.75, 3.5, 4.25]);
    const [event] = await db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.tenantId, buyers[4].org.id), eq(auditEvents.action, "benchmark_join")));
    expect(event.actorUserId).toBe(buyers[4].as.coordinator.userId);
  });

  it("leaves sums out: a total of a big contract says nothing next to a small one's", async () => {
    const total = await globalIndicatorId(db, "co2e");
    for (const buyer of buyers) {
      const contract = await insertContract(db, { tenantId: buyer.org.id, managerId: buyer.as.contract_manager.userId });
      const kpi = await insertActiveKpi(db, contract, { indicatorId: total });
      await insertAcceptedReport(db, contract, "2026-Q1", { [kpi.id]: "120" });
    }
    await refreshBenchmark(db);
    expect(await db.select().from(benchmarkCells).where(eq(benchmarkCells.indicatorId, total))).toEqual([]);
  });

  it("a buyer that leaves, or is suspended, is out of the figures at once", async () => {
    expectOk(await join(buyers[2], false));
    expect(await cell()).toBeUndefined();
    expectOk(await join(buyers[2]));
    expect((await cell()).organisations).toBe(5);
    await db.update(organisations).set({ suspendedAt: new Date(), suspendedReason: "Test" }).where(eq(organisations.id, buyers[3].org.id));
    await refreshBenchmark(db);
    expect(await cell()).toBeUndefined();
    await db.update(organisations).set({ suspendedAt: null, suspendedReason: null }).where(eq(organisations.id, buyers[3].org.id));
    await refreshBenchmark(db);
    expect((await cell()).organisations).toBe(5);
  });

  it("refuses a stale version and a second join", async () => {
    const stale = await setBenchmarkParticipation.run(buyers[1].as.admin, { takePart: "true", version: "1" });
    expect(stale).toMatchObject({ ok: false, code: "ConflictError" });
  });
});

describe("reading", () => {
  it("keeps each participant's own figure from the same reading as the cells", async () => {
    const figures = await db.select().from(benchmarkOwnFigures).where(eq(benchmarkOwnFigures.indicatorId, perMeal));
    expect(figures).toHaveLength(5);
    expect(new Set(figures.map((f) => f.refreshedAt.getTime())).size).toBe(1);
  });

  it("a buyer's own figure comes from its own contracts, in its own tenant; another buyer's tenant sees none of them", async () => {
    const scope = (b: Team<BuyerRole>) => ({ userId: b.as.viewer.userId, orgId: b.org.id, orgKind: "buyer" as const });
    const query = { tenantId: buyers[0].org.id, year: 2026, purchasingPackage: "schoonmaak" };
    const own = await withTenant(scope(buyers[0]), (tx) => ownBenchmarkValues(tx, query), db);
    const meal = own.find((o) => o.indicatorId === perMeal);
    expect(meal?.contracts).toBe(2);
    expect(Number(meal?.value)).toBe(5.625);
    expect(await withTenant(scope(buyers[1]), (tx) => ownBenchmarkValues(tx, query), db)).toEqual([]);
  });

  it("suppliers read neither the figures nor the view, and nobody writes a cell directly", async () => {
    const supplier = await createSupplier(db);
    const asSupplier = { userId: supplier.as.admin.userId, orgId: supplier.org.id, orgKind: "supplier" as const };
    expect(await withTenant(asSupplier, (tx) => tx.select().from(benchmarkCells), db)).toEqual([]);
    const query = { tenantId: buyers[0].org.id, year: 2026, purchasingPackage: "schoonmaak" };
    expect(await withTenant(asSupplier, (tx) => ownBenchmarkValues(tx, query), db)).toEqual([]);
    const view = withTenant(asSupplier, (tx) => tx.execute(sql`select * from benchmark_contract_values`), db);
    expect(await databaseError(view)).toMatch(/permission denied/);
    const asBuyer = { userId: buyers[0].as.admin.userId, orgId: buyers[0].org.id, orgKind: "buyer" as const };
    const forged = withTenant(asBuyer, (tx) => tx.delete(benchmarkCells), db);
    expect(await databaseError(forged)).toMatch(/permission denied/);
  });
});
