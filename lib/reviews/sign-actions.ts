// Signing a review: the buyer's contract manager (or a buyer admin) for the buyer, an admin or
// reporter of the supplier for the supplier. Refused with the reasons while the review cannot be
// signed. The second signature makes the review final in the same transaction (finalize.ts).
import { and, eq } from "drizzle-orm";
import { reviews, type Review } from "@/db/schema";
import { ConflictError, ValidationError } from "@/lib/errors";
import { auditReview, draftForWrite, refuseFinal } from "./access";
import { finalizeReview } from "./finalize";
import { SignReview } from "./schemas";
import { reviewSignBlockers } from "./sign-check";
import { authorName } from "./score-actions";
import { defineAction } from "@/lib/http/action";
import { notifyReviewFinal, notifySignatureNeeded } from "@/lib/notifications/events";

export const signReview = defineAction({
  name: "reviews.sign",
  permission: "reviews.participate",
  input: SignReview,
  handler: async (tx, ctx, input) =>
    refuseFinal(async () => {
      const { review, contract } = await draftForWrite(tx, ctx, input.reviewId, { version: input.version });
      const buyer = ctx.org.kind === "buyer";
      if (buyer ? review.buyerSignedAt : review.supplierSignedAt) {
        const message = `Deze review is al ondertekend namens de ${buyer ? "opdrachtgever" : "leverancier"}.`;
        throw new ValidationError({ _form: message }, message);
      }
      const blockers = await reviewSignBlockers(tx, review, contract);
      if (blockers.length)
        throw new ValidationError({ _form: blockers.join(" ") }, `De review kan nog niet worden ondertekend. ${blockers.join(" ")}`);
      const now = new Date();
      const signature: Partial<Review> = buyer
        ? { buyerSignedByUserId: ctx.userId, buyerSignedAt: now, buyerSignerName: authorName(ctx) }
        : { supplierSignedByUserId: ctx.userId, supplierSignedAt: now, supplierSignerName: authorName(ctx) };
      await auditReview(tx, ctx, review, "sign", { side: ctx.org.kind });
      const otherSigned = buyer ? review.supplierSignedAt : review.buyerSignedAt;
      if (otherSigned) {
        const final = await finalizeReview(tx, ctx, review, contract, signature);
        await notifyReviewFinal(tx, final);
        return { id: final.id, version: final.version, status: final.status };
      }
      const [after] = await tx
        .update(reviews)
        .set({ ...signature, version: review.version + 1, updatedAt: now })
        .where(and(eq(reviews.tenantId, review.tenantId), eq(reviews.id, review.id), eq(reviews.version, review.version)))
        .returning();
      if (!after) throw new ConflictError();
      await notifySignatureNeeded(tx, ctx, after);
      return { id: after.id, version: after.version, status: after.status };
    }),
});
