// Lowering or waiving the malus a KPI's rule gives, always with a reason, and the second pair of
// eyes on a waiver above the threshold (REVIEW_WAIVER_FOUR_EYES_CENTS, default € 1.000): a buyer
// coordinator or admin who did not record the waiver approves it before the review can be signed.
import { and, eq } from "drizzle-orm";
import { reviewScores } from "@/db/schema";
import { ConflictError, ForbiddenError, ValidationError } from "@/lib/errors";
import { parseEuroCents } from "@/lib/format";
import { waiverErrors, type Waiver } from "./rule";
import { assertBuyer, auditReview, draftForWrite, findReview, finalError, refuseFinal, touchReview } from "@/lib/reviews/access";
import { waiverThreshold } from "@/lib/reviews/config";
import { needsApproval } from "@/lib/reviews/rules";
import { ApproveWaiver, WaiveMalus } from "@/lib/reviews/schemas";
import { scoreRow } from "@/lib/reviews/score-actions";
import { decidedMalus } from "@/lib/reviews/sign-check";
import { defineAction } from "@/lib/http/action";

export const waiveMalus = defineAction({
  name: "reviews.waive",
  permission: "reviews.manage",
  input: WaiveMalus,
  handler: async (tx, ctx, input) =>
    refuseFinal(async () => {
      const { review, contract } = await draftForWrite(tx, ctx, input.reviewId, { manage: true, version: input.version });
      const row = await scoreRow(tx, review, input.kpiId);
      // A waiver lowers the malus as the contract decides it, which the agreed score may have
      // raised above what the reported value gives (a fixed amount for a quarter agreed off track).
      const decidedCents = (await decidedMalus(tx, review, contract)).get(input.kpiId) ?? row.malusRawCents;
      let waiver: Waiver | null = null;
      if (input.kind !== "none") {
        if (decidedCents <= 0) throw new ValidationError({ kind: "Voor deze KPI is er geen malus om te verlagen of kwijt te schelden." });
        if (input.kind === "reduction") {
          const parsed = parseEuroCents(input.amount);
          if (!parsed.ok) throw new ValidationError({ amount: parsed.error });
          waiver = { kind: "reduction", cents: parsed.cents, reason: input.reason ?? "" };
        } else waiver = { kind: "full", reason: input.reason ?? "" };
        const errors = waiverErrors(waiver, decidedCents);
        if (errors.length)
          throw new ValidationError({
            [input.kind === "reduction" && !errors[0].includes("reden") ? "amount" : "reason"]: errors.join(" "),
          });
      }
      // A changed waiver needs a fresh approval: the approval was for the amount as it was.
      await tx
        .update(reviewScores)
        .set({
          waiverKind: waiver?.kind ?? null,
          waiverCents: waiver?.kind === "reduction" ? waiver.cents : null,
          waiverReason: waiver?.reason ?? null,
          waiverByUserId: waiver ? ctx.userId : null,
          waiverApprovedByUserId: null,
          waiverApprovedAt: null,
        })
        .where(and(eq(reviewScores.tenantId, row.tenantId), eq(reviewScores.id, row.id)));
      const after = await touchReview(tx, review);
      await auditReview(
        tx,
        ctx,
        review,
        "waive",
        { kpiId: input.kpiId, waiver },
        { kind: row.waiverKind, cents: row.waiverCents, reason: row.waiverReason },
      );
      const stored = {
        kind: waiver?.kind ?? null,
        cents: waiver?.kind === "reduction" ? waiver.cents : null,
        reason: waiver?.reason ?? null,
      };
      return { id: review.id, version: after.version, needsApproval: needsApproval(decidedCents, stored, waiverThreshold()) };
    }),
});

export const approveWaiver = defineAction({
  name: "reviews.approve_waiver",
  permission: "reviews.approve_waiver",
  input: ApproveWaiver,
  handler: async (tx, ctx, input) =>
    refuseFinal(async () => {
      assertBuyer(ctx);
      // Any coordinator or admin of the buyer may be the second pair of eyes, not only the contract's manager.
      const { review } = await findReview(tx, ctx, input.reviewId);
      if (review.status === "final") throw finalError();
      const row = await scoreRow(tx, review, input.kpiId);
      if (!row.waiverKind)
        throw new ValidationError(
          { _form: "Er is geen kwijtschelding om goed te keuren." },
          "Er is geen kwijtschelding om goed te keuren.",
        );
      if (row.waiverByUserId === ctx.userId)
        throw new ForbiddenError("Je kunt je eigen kwijtschelding niet goedkeuren: dat doet een tweede persoon.");
      if (review.version !== input.version) throw new ConflictError();
      await tx
        .update(reviewScores)
        .set({ waiverApprovedByUserId: ctx.userId, waiverApprovedAt: new Date() })
        .where(and(eq(reviewScores.tenantId, row.tenantId), eq(reviewScores.id, row.id)));
      const after = await touchReview(tx, review);
      await auditReview(tx, ctx, review, "approve_waiver", { kpiId: input.kpiId });
      return { id: review.id, version: after.version };
    }),
});
