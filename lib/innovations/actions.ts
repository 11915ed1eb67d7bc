// Writes to a contract's innovation register. Either side proposes and, after a go or a pilot,
// records what the innovation delivered; the decision is taken in a draft quarterly review by
// the buyer who leads it, and freezes with the review (the database refuses changes: GP001).
import { and, eq, inArray } from "drizzle-orm";
import type { Db } from "@/db/client";
import { innovationDecisions, innovations, kpis } from "@/db/schema";
import { recordAudit } from "@/lib/audit";
import type { Actor } from "@/lib/auth/actor";
import { getContractOfActor } from "@/lib/contracts/queries";
import { ConflictError, NotFoundError, ValidationError } from "@/lib/errors";
import { defineAction } from "@/lib/http/action";
import { kpiReferenceErrors } from "@/lib/kpis/store";
import { quarterFromKey, quarterLabel } from "@/lib/periods";
import { auditReview, draftForWrite, refuseFinal, touchReview } from "@/lib/reviews/access";
import { authorName } from "@/lib/reviews/score-actions";
import { getRoadmapItem } from "@/lib/roadmap/queries";
import { assertMayProposeInnovation } from "./policy";
import { decisionOf, getInnovation } from "./queries";
import { outcomeAllowed } from "./rules";
import { DecideInnovation, ProposeInnovation, RecordInnovationOutcome, RemoveInnovationDecision } from "./schemas";

type InnovationContract = { tenantId: string; id: string; startDate: string; endDate: string; contractManagerId: string | null };

/** The contract whose register the actor may write to; anything else is "not found" or forbidden. */
async function registerContract(tx: Db, ctx: Actor, contractId: string): Promise<InnovationContract> {
  const contract = await getContractOfActor(tx, ctx, contractId);
  assertMayProposeInnovation(ctx, contract);
  return contract;
}

/** KPIs and themes of this contract, and a roadmap action of this contract. */
async function referenceErrors(tx: Db, contract: InnovationContract, input: ProposeInnovation): Promise<Record<string, string>> {
  const errors = await kpiReferenceErrors(tx, contract, { themeIds: input.themeIds });
  if (input.kpiIds.length > 0) {
    const found = await tx
      .select({ id: kpis.id })
      .from(kpis)
      .where(and(eq(kpis.tenantId, contract.tenantId), eq(kpis.contractId, contract.id), inArray(kpis.id, input.kpiIds)));
    if (found.length !== new Set(input.kpiIds).size) errors.kpiIds = "Kies KPI's van dit contract.";
  }
  if (input.roadmapItemId) {
    try {
      await getRoadmapItem(tx, { tenantId: contract.tenantId, contractId: contract.id, id: input.roadmapItemId });
    } catch (error) {
      if (!(error instanceof NotFoundError)) throw error;
      errors.roadmapItemId = "Kies een actie uit de roadmap van dit contract.";
    }
  }
  return errors;
}

export const proposeInnovation = defineAction({
  name: "innovations.propose",
  permission: "innovations.propose",
  input: ProposeInnovation,
  async handler(tx, ctx, input) {
    const contract = await registerContract(tx, ctx, input.contractId);
    const errors = await referenceErrors(tx, contract, input);
    if (Object.keys(errors).length > 0) throw new ValidationError(errors);
    const { contractId: _contractId, ...fields } = input;
    const [row] = await tx
      .insert(innovations)
      .values({
        ...fields,
        kpiIds: [...new Set(fields.kpiIds)],
        themeIds: [...new Set(fields.themeIds)],
        tenantId: contract.tenantId,
        contractId: contract.id,
        proposedBySide: ctx.org.kind === "buyer" ? "buyer" : "supplier",
        proposedByUserId: ctx.userId,
        proposerName: authorName(ctx),
      })
      .returning();
    await recordAudit(tx, ctx, { tenantId: contract.tenantId, entity: "innovation", entityId: row.id, action: "propose", after: row });
    return { id: row.id };
  },
});

