// The malus of one review against the caps: what the final reviews of the contract applied
// already is read from their signed rows, this review's scores are passed in.
import { and, eq, ne } from "drizzle-orm";
import type { Db } from "@/db/client";
import { reviews, reviewScores, type ReviewScore } from "@/db/schema";
import type { MalusCaps, MalusRule } from "@/lib/kpis/malus";
import type { CapPeriod } from "@/lib/malus/cap-years";
import { quarterFromKey } from "@/lib/periods";
import { reviewMalus, type FinalEntry } from "./rules";

export async function finalMalusEntries(db: Db, contract: { tenantId: string; id: string }, exceptReviewId?: string): Promise<FinalEntry[]> {
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

type KpiCaps = { id: string; malusRule: unknown };

/** The malus per KPI and in total for a review's stored scores. */
export async function malusOfReview(
  db: Db,
  contract: { tenantId: string; id: string; valueCents: number; startDate: string; malusCapPeriod: CapPeriod },
  review: { id: string; quarter: string },
  scores: Pick<ReviewScore, "kpiId" | "malusRawCents" | "waiverKind" | "waiverCents" | "waiverReason">[],
  kpis: KpiCaps[],
) {
  const finals = await finalMalusEntries(db, contract, review.id);
  const caps: Record<string, MalusCaps | null> = {};
  for (const k of kpis) caps[k.id] = ((k.malusRule as MalusRule | null) ?? null)?.caps ?? null;
  return reviewMalus({
    quarter: quarterFromKey(review.quarter),
    scores: scores.map((s) => ({ kpiId: s.kpiId, rawCents: s.malusRawCents, kind: s.waiverKind, cents: s.waiverCents, reason: s.waiverReason })),
    finals,
    caps,
    contractValueCents: contract.valueCents,
    years: { period: contract.malusCapPeriod, startDate: contract.startDate },
  });
}
