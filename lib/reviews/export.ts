// The record of one quarterly review as the outputs show it (report page, PDF, CSV): read
// straight from the review tables through the contract the viewer may see, so the outputs do
// not depend on how the review was written. Row-level security is the second wall.
import { and, asc, eq, inArray } from "drizzle-orm";
import type { AnyPgColumn } from "drizzle-orm/pg-core";
import type { Db } from "@/db/client";
import {
  actionItems,
  indicators,
  kpis,
  lessonsLearned,
  reviewAmendments,
  reviewDecisions,
  reviewParticipants,
  reviews,
  reviewScores,
  type ActionItem,
  type LessonLearned,
  type Review,
  type ReviewAmendment,
  type ReviewDecision,
  type ReviewParticipant,
  type ReviewScore,
} from "@/db/schema";
import { getContract, type ContractViewer } from "@/lib/contracts/queries";
import { NotFoundError } from "@/lib/errors";
import { applyWaiver } from "@/lib/malus/rule";
import { parseQuarter, quarterKey, type Quarter } from "@/lib/periods";

type ScoreLine = ReviewScore & {
  kpiName: string;
  kpiKind: "quantitative" | "qualitative";
  obligation: "inspanning" | "resultaat";
  unit: string | null;
  waivedCents: number;
  /** The amount applied: fixed at sign-off, or for a draft what is left after the waiver. */
  appliedCents: number;
};

type DecisionLine = ReviewDecision & { kpiName: string | null };

export type ReviewRecord = {
  contract: Awaited<ReturnType<typeof getContract>>;
  quarter: Quarter;
  key: string;
  review: Review;
  participants: ReviewParticipant[];
  scores: ScoreLine[];
  decisions: DecisionLine[];
  actionItems: ActionItem[];
  lessons: LessonLearned[];
  amendments: (ReviewAmendment & { kpiName: string | null })[];
  malus: { rawCents: number; waivedCents: number; appliedCents: number };
};

/** The quarter from the URL ("2027-Q2"), or "not found". */
function quarterParam(key: string): Quarter {
  const q = parseQuarter(key);
  if (!q) throw new NotFoundError("Dit kwartaal bestaat niet.");
  return q;
}

export async function reviewRecord(
  db: Db,
  { viewer, contractId, quarter: quarterText }: { viewer: ContractViewer; contractId: string; quarter: string },
): Promise<ReviewRecord> {
  const contract = await getContract(db, { viewer, id: contractId });
  const quarter = quarterParam(quarterText);
  const key = quarterKey(quarter);
  const [review] = await db
    .select()
    .from(reviews)
    .where(and(eq(reviews.tenantId, contract.tenantId), eq(reviews.contractId, contract.id), eq(reviews.quarter, key)))
    .limit(1);
  if (!review) throw new NotFoundError("Voor dit kwartaal is geen review vastgelegd.");
  // Every child table has the same two key columns; typed loosely so one helper serves them all.
  const ofReview = (t: { tenantId: AnyPgColumn; reviewId: AnyPgColumn }) =>
    and(eq(t.tenantId, contract.tenantId), eq(t.reviewId, review.id));

  const [participants, scoreRows, decisions, items, lessons, amendments] = await Promise.all([
    db
      .select()
      .from(reviewParticipants)
      .where(ofReview(reviewParticipants))
      .orderBy(asc(reviewParticipants.side), asc(reviewParticipants.name)),
    db
      .select({ score: reviewScores, kpiName: kpis.name, kpiKind: kpis.kind, obligation: kpis.obligation, unit: indicators.unitLabel })
      .from(reviewScores)
      .innerJoin(kpis, and(eq(kpis.tenantId, reviewScores.tenantId), eq(kpis.id, reviewScores.kpiId)))
      .leftJoin(indicators, eq(indicators.id, kpis.indicatorId))
      .where(ofReview(reviewScores))
      .orderBy(asc(kpis.createdAt), asc(kpis.name)),
    db.select().from(reviewDecisions).where(ofReview(reviewDecisions)).orderBy(asc(reviewDecisions.createdAt)),
    db.select().from(actionItems).where(ofReview(actionItems)).orderBy(asc(actionItems.dueDate), asc(actionItems.title)),
    db.select().from(lessonsLearned).where(ofReview(lessonsLearned)).orderBy(asc(lessonsLearned.createdAt)),
    db.select().from(reviewAmendments).where(ofReview(reviewAmendments)).orderBy(asc(reviewAmendments.createdAt)),
  ]);

  const names = await kpiNames(db, contract.tenantId, [...decisions.map((d) => d.kpiId), ...amendments.map((a) => a.kpiId)]);
  const scores = scoreRows.map(({ score, ...kpi }): ScoreLine => {
    const { waivedCents, remainingCents } = applyWaiver(score.malusRawCents, waiverOf(score));
    return { ...score, ...kpi, waivedCents, appliedCents: score.malusAppliedCents ?? remainingCents };
  });
  const malus = scores.reduce(
    (t, s) => ({
      rawCents: t.rawCents + s.malusRawCents,
      waivedCents: t.waivedCents + s.waivedCents,
      appliedCents: t.appliedCents + s.appliedCents,
    }),
    { rawCents: 0, waivedCents: 0, appliedCents: 0 },
  );
  // The quarter total fixed at sign-off wins: the caps may have lowered it below the sum.
  if (review.status === "final" && review.malusAppliedCents !== null) malus.appliedCents = review.malusAppliedCents;
  return {
    contract,
    quarter,
    key,
    review,
    participants,
    scores,
    decisions: decisions.map((d) => ({ ...d, kpiName: d.kpiId ? (names.get(d.kpiId) ?? null) : null })),
    actionItems: items,
    lessons,
    amendments: amendments.map((a) => ({ ...a, kpiName: a.kpiId ? (names.get(a.kpiId) ?? null) : null })),
    malus,
  };
}

export function waiverOf(score: Pick<ReviewScore, "waiverKind" | "waiverCents" | "waiverReason">) {
  if (!score.waiverKind) return null;
  const reason = score.waiverReason ?? "";
  return score.waiverKind === "full"
    ? { kind: "full" as const, reason }
    : { kind: "reduction" as const, cents: score.waiverCents ?? 0, reason };
}

async function kpiNames(db: Db, tenantId: string, ids: (string | null)[]): Promise<Map<string, string>> {
  const wanted = [...new Set(ids.filter((id): id is string => Boolean(id)))];
  if (wanted.length === 0) return new Map();
  const rows = await db
    .select({ id: kpis.id, name: kpis.name })
    .from(kpis)
    .where(and(eq(kpis.tenantId, tenantId), inArray(kpis.id, wanted)));
  return new Map(rows.map((r) => [r.id, r.name]));
}