export const decideInnovation = defineAction({
  name: "innovations.decide",
  permission: "reviews.manage",
  input: DecideInnovation,
  handler: async (tx, ctx, input) =>
    refuseFinal(async () => {
      const { review, contract } = await draftForWrite(tx, ctx, input.reviewId, { manage: true, version: input.version });
      const innovation = await getInnovation(tx, { tenantId: contract.tenantId, contractId: contract.id, id: input.innovationId });
      const before = await decisionOf(tx, innovation);
      if (before && before.reviewId !== review.id) {
        const where = quarterLabel(quarterFromKey(before.reviewQuarter));
        throw new ValidationError({ innovationId: `Over deze innovatie is al besloten in de review van ${where}.` });
      }
      const fields = { decision: input.decision, reason: input.reason, decidedByUserId: ctx.userId, decidedByName: authorName(ctx) };
      const [after] = before
        ? await tx
            .update(innovationDecisions)
            .set(fields)
            .where(and(eq(innovationDecisions.tenantId, before.tenantId), eq(innovationDecisions.id, before.id)))
            .returning()
        : await tx
            .insert(innovationDecisions)
            .values({ ...fields, tenantId: review.tenantId, innovationId: innovation.id, reviewId: review.id })
            .returning();
      const touched = await touchReview(tx, review);
      await recordAudit(tx, ctx, {
        tenantId: contract.tenantId,
        entity: "innovation",
        entityId: innovation.id,
        action: "decide",
        before: before ?? undefined,
        after,
      });
      await auditReview(tx, ctx, review, "innovation_decision", { innovationId: innovation.id, decision: input.decision });
      return { id: innovation.id, reviewId: review.id, version: touched.version };
    }),
});

export const removeInnovationDecision = defineAction({
  name: "innovations.remove_decision",
  permission: "reviews.manage",
  input: RemoveInnovationDecision,
  handler: async (tx, ctx, input) =>
    refuseFinal(async () => {
      const { review, contract } = await draftForWrite(tx, ctx, input.reviewId, { manage: true, version: input.version });
      const innovation = await getInnovation(tx, { tenantId: contract.tenantId, contractId: contract.id, id: input.innovationId });
      const [gone] = await tx
        .delete(innovationDecisions)
        .where(
          and(
            eq(innovationDecisions.tenantId, review.tenantId),
            eq(innovationDecisions.reviewId, review.id),
            eq(innovationDecisions.innovationId, innovation.id),
          ),
        )
        .returning();
      if (!gone) throw new NotFoundError("Over deze innovatie is in deze review niets besloten.");
      const touched = await touchReview(tx, review);
      await recordAudit(tx, ctx, {
        tenantId: contract.tenantId,
        entity: "innovation",
        entityId: innovation.id,
        action: "remove_decision",
        before: gone,
      });
      await auditReview(tx, ctx, review, "remove_innovation_decision", undefined, { innovationId: innovation.id, decision: gone.decision });
      return { id: innovation.id, reviewId: review.id, version: touched.version };
    }),
});

const OUTCOME_NOT_YET = "Het resultaat leg je vast nadat een definitieve kwartaalreview go of pilot heeft besloten.";

export const recordInnovationOutcome = defineAction({
  name: "innovations.record_outcome",
  permission: "innovations.propose",
  input: RecordInnovationOutcome,
  async handler(tx, ctx, input) {
    const contract = await registerContract(tx, ctx, input.contractId);
    const before = await getInnovation(tx, { tenantId: contract.tenantId, contractId: contract.id, id: input.innovationId });
    if (before.version !== input.version) throw new ConflictError();
    if (!outcomeAllowed(await decisionOf(tx, before))) throw new ValidationError({ outcome: OUTCOME_NOT_YET }, OUTCOME_NOT_YET);
    const [after] = await tx
      .update(innovations)
      .set({
        outcome: input.outcome,
        outcomeByUserId: ctx.userId,
        outcomeByName: authorName(ctx),
        outcomeAt: new Date(),
        version: before.version + 1,
      })
      .where(and(eq(innovations.tenantId, before.tenantId), eq(innovations.id, before.id), eq(innovations.version, before.version)))
      .returning();
    // Someone saved between our read and this write: their change stays, ours is refused.
    if (!after) throw new ConflictError();
    await recordAudit(tx, ctx, {
      tenantId: contract.tenantId,
      entity: "innovation",
      entityId: before.id,
      action: "record_outcome",
      before,
      after,
    });
    return { id: before.id, version: after.version };
  },
});
