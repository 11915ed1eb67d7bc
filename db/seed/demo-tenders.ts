// The demo tender of Voorbeeldstad's catering contract: the award with two losing bids (A and B),
// whose promises lie above the winner's on every promised indicator where lower is better.
import { and, eq } from "drizzle-orm";
import type { Db } from "../client";
import { contracts, contractTenders, indicators, promises, tenderBidders, tenderBids, tenderBidValues } from "../schema";
import { multiplyScaled, toScaled, fromScaled } from "../../lib/decimal";
import { withTenant } from "../../lib/tenancy";

const COORDINATOR = "joris.bakker@voorbeeldstad.example";
const LOSING_BIDS = [
  { label: "A", name: "Grootkeuken Noord BV", score: "71", factor: { lower_better: "1.35", higher_better: "0.7" } },
  { label: "B", name: "Smaakmakers Catering", score: "76.5", factor: { lower_better: "1.15", higher_better: "0.85" } },
] as const;

export async function seedDemoTenders(db: Db, ids: { orgIds: Map<string, string>; userIds: Map<string, string> }): Promise<void> {
  const tenantId = ids.orgIds.get("voorbeeldstad")!;
  const userId = ids.userIds.get(COORDINATOR)!;
  await withTenant(
    { userId, orgId: tenantId, orgKind: "buyer" },
    async (tx) => {
      const [contract] = await tx
        .select({ id: contracts.id })
        .from(contracts)
        .where(and(eq(contracts.tenantId, tenantId), eq(contracts.reference, "VBS-2024-017")));
      if (!contract) return;
      const promised = await tx
        .select({ indicatorId: promises.indicatorId, value: promises.value, direction: indicators.direction })
        .from(promises)
        .innerJoin(indicators, eq(indicators.id, promises.indicatorId))
        .where(and(eq(promises.tenantId, tenantId), eq(promises.contractId, contract.id)));
      await tx.insert(contractTenders).values({
        tenantId,
        contractId: contract.id,
        reference: "VBS-2024-017",
        procedure: "openbaar",
        awardDate: "2024-10-15",
        winnerScore: "84",
        updatedByUserId: userId,
      });
      for (const bid of LOSING_BIDS) {
        const [row] = await tx
          .insert(tenderBids)
          .values({ tenantId, contractId: contract.id, label: bid.label, score: bid.score })
          .returning();
        await tx.insert(tenderBidders).values({ tenantId, bidId: row.id, name: bid.name });
        const values = [...new Map(promised.map((p) => [p.indicatorId, p])).values()].map((p) => ({
          tenantId,
          bidId: row.id,
          contractId: contract.id,
          indicatorId: p.indicatorId,
          value: fromScaled(multiplyScaled(toScaled(p.value), toScaled(bid.factor[p.direction]))),
        }));
        if (values.length > 0) await tx.insert(tenderBidValues).values(values);
      }
    },
    db,
  );
}
