// Whether a review can be signed, read from its stored scores: the reasons why not, in Dutch.
import { and, asc, eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { kpis, reviewScores } from "@/db/schema";
import { waiverThreshold } from "./config";
import type { ReviewMalusContract } from "@/lib/malus/review-malus";
import { malusOfReview } from "@/lib/malus/queries";
import { overallScore, type WeightGroup } from "./overall-score";
import { signBlockers } from "./rules";

export async function scoresWithNames(db: Db, review: { tenantId: string; id: string }) {
  return db
    .select({
      score: reviewScores,
      kpiName: kpis.name,
      weight: kpis.weight,
      knockOut: kpis.knockOut,
      group: kpis.scoreGroup,
      malusRule: kpis.malusRule,
    })
    .from(reviewScores)
    .innerJoin(kpis, and(eq(kpis.tenantId, reviewScores.tenantId), eq(kpis.id, reviewScores.kpiId)))
    .where(and(eq(reviewScores.tenantId, review.tenantId), eq(reviewScores.reviewId, review.id)))
    .orderBy(asc(kpis.createdAt), asc(kpis.name));
}

/** The review's overall score from its stored agreed scores, as it is fixed when the review becomes final. */
export async function storedOverallScore(
  db: Db,
  review: { tenantId: string; id: string },
  contract: { scoreGroups: WeightGroup[] },
): Promise<number | null> {
  const rows = await scoresWithNames(db, review);
  return overallScore(
    rows.map((r) => ({ name: r.kpiName, weight: r.weight, knockOut: r.knockOut, group: r.group, agreedScore: r.score.agreedScore })),
    contract.scoreGroups,
  ).score;
}

type MalusReview = { tenantId: string; id: string; quarter: string };
type MalusOfContract = ReviewMalusContract & { tenantId: string; id: string };

/**
 * The malus per KPI as the contract decides it, before waivers and caps: the computed amount, or
 * under "the agreed score decides" what the agreed score makes of it. A waiver waives this.
 */
export async function decidedMalus(
  db: Db,
  review: MalusReview,
  contract: MalusOfContract,
  rows?: Awaited<ReturnType<typeof scoresWithNames>>,
): Promise<Map<string, number>> {
  const scored = rows ?? (await scoresWithNames(db, review));
  const malus = await malusOfReview(
    db,
    contract,
    review,
    scored.map((r) => r.score),
    scored.map((r) => ({ id: r.score.kpiId, malusRule: r.malusRule })),
  );
  return new Map(malus.perKpi.map((m) => [m.kpiId, m.rawCents]));
}

/**
 * Why the review cannot be signed yet. Four eyes judge a waiver against the amount it waives:
 * the malus as the contract decides it (the agreed score may have set it to nothing).
 */
export async function reviewSignBlockers(
  db: Db,
  review: MalusReview & { meetingAt: Date | null },
  contract: MalusOfContract,
  now = new Date(),
): Promise<string[]> {
  const rows = await scoresWithNames(db, review);
  const decided = await decidedMalus(db, review, contract, rows);
  return signBlockers(
    rows.map(({ score: s, kpiName }) => ({
      kpiName,
      agreedScore: s.agreedScore,
      contested: s.contested,
      rawCents: decided.get(s.kpiId) ?? s.malusRawCents,
      kind: s.waiverKind,
      cents: s.waiverCents,
      reason: s.waiverReason,
      approved: s.waiverApprovedAt !== null,
    })),
    waiverThreshold(),
    { meetingAt: review.meetingAt, now },
  );
}
