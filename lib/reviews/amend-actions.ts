// What can still be added around a review: lessons learned while it is a draft, amendments once
// it is final (a correction that records who, when and why, shown next to the original), and the
// closing of action items, which live on after the review that made them.
//
// Amendments: both signatories' sides may record one (reviews.participate): the buyer's contract
// manager or an admin, and the supplier's admins and reporters. The record belongs to both; the
// amendment names its author and organisation, and the database keeps it append-only.
import { and, eq } from "drizzle-orm";
import { actionItems, contracts, lessonsLearned, reviewAmendments, reviewScores } from "@/db/schema";
import { recordAudit } from "@/lib/audit";
import { UUID_PATTERN } from "@/lib/contracts/rules";
import { ConflictError, NotFoundError, ValidationError } from "@/lib/errors";
import { auditReview, draftForWrite, findReview, refuseFinal, touchReview } from "./access";
import { assertParticipatesInReview } from "./policy";
import { AddLesson, AmendReview, CloseActionItem } from "./schemas";
import { authorName } from "./score-actions";
import { defineAction } from "@/lib/http/action";

export const addLesson = defineAction({
  name: "reviews.lesson",
  permission: "reviews.participate",
  input: AddLesson,
  handler: async (tx, ctx, input) =>
    refuseFinal(async () => {
      const { review, contract } = await draftForWrite(tx, ctx, input.reviewId);
      const [lesson] = await tx
        .insert(lessonsLearned)
        .values({
          tenantId: review.tenantId,
          reviewId: review.id,
          contractId: contract.id,
          body: input.body,
          authorUserId: ctx.userId,
          authorName: authorName(ctx),
        })
        .returning();
      // Lessons are part of the signed record: adding one is a change like any other.
      const after = await touchReview(tx, review);
      await auditReview(tx, ctx, review, "lesson", { lessonId: lesson.id, body: input.body });
      return { id: lesson.id, reviewId: review.id, version: after.version };
    }),
});

const NOT_FINAL = "Een review in concept pas je gewoon aan; een correctie leg je pas vast als de review definitief is.";

export const amendReview = defineAction({
  name: "reviews.amend",
  permission: "reviews.participate",
  input: AmendReview,
  handler: async (tx, ctx, input) => {
    const { review, contract } = await findReview(tx, ctx, input.reviewId);
    assertParticipatesInReview(ctx, contract);
    if (review.status !== "final") throw new ValidationError({ _form: NOT_FINAL }, NOT_FINAL);
    if (input.kpiId) {
      const [row] = await tx
        .select({ id: reviewScores.id })
        .from(reviewScores)
        .where(and(eq(reviewScores.tenantId, review.tenantId), eq(reviewScores.reviewId, review.id), eq(reviewScores.kpiId, input.kpiId)));
      if (!row) throw new ValidationError({ kpiId: "Deze KPI staat niet in deze review." });
    }
    const [amendment] = await tx
      .insert(reviewAmendments)
      .values({
        tenantId: review.tenantId,
        reviewId: review.id,
        kpiId: input.kpiId,
        field: input.field,
        previousValue: input.previousValue,
        correctedValue: input.correctedValue,
        reason: input.reason,
        authorUserId: ctx.userId,
        authorName: authorName(ctx),
      })
      .returning();
    // The review row itself is frozen, so the audit event is the only other trace.
    await auditReview(tx, ctx, review, "amend", amendment);
    return { id: amendment.id, reviewId: review.id };
  },
});

export const closeActionItem = defineAction({
  name: "reviews.close_action",
  permission: "reviews.participate",
  input: CloseActionItem,
  handler: async (tx, ctx, input) => {
    if (!UUID_PATTERN.test(input.actionItemId)) throw new NotFoundError("Dit actiepunt bestaat niet.");
    const party = ctx.org.kind === "buyer" ? eq(contracts.tenantId, ctx.org.id) : eq(contracts.supplierOrgId, ctx.org.id);
    const [found] = await tx
      .select({ item: actionItems, contractManagerId: contracts.contractManagerId })
      .from(actionItems)
      .innerJoin(contracts, and(eq(contracts.tenantId, actionItems.tenantId), eq(contracts.id, actionItems.contractId)))
      .where(and(eq(actionItems.id, input.actionItemId), party))
      .limit(1);
    if (!found) throw new NotFoundError("Dit actiepunt bestaat niet.");
    assertParticipatesInReview(ctx, found);
    const { item } = found;
    if (item.version !== input.version) throw new ConflictError();
    if (item.status !== "open") throw new ValidationError({ _form: "Dit actiepunt is al afgesloten." }, "Dit actiepunt is al afgesloten.");
    const [after] = await tx
      .update(actionItems)
      .set({ status: input.status, closedAt: new Date(), closedNote: input.note, version: item.version + 1 })
      .where(and(eq(actionItems.tenantId, item.tenantId), eq(actionItems.id, item.id), eq(actionItems.version, item.version)))
      .returning();
    if (!after) throw new ConflictError();
    await recordAudit(tx, ctx, {
      tenantId: item.tenantId,
      entity: "action_item",
      entityId: item.id,
      action: "close",
      before: item,
      after,
    });
    return { id: after.id, version: after.version, status: after.status };
  },
});
