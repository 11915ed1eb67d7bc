// The demo KPIs are seeded into fresh organisations standing in for the demo ones (the real
// slugs may exist on a shared test database) and read back through lib/kpis.
import { beforeAll, describe, expect, it } from "vitest";
import { contracts } from "@/db/schema";
import { seedDemoKpis } from "@/db/seed/demo-kpis";
import { viewerOf } from "@/lib/contracts/queries";
import type { MalusRule } from "@/lib/malus/rule";
import { describeKpiMalus } from "@/lib/malus/sentence";
import { contractHasStarted } from "@/lib/kpis/proposal";
import { amsterdamToday } from "@/lib/time";
import { listContractKpis, listPromises } from "@/lib/kpis/queries";
import { scopeOf, withTenant } from "@/lib/tenancy";
import { openTestDatabase } from "../fixtures/db";
import { demoStandIns, type DemoBuyer } from "../fixtures/demo-stand-ins";
import type { Caller } from "@/lib/http/steps";

const { db } = await openTestDatabase();

let contractIds: Map<string, { id: string; buyer: DemoBuyer }>;

beforeAll(async () => {
  const demo = await demoStandIns(db);
  contractIds = demo.contractsByTitle;
  await seedDemoKpis(db, demo.ids);
});

const kpisOf = (ctx: Caller, contractId: string) =>
  withTenant(scopeOf(ctx), (tx) => listContractKpis(tx, { viewer: viewerOf(ctx), contractId }), db);

describe("the demo KPIs", () => {
  it("give every demo contract 4–8 KPIs with growth paths, some malus rules and open proposals on both sides", async () => {
    const all = [];
    for (const [, { id, buyer }] of contractIds) {
      const { kpis } = await kpisOf(buyer.as.viewer, id);
      expect(kpis.length).toBeGreaterThanOrEqual(4);
      expect(kpis.length).toBeLessThanOrEqual(8);
      all.push(...kpis);
    }
    expect(all.every((k) => k.versions.length > 0)).toBe(true);
    expect(all.filter((k) => k.malusRule).length).toBeGreaterThanOrEqual(5);
    expect(all.some((k) => k.status === "proposed" && k.proposedByKind === "supplier")).toBe(true);
    expect(all.some((k) => k.status === "proposed" && k.proposedByKind === "buyer")).toBe(true);
    expect(all.some((k) => k.status === "retired" && k.retiredReason)).toBe(true);
    expect(all.some((k) => k.versions.length === 2)).toBe(true);
  });

  it("catering: CO2e per meal falls along its path and its malus reads as one sentence", async () => {
    const { id, buyer } = contractIds.get("Catering stadhuis en wijkcentra 2025–2029")!;
    const { kpis } = await kpisOf(buyer.as.viewer, id);
    const co2 = kpis.find((k) => k.name === "CO2-uitstoot per maaltijd")!;
    expect(co2.targets.find((t) => t.key === "2025-Q4")?.target).toBe("1.7");
    expect(co2.targets.at(-1)?.target).toBe("1.1");
    expect(
      describeKpiMalus({ obligation: co2.obligation, malusRule: co2.malusRule as MalusRule }, co2.indicator!.unitLabel).replace(
        /\u00a0/g,
        " ",
      ),
    ).toBe(
      "Per kwartaal waarin het doel niet wordt gehaald: € 2.500,00 malus, tolerantie 5 % van het doel, met een maximum van € 10.000,00 per jaar.",
    );
  });

  it("road works: the MKI tender promise became the KPI that enforces it", async () => {
    const { id, buyer } = contractIds.get("Onderhoud asfaltverhardingen 2026–2028")!;
    const { promises } = await withTenant(
      scopeOf(buyer.as.viewer),
      (tx) => listPromises(tx, { viewer: viewerOf(buyer.as.viewer), contractId: id }),
      db,
    );
    expect(promises).toHaveLength(1);
    expect(promises[0]).toMatchObject({ value: "38.5000", dueQuarter: "2026-Q1" });
    expect(promises[0].kpis).toMatchObject([{ name: "MKI per ton asfalt volgens toezegging", status: "active" }]);
  });

  it("adds a catering contract that has not started yet, with KPIs still to agree", async () => {
    const { buyer } = contractIds.get("Catering stadhuis en wijkcentra 2025–2029")!;
    const rows = await withTenant(scopeOf(buyer.as.viewer), (tx) => tx.select().from(contracts), db);
    const future = rows.find((c) => c.title === "Catering sportaccommodaties")!;
    expect(contractHasStarted(future, amsterdamToday())).toBe(false);
    const { kpis } = await kpisOf(buyer.as.viewer, future.id);
    expect(kpis.map((k) => k.status).sort()).toEqual(["active", "active", "active", "proposed"]);
  });
});
