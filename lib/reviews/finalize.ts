// Making a review final, in the transaction of the second signature: fix the malus applied per
// KPI (after waivers and the caps, counting earlier final reviews), apply the decisions to the
// KPIs and growth paths of later quarters, turn action items into rows that outlive the review,
// and only then set the review final: from that moment the triggers of migration 0015 freeze it
// and its rows, so everything that belongs to the record is written before.
import { and, asc, eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import {
  actionItems,
  growthPathVersions,
  kpis,
  reviewDecisions,
  reviews,
  reviewScores,
  type Review,
  type ReviewDecision,
  type StoredMilestone,
} from "@/db/schema";
import { recordAudit } from "@/lib/audit";
import { ConflictError } from "@/lib/errors";
import type { Interpolation } from "@/lib/kpis/growth-path";
import type { MalusRule } from "@/lib/malus/rule";
import { saveKpi } from "@/lib/kpis/edit";
import { canonicalMilestones, insertKpi, type KpiWriter } from "@/lib/kpis/store";
import type { KpiKind, Obligation } from "@/lib/kpis/rules";
import { onBehalfOf, scopeOf } from "@/lib/tenancy";
import type { ReviewContract } from "./access";
import { malusOfReview } from "@/lib/malus/queries";
import { storedOverallScore } from "./sign-check";
import type { Actor } from "@/lib/auth/actor";
import { assertQuarterOpen } from "@/lib/period-close/guard";
import { raiseWebhookEvent } from "@/lib/webhooks/events";

type AddPayload = {
  name: string;
  description: string | null;
  indicatorId: string | null;
  kind: KpiKind;
  obligation: Obligation;
  scoreMeanings: { "1": string; "2": string; "3": string; "4": string } | null;
  baselineValue: string | null;
  baselineQuarter: string | null;
  evidenceRequired: string | null;
  evidenceMandatory: boolean;
  // Added with the full KPI form; a decision recorded before that has none of these.
  measurement?: string | null;
  weight?: string;
  knockOut?: boolean;
  themeIds?: string[];
  malusRule?: MalusRule | null;
  interpolation: Interpolation;
  milestones: StoredMilestone[];
  activeFrom: string;
};
type PathPayload = { effectiveFrom: string; interpolation: Interpolation; milestones: StoredMilestone[] };
type ActionPayload = { title: string; ownerSide: "buyer" | "supplier"; ownerName: string; dueDate: string };

async function fixMalus(tx: Db, review: Review, contract: ReviewContract): Promise<number> {
  const scores = await tx
    .select()
    .from(reviewScores)
    .where(and(eq(reviewScores.tenantId, review.tenantId), eq(reviewScores.reviewId, review.id)));
  const kpiRows = await tx
    .select({ id: kpis.id, malusRule: kpis.malusRule })
    .from(kpis)
    .where(and(eq(kpis.tenantId, contract.tenantId), eq(kpis.contractId, contract.id)));
  const malus = await malusOfReview(tx, contract, review, scores, kpiRows);
  for (const s of scores) {
    const applied = malus.perKpi.find((m) => m.kpiId === s.kpiId)?.appliedCents ?? 0;
    await tx
      .update(reviewScores)
      .set({ malusAppliedCents: applied })
      .where(and(eq(reviewScores.tenantId, s.tenantId), eq(reviewScores.id, s.id)));
  }
  return malus.totals.appliedCents;
}

/** Where decisions were taken: a quarterly review, or a yearly evaluation (which has no review id). */
export type DecisionOrigin = {
  tenantId: string;
  contractId: string;
  /** The quarter the decisions were taken in; they take effect from a later one. */
  quarter: string;
  reviewId: string | null;
  evaluationId?: string;
};

/** What applying a decision needs of it: the review's own rows, or the decisions of a yearly evaluation. */
export type KpiDecision = Pick<ReviewDecision, "kind" | "kpiId" | "reason" | "payload" | "createdByUserId">;

/**
 * A decision is the buyer's, taken by the person who recorded it in the review; the last
 * signature, the supplier's as often as not, only makes it take effect. So every row and audit
 * event a decision writes names that person, in the buyer's organisation: the work runs on their
 * behalf (onBehalfOf). The buyer's signer is the one whose signature made an added KPI binding.
 * A yearly evaluation's decisions take effect through the same function.
 */
export async function applyKpiDecisions(
  tx: Db,
  signer: Actor,
  origin: DecisionOrigin,
  contract: ReviewContract,
  decisions: KpiDecision[],
  buyerSignerId: string | null,
) {
  for (const d of decisions) {
    const decider: KpiWriter = { userId: d.createdByUserId, org: { id: origin.tenantId, kind: "buyer" } };
    const scope = { userId: d.createdByUserId ?? "", orgId: origin.tenantId, orgKind: "buyer" as const };
    await onBehalfOf(tx, scopeOf(signer), scope, () => applyDecision(tx, decider, d, origin, contract, buyerSignerId));
  }
}

async function applyDecisions(tx: Db, signer: Actor, review: Review, contract: ReviewContract, buyerSignerId: string | null) {
  const decisions = await tx
    .select()
    .from(reviewDecisions)
    .where(and(eq(reviewDecisions.tenantId, review.tenantId), eq(reviewDecisions.reviewId, review.id)))
    .orderBy(asc(reviewDecisions.createdAt));
  const origin = { tenantId: review.tenantId, contractId: review.contractId, quarter: review.quarter, reviewId: review.id };
  await applyKpiDecisions(tx, signer, origin, contract, decisions, buyerSignerId);
}

async function applyDecision(
  tx: Db,
  decider: KpiWriter,
  d: KpiDecision,
  review: DecisionOrigin,
  contract: ReviewContract,
  buyerSignerId: string | null,
) {
  const from: Record<string, string | null> = review.evaluationId ? { evaluationId: review.evaluationId } : { reviewId: review.reviewId };
  if (d.kind === "retire_kpi" && d.kpiId) {
    const [kpi] = await tx
      .select()
      .from(kpis)
      .where(and(eq(kpis.tenantId, review.tenantId), eq(kpis.id, d.kpiId)));
    if (!kpi || kpi.status !== "active") throw new ConflictError("Een KPI in de besluiten is intussen gewijzigd. Laad de review opnieuw.");
    const { retiredFrom } = d.payload as { retiredFrom: string };
    await saveKpi(
      tx,
      decider,
      kpi,
      { status: "retired", retiredFrom, retiredReason: d.reason, retiredByReviewId: review.reviewId },
      { action: "retire", extra: { reviewQuarter: review.quarter, ...from } },
    );
    await raiseWebhookEvent(tx, {
      type: "kpi.decided",
      contract: { tenantId: review.tenantId, id: review.contractId },
      data: { kpiId: kpi.id, decision: "retired", status: "retired", ...from },
    });
  } else if (d.kind === "add_kpi") {
    const p = d.payload as AddPayload;
    await insertKpi(tx, decider, {
      contract,
      source: "review",
      name: p.name,
      description: p.description,
      indicatorId: p.indicatorId,
      kind: p.kind,
      obligation: p.obligation,
      scoreMeanings: p.scoreMeanings,
      baselineValue: p.baselineValue,
      baselineQuarter: p.baselineQuarter,
      evidenceRequired: p.evidenceRequired,
      evidenceMandatory: p.evidenceMandatory,
      measurement: p.measurement ?? null,
      weight: p.weight,
      knockOut: p.knockOut,
      themeIds: p.themeIds,
      malusRule: p.malusRule ?? null,
      status: "active",
      activeFrom: p.activeFrom,
      decidedByUserId: buyerSignerId,
      growthPath: { interpolation: p.interpolation, milestones: p.milestones, reason: d.reason },
      addedByReviewId: review.reviewId,
    });
  } else if (d.kind === "set_malus" && d.kpiId) {
    const [kpi] = await tx
      .select()
      .from(kpis)
      .where(and(eq(kpis.tenantId, review.tenantId), eq(kpis.id, d.kpiId)));
    if (!kpi || kpi.status !== "active") throw new ConflictError("Een KPI in de besluiten is intussen gewijzigd. Laad de review opnieuw.");
    const { malusRule } = d.payload as { malusRule: MalusRule };
    await saveKpi(tx, decider, kpi, { malusRule }, { action: "set_malus", extra: { reviewQuarter: review.quarter, ...from } });
  } else if (d.kind === "change_growth_path" && d.kpiId) {
    await addPathVersion(tx, decider, review, d.kpiId, d.payload as PathPayload, d.reason);
  } else if (d.kind === "action_item" && review.reviewId) {
    const p = d.payload as ActionPayload;
    const [item] = await tx
      .insert(actionItems)
      .values({
        tenantId: review.tenantId,
        contractId: contract.id,
        reviewId: review.reviewId,
        title: p.title,
        ownerSide: p.ownerSide,
        ownerName: p.ownerName,
        dueDate: p.dueDate,
      })
      .returning();
    await recordAudit(tx, decider, { tenantId: review.tenantId, entity: "action_item", entityId: item.id, action: "create", after: item });
  }
}

async function addPathVersion(tx: Db, decider: KpiWriter, review: DecisionOrigin, kpiId: string, p: PathPayload, reason: string | null) {
  const versions = await tx
    .select({ n: growthPathVersions.versionNumber })
    .from(growthPathVersions)
    .where(and(eq(growthPathVersions.tenantId, review.tenantId), eq(growthPathVersions.kpiId, kpiId)));
  const [row] = await tx
    .insert(growthPathVersions)
    .values({
      tenantId: review.tenantId,
      kpiId,
      versionNumber: versions.reduce((m, v) => Math.max(m, v.n), 0) + 1,
      effectiveFrom: p.effectiveFrom,
      interpolation: p.interpolation,
      milestones: canonicalMilestones(p.milestones),
      reason,
      createdByUserId: decider.userId,
    })
    .returning();
  await recordAudit(tx, decider, {
    tenantId: review.tenantId,
    entity: "growth_path",
    entityId: kpiId,
    action: "new_version",
    after: { ...row, ...(review.evaluationId ? { evaluationId: review.evaluationId } : { reviewId: review.reviewId }) },
  });
}

/**
 * Applies the malus and the decisions, then writes the last signature and the final status in
 * one update. `signature` holds the columns of the signature that completes the review.
 */
export async function finalizeReview(
  tx: Db,
  ctx: Actor,
  review: Review,
  contract: ReviewContract,
  signature: Partial<Review>,
): Promise<Review> {
  await assertQuarterOpen(tx, review);
  const malusAppliedCents = await fixMalus(tx, review, contract);
  const overallScore = await storedOverallScore(tx, review, contract);
  const buyerSignerId = signature.buyerSignedByUserId ?? review.buyerSignedByUserId;
  await applyDecisions(tx, ctx, review, contract, buyerSignerId ?? null);
  const now = new Date();
  const [final] = await tx
    .update(reviews)
    .set({ ...signature, status: "final", finalizedAt: now, malusAppliedCents, overallScore, version: review.version + 1, updatedAt: now })
    .where(and(eq(reviews.tenantId, review.tenantId), eq(reviews.id, review.id), eq(reviews.version, review.version)))
    .returning();
  if (!final) throw new ConflictError();
  await recordAudit(tx, ctx, {
    tenantId: review.tenantId,
    entity: "review",
    entityId: review.id,
    action: "finalize",
    after: { malusAppliedCents, overallScore, finalizedAt: now },
  });
  await raiseWebhookEvent(tx, {
    type: "review.finalized",
    contract: { tenantId: review.tenantId, id: review.contractId },
    data: { reviewId: final.id, quarter: final.quarter, status: final.status },
  });
  return final;
}
