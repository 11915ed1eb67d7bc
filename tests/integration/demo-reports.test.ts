// The demo reports are seeded, after the demo KPIs, into fresh organisations standing in for the
// demo ones and read back through lib/reports: mostly accepted, one late, one sent back, one draft.
import { beforeAll, describe, expect, it } from "vitest";
import { contracts } from "@/db/schema";
import { demoContracts } from "@/db/seed/demo-data";
import { seedDemoKpis } from "@/db/seed/demo-kpis";
import { seedDemoReports } from "@/db/seed/demo-reports";
import { reportOverview } from "@/lib/reports/queries";
import { viewerOf } from "@/lib/contracts/queries";
import { amsterdamToday } from "@/lib/time";
import { scopeOf, withTenant } from "@/lib/tenancy";
import { openTestDatabase } from "../fixtures/db";
import { createBuyer, createSupplier, type Team } from "../fixtures/factories";

const { db } = await openTestDatabase();

type Buyer = Team<"admin" | "coordinator" | "contract_manager" | "viewer">;
const buyers = {} as Record<"voorbeeldstad" | "zuiderland", Buyer>;
const contractIds = new Map<string, { id: string; buyer: Buyer }>();

beforeAll(async () => {
  buyers.voorbeeldstad = await createBuyer(db);
  buyers.zuiderland = await createBuyer(db);
  const suppliers = { groen: await createSupplier(db), schoon: await createSupplier(db), vandijk: await createSupplier(db) };
  for (const c of demoContracts) {
    const buyer = buyers[c.buyer as keyof typeof buyers];
    const scope = scopeOf(buyer.as.contract_manager);
    const [row] = await withTenant(
      scope,
      (tx) =>
        tx
          .insert(contracts)
          .values({
            ...c,
            tenantId: buyer.org.id,
            contractManagerId: buyer.as.contract_manager.userId,
            supplierOrgId: c.supplier ? suppliers[c.supplier as keyof typeof suppliers].org.id : null,
          })
          .returning(),
      db,
    );
    contractIds.set(c.title, { id: row.id, buyer });
  }
  const ids = {
    orgIds: new Map([
      ["voorbeeldstad", buyers.voorbeeldstad.org.id],
      ["zuiderland", buyers.zuiderland.org.id],
      ["groen", suppliers.groen.org.id],
      ["schoon", suppliers.schoon.org.id],
      ["vandijk", suppliers.vandijk.org.id],
    ]),
    userIds: new Map([
      ["fatima.elamrani@voorbeeldstad.example", buyers.voorbeeldstad.as.contract_manager.userId],
      ["mehmet.yilmaz@groencateraars.example", suppliers.groen.as.admin.userId],
      ["sophie@schoonenfris.example", suppliers.schoon.as.admin.userId],
      ["kees@wegenbouwvandijk.example", suppliers.vandijk.as.admin.userId],
    ]),
  };
  await seedDemoKpis(db, ids);
  await seedDemoReports(db, ids);
});

describe("the demo reports", () => {
  it("cover past quarters: mostly accepted, with a late, a sent-back and a draft report", async () => {
    const statuses: string[] = [];
    for (const buyer of Object.values(buyers)) {
      const overview = await withTenant(
        scopeOf(buyer.as.viewer),
        (tx) => reportOverview(tx, { viewer: viewerOf(buyer.as.viewer), today: amsterdamToday() }),
        db,
      );
      for (const row of overview) if (contractIds.has(row.contract.title)) statuses.push(...row.quarters.map((q) => q.status));
    }
    const count = (s: string) => statuses.filter((x) => x === s).length;
    expect(count("accepted")).toBeGreaterThan(count("overdue") + count("sent_back") + count("draft"));
    expect(count("sent_back")).toBeGreaterThanOrEqual(1);
    expect(count("overdue")).toBeGreaterThanOrEqual(1);
    expect(count("draft") + count("overdue")).toBeGreaterThanOrEqual(2);
  });
});
