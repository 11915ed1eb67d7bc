// Agreeing the score per KPI. The buyer proposes and records the agreed score (with a reason when
// it differs from the computed status); both sides comment on it; the supplier can contest it in
// a comment, and the buyer settles the contest, possibly with another score.
import { contractSide } from "@/lib/auth/permissions";
import { and, eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { reviewComments, reviewScores, type Review } from "@/db/schema";
import { ForbiddenError, NotFoundError, ValidationError } from "@/lib/errors";
import { auditReview, draftForWrite, refuseFinal, touchReview } from "./access";
import { scoreDiffers } from "./rules";
import { CommentOnScore, ScoreKpi, SettleScore } from "./schemas";
import type { Actor } from "@/lib/auth/actor";
import { defineAction } from "@/lib/http/action";

export async function scoreRow(tx: Db, review: Review, kpiId: string) {
  const [row] = await tx
    .select()
    .from(reviewScores)
    .where(and(eq(reviewScores.tenantId, review.tenantId), eq(reviewScores.reviewId, review.id), eq(reviewScores.kpiId, kpiId)))
    .limit(1);
  if (!row) throw new NotFoundError("Deze KPI staat niet in deze review.");
  return row;
}

export const authorName = (ctx: Actor) => `${ctx.name ?? ctx.email} (${ctx.org.name})`;

export const scoreKpi = defineAction({
  name: "reviews.score",
  permission: "reviews.manage",
  input: ScoreKpi,
  handler: async (tx, ctx, input) =>
    refuseFinal(async () => {
      const { review } = await draftForWrite(tx, ctx, input.reviewId, { manage: true, version: input.version });
      const row = await scoreRow(tx, review, input.kpiId);
      if (scoreDiffers(row.computedStatus, input.score) && !input.reason) {
        throw new ValidationError({ reason: "Geef een reden: de afgesproken score wijkt af van de berekende status." });
      }
      await tx
        .update(reviewScores)
        .set({ agreedScore: input.score, agreedReason: input.reason })
        .where(and(eq(reviewScores.tenantId, row.tenantId), eq(reviewScores.id, row.id)));
      const after = await touchReview(tx, review);
      await auditReview(
        tx,
        ctx,
        review,
        "score",
        { kpiId: input.kpiId, score: input.score, reason: input.reason },
        { score: row.agreedScore, reason: row.agreedReason },
      );
      return { id: review.id, version: after.version };
    }),
});

export const commentOnScore = defineAction({
  name: "reviews.comment",
  permission: "reviews.participate",
  input: CommentOnScore,
  handler: async (tx, ctx, input) =>
    refuseFinal(async () => {
      const { review } = await draftForWrite(tx, ctx, input.reviewId);
      if (input.contest && ctx.org.kind !== "supplier") throw new ForbiddenError("Alleen de leverancier kan een score betwisten.");
      if (input.contest && !input.kpiId) throw new ValidationError({ kpiId: "Kies de KPI waarvan je de score betwist." });
      const row = input.kpiId ? await scoreRow(tx, review, input.kpiId) : null;
      const [comment] = await tx
        .insert(reviewComments)
        .values({
          tenantId: review.tenantId,
          reviewId: review.id,
          kpiId: input.kpiId,
          authorUserId: ctx.userId,
          authorName: authorName(ctx),
          authorSide: contractSide(ctx.org.kind),
          body: input.body,
        })
        .returning();
      let version = review.version;
      if (input.contest && row) {
        // A contest changes the record: the score is open again and signatures already given lapse.
        await tx
          .update(reviewScores)
          .set({ contested: true })
          .where(and(eq(reviewScores.tenantId, row.tenantId), eq(reviewScores.id, row.id)));
        version = (await touchReview(tx, review)).version;
      }
      await auditReview(tx, ctx, review, input.contest ? "contest" : "comment", { kpiId: input.kpiId, commentId: comment.id });
      return { id: comment.id, reviewId: review.id, version };
    }),
});

export const settleScore = defineAction({
  name: "reviews.settle",
  permission: "reviews.manage",
  input: SettleScore,
  handler: async (tx, ctx, input) =>
    refuseFinal(async () => {
      const { review } = await draftForWrite(tx, ctx, input.reviewId, { manage: true, version: input.version });
      const row = await scoreRow(tx, review, input.kpiId);
      if (!row.contested) throw new ValidationError({ _form: "Deze score wordt niet betwist." }, "Deze score wordt niet betwist.");
      const changes = input.score ? { agreedScore: input.score, agreedReason: input.reason } : {};
      await tx
        .update(reviewScores)
        .set({ contested: false, ...changes })
        .where(and(eq(reviewScores.tenantId, row.tenantId), eq(reviewScores.id, row.id)));
      await tx.insert(reviewComments).values({
        tenantId: review.tenantId,
        reviewId: review.id,
        kpiId: input.kpiId,
        authorUserId: ctx.userId,
        authorName: authorName(ctx),
        authorSide: contractSide(ctx.org.kind),
        body: `Betwisting afgehandeld${input.score ? " met een nieuwe score" : ""}: ${input.reason}`,
      });
      const after = await touchReview(tx, review);
      await auditReview(tx, ctx, review, "settle", { kpiId: input.kpiId, score: input.score ?? row.agreedScore, reason: input.reason });
      return { id: review.id, version: after.version };
    }),
});
