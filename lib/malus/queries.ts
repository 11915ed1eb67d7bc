// The malus of one review against the caps: what the final reviews of the contract applied
// already is read from their signed rows, this review's scores are passed in.
import { and, eq, ne } from "drizzle-orm";
import type { Db } from "@/db/client";
import { reviews, reviewScores, type ReviewScore } from "@/db/schema";
import type { MalusCaps, MalusRule } from "./rule";
import { periodValues } from "./ledger";
import { offTrackCents } from "./decide";
import { reviewMalus, type FinalEntry, type ReviewMalusContract } from "./review-malus";
import { quarterFromKey } from "@/lib/periods";

async function finalMalusEntries(db: Db, contract: { tenantId: string; id: string }, exceptReviewId?: string): Promise<FinalEntry[]> {
  const rows = await db
    .select({ quarter: reviews.quarter, kpiId: reviewScores.kpiId, applied: reviewScores.malusAppliedCents })
    .from(reviewScores)
    .innerJoin(reviews, and(eq(reviews.tenantId, reviewScores.tenantId), eq(reviews.id, reviewScores.reviewId)))
    .where(
      and(
        eq(reviews.tenantId, contract.tenantId),
        eq(reviews.contractId, contract.id),
        eq(reviews.status, "final"),
        ...(exceptReviewId ? [ne(reviews.id, exceptReviewId)] : []),
      ),
    );
  return rows.map((r) => ({ quarter: r.quarter, kpiId: r.kpiId, appliedCents: r.applied ?? 0 }));
}

type KpiRule = { id: string; malusRule: unknown };
type StoredScore = Pick<ReviewScore, "kpiId" | "malusRawCents" | "waiverKind" | "waiverCents" | "waiverReason" | "agreedScore">;

/** The malus per KPI and in total for a review's stored scores. */
export async function malusOfReview(
  db: Db,
  contract: ReviewMalusContract & { tenantId: string; id: string },
  review: { id: string; quarter: string },
  scores: StoredScore[],
  kpis: KpiRule[],
) {
  const finals = await finalMalusEntries(db, contract, review.id);
  const quarter = quarterFromKey(review.quarter);
  const quarterValue = periodValues(contract).quarterCents(quarter);
  const rules = new Map(kpis.map((k) => [k.id, (k.malusRule as MalusRule | null) ?? null]));
  const caps: Record<string, MalusCaps | null> = {};
  for (const [id, rule] of rules) caps[id] = rule?.caps ?? null;
  return reviewMalus({
    quarter,
    scores: scores.map((s) => ({
      kpiId: s.kpiId,
      rawCents: s.malusRawCents,
      agreedScore: s.agreedScore,
      offTrackCents: offTrackCents(rules.get(s.kpiId) ?? null, s.malusRawCents, quarterValue),
      kind: s.waiverKind,
      cents: s.waiverCents,
      reason: s.waiverReason,
    })),
    finals,
    caps,
    contract,
  });
}
