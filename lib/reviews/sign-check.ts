// Whether a review can be signed, read from its stored scores: the reasons why not, in Dutch.
import { and, asc, eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { kpis, reviewScores } from "@/db/schema";
import { waiverThreshold } from "./config";
import { signBlockers } from "./rules";

export async function scoresWithNames(db: Db, review: { tenantId: string; id: string }) {
  return db
    .select({ score: reviewScores, kpiName: kpis.name })
    .from(reviewScores)
    .innerJoin(kpis, and(eq(kpis.tenantId, reviewScores.tenantId), eq(kpis.id, reviewScores.kpiId)))
    .where(and(eq(reviewScores.tenantId, review.tenantId), eq(reviewScores.reviewId, review.id)))
    .orderBy(asc(kpis.createdAt), asc(kpis.name));
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
