// Whether a review can be signed, read from its stored scores: the reasons why not, in Dutch.
import { and, asc, eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { kpis, reviewScores } from "@/db/schema";
import { waiverThreshold } from "./config";
import { overallScore } from "./overall-score";
import { signBlockers } from "./rules";

export async function scoresWithNames(db: Db, review: { tenantId: string; id: string }) {
  return db
    .select({ score: reviewScores, kpiName: kpis.name, weight: kpis.weight, knockOut: kpis.knockOut })
    .from(reviewScores)
    .innerJoin(kpis, and(eq(kpis.tenantId, reviewScores.tenantId), eq(kpis.id, reviewScores.kpiId)))
    .where(and(eq(reviewScores.tenantId, review.tenantId), eq(reviewScores.reviewId, review.id)))
    .orderBy(asc(kpis.createdAt), asc(kpis.name));
}

/** The review's overall score from its stored agreed scores, as it is fixed when the review becomes final. */
export async function storedOverallScore(db: Db, review: { tenantId: string; id: string }): Promise<number | null> {
  const rows = await scoresWithNames(db, review);
  return overallScore(rows.map((r) => ({ name: r.kpiName, weight: r.weight, knockOut: r.knockOut, agreedScore: r.score.agreedScore }))).score;
}

export async function reviewSignBlockers(db: Db, review: { tenantId: string; id: string; meetingAt: Date | null }, now = new Date()): Promise<string[]> {
  const rows = await scoresWithNames(db, review);
  return signBlockers(
    rows.map(({ score: s, kpiName }) => ({
      kpiName,
      agreedScore: s.agreedScore,
      contested: s.contested,
      rawCents: s.malusRawCents,
      kind: s.waiverKind,
      cents: s.waiverCents,
      reason: s.waiverReason,
      approved: s.waiverApprovedAt !== null,
    })),
    waiverThreshold(),
    { meetingAt: review.meetingAt, now },
  );
}
