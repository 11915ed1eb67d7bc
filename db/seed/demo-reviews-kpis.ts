// The KPI change of the demo reviews: in the last reviewed quarter of the asphalt contract one KPI
// is retired and one added, both from the next quarter, with the decisions that say so. The
// KPI columns (retired_by_review_id, added_by_review_id) point at the review, as the review
// module does when a review becomes final.
import { and, eq } from "drizzle-orm";
import type { Db } from "../client";
import { kpis, reviewDecisions } from "../schema";
import { insertKpi } from "../../lib/kpis/store";
import { addQuarters, quarterKey, type Quarter } from "../../lib/periods";
import { KPI_CHANGE } from "./demo-reviews-data";
import type { Ctx } from "./demo-reviews";
import { SUPPLIER_PEOPLE } from "./demo-reviews-data";

export async function changeKpiSet(tx: Db, ctx: Ctx, reviewId: string, quarter: Quarter, decidedAt: Date): Promise<void> {
  const { contract } = ctx;
  if (contract.title !== KPI_CHANGE.contract) return;
  const from = quarterKey(addQuarters(quarter, 1));
  const [retiring] = await tx
    .select()
    .from(kpis)
    .where(
      and(
        eq(kpis.tenantId, contract.tenantId),
        eq(kpis.contractId, contract.id),
        eq(kpis.name, KPI_CHANGE.retire.name),
        eq(kpis.status, "active"),
      ),
    );
  if (retiring) {
    await tx
      .update(kpis)
      .set({
        status: "retired",
        retiredFrom: from,
        retiredReason: KPI_CHANGE.retire.reason,
        retiredByReviewId: reviewId,
        version: retiring.version + 1,
        updatedAt: decidedAt,
      })
      .where(and(eq(kpis.tenantId, contract.tenantId), eq(kpis.id, retiring.id)));
    await tx.insert(reviewDecisions).values({
      tenantId: contract.tenantId,
      reviewId,
      kind: "retire_kpi",
      kpiId: retiring.id,
      reason: KPI_CHANGE.retire.reason,
      payload: { retiredFrom: from, name: retiring.name },
      createdByUserId: contract.contractManagerId,
      createdAt: decidedAt,
    });
  }

  const supplierUser = ctx.ids.userIds.get(SUPPLIER_PEOPLE[ctx.spec.supplier!].user) ?? null;
  const added = await insertKpi(
    tx,
    { userId: contract.contractManagerId, org: { id: contract.tenantId, kind: "buyer" } },
    {
      contract,
      source: "review",
      name: KPI_CHANGE.add.name,
      description: KPI_CHANGE.add.description,
      kind: "qualitative",
      obligation: "inspanning",
      scoreMeanings: KPI_CHANGE.add.scoreMeanings,
      measurement: "Score 1–4, samen vastgesteld in het kwartaalgesprek op basis van het klachtenregister.",
      status: "active",
      activeFrom: from,
      decidedByUserId: supplierUser,
      growthPath: {
        interpolation: "step",
        milestones: [
          { quarter: from, value: "3" },
          { quarter: quarterKey(addQuarters(quarter, 5)), value: "4" },
        ],
      },
      addedByReviewId: reviewId,
    },
  );
  await tx.insert(reviewDecisions).values({
    tenantId: contract.tenantId,
    reviewId,
    kind: "add_kpi",
    kpiId: added.id,
    reason: KPI_CHANGE.add.reason,
    payload: { name: added.name, activeFrom: from },
    createdByUserId: contract.contractManagerId,
    createdAt: decidedAt,
  });
}
