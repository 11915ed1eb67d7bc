// The demo's benchmark is seeded, after the demo KPIs and reports, into fresh organisations
// standing in for the demo ones and the small buyers, and read back as the demo buyer reads it:
// cells of five or more organisations in catering and in transport, with Voorbeeldstad's own figure.
import { inArray } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { organisations } from "@/db/schema";
import { benchmarkOrganisations, benchmarkUsers } from "@/db/seed/demo-benchmark-data";
import { seedDemoBenchmark } from "@/db/seed/demo-benchmark";
import { seedDemoKpis } from "@/db/seed/demo-kpis";
import { seedDemoReports } from "@/db/seed/demo-reports";
import { benchmarkCellsOf, benchmarkChoices, ownBenchmarkValues } from "@/lib/benchmark/queries";
import { MIN_ORGANISATIONS } from "@/lib/benchmark/rules";
import { scopeOf, withTenant } from "@/lib/tenancy";
import { openTestDatabase } from "../fixtures/db";
import { demoStandIns, type DemoBuyer } from "../fixtures/demo-stand-ins";
import { createBuyer, createSupplier } from "../fixtures/factories";

// The refresh reads every participating organisation: this file gets a database of its own, so
// only the demo's buyers take part.
const { db } = await openTestDatabase({ alone: true });

let voorbeeldstad: DemoBuyer;
let buyerIds: string[];

beforeAll(async () => {
  const demo = await demoStandIns(db);
  voorbeeldstad = demo.buyers.voorbeeldstad;
  for (const org of benchmarkOrganisations) {
    const team = org.kind === "buyer" ? await createBuyer(db) : await createSupplier(db);
    demo.ids.orgIds.set(org.key, team.org.id);
    const user = benchmarkUsers.find((u) => u.memberships[0][0] === org.key);
    if (user && "coordinator" in team.as) demo.ids.userIds.set(user.email, team.as.coordinator.userId);
  }
  buyerIds = [demo.buyers.voorbeeldstad.org.id, demo.buyers.zuiderland.org.id];
  for (const org of benchmarkOrganisations) if (org.kind === "buyer") buyerIds.push(demo.ids.orgIds.get(org.key)!);
  await seedDemoKpis(db, demo.ids);
  await seedDemoReports(db, demo.ids);
  await seedDemoBenchmark(db, demo.ids);
}, 180_000);

/** Every cell the Voorbeeldstad coordinator can open, with its own figure on the same indicator. */
async function voorbeeldstadView() {
  return withTenant(
    scopeOf(voorbeeldstad.as.coordinator),
    async (tx) => {
      const choices = await benchmarkChoices(tx, { tenantId: voorbeeldstad.org.id });
      const view = [];
      for (const { year, purchasingPackage } of choices) {
        const cells = await benchmarkCellsOf(tx, { year, purchasingPackage });
        const own = await ownBenchmarkValues(tx, { tenantId: voorbeeldstad.org.id, year, purchasingPackage });
        for (const cell of cells) view.push({ ...cell, year, purchasingPackage, own: own.find((o) => o.indicatorId === cell.indicatorId) });
      }
      return view;
    },
    db,
  );
}

describe("the demo's benchmark", () => {
  it("has every demo buyer take part, the two main ones and the five small ones", async () => {
    const rows = await db.select({ since: organisations.benchmarkSince }).from(organisations).where(inArray(organisations.id, buyerIds));
    expect(rows).toHaveLength(7);
    for (const row of rows) expect(row.since).not.toBeNull();
  });

  it("shows a catering cell of five or more organisations with Voorbeeldstad's own figure in it", async () => {
    const catering = (await voorbeeldstadView()).filter((c) => c.purchasingPackage === "catering");
    const withOwn = catering.filter((c) => c.organisations >= MIN_ORGANISATIONS && c.own);
    expect(withOwn.map((c) => c.code)).toContain("co2e_per_meal");
    for (const cell of withOwn) {
      // The buyers' figures differ, so the quartiles do too.
      expect(Number(cell.p25)).toBeLessThan(Number(cell.median));
      expect(Number(cell.median)).toBeLessThan(Number(cell.p75));
      expect(Number(cell.own!.value)).toBeGreaterThan(0);
    }
  });

  it("shows a transport cell of five or more organisations on zero-emission kilometres", async () => {
    const transport = (await voorbeeldstadView()).filter((c) => c.purchasingPackage === "mobiliteit");
    expect(transport.filter((c) => c.organisations >= MIN_ORGANISATIONS).map((c) => c.code)).toContain("zero_emission_km");
  });

  it("offers Voorbeeldstad, in its newest year, the catering package as one with its own figure next to the others'", async () => {
    const choices = await withTenant(
      scopeOf(voorbeeldstad.as.coordinator),
      (tx) => benchmarkChoices(tx, { tenantId: voorbeeldstad.org.id }),
      db,
    );
    const newest = choices.filter((c) => c.year === choices[0].year);
    expect(newest).toContainEqual(expect.objectContaining({ purchasingPackage: "catering", compared: true, own: true }));
  });
});
