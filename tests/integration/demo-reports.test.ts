// The demo reports are seeded, after the demo KPIs, into fresh organisations standing in for the
// demo ones and read back through lib/reports: mostly accepted, one late, one sent back, one draft.
import { beforeAll, describe, expect, it } from "vitest";
import { seedDemoKpis } from "@/db/seed/demo-kpis";
import { seedDemoReports } from "@/db/seed/demo-reports";
import { reportOverview } from "@/lib/reports/queries";
import { viewerOf } from "@/lib/contracts/queries";
import { amsterdamToday } from "@/lib/time";
import { scopeOf, withTenant } from "@/lib/tenancy";
import { openTestDatabase } from "../fixtures/db";
import { demoStandIns, type DemoBuyer } from "../fixtures/demo-stand-ins";

const { db } = await openTestDatabase();

let buyers: Record<"voorbeeldstad" | "zuiderland", DemoBuyer>;
let contractIds: Map<string, { id: string; buyer: DemoBuyer }>;

beforeAll(async () => {
  const demo = await demoStandIns(db);
  buyers = demo.buyers;
  contractIds = demo.contractsByTitle;
  await seedDemoKpis(db, demo.ids);
  await seedDemoReports(db, demo.ids);
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
