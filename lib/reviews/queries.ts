// Reads of quarterly reviews. Every read goes through the contract the viewer may see (a buyer its
// own tenant's contracts, a supplier those it is party to): another tenant's id, or a contract the
// supplier is no party to, is "not found". The shapes are exported for the review pages.
import { and, asc, eq, inArray } from "drizzle-orm";
import type { Db } from "@/db/client";
import {
  actionItems,
  lessonsLearned,
  reviewAmendments,
  reviewComments,
  reviewDecisions,
  reviewParticipants,
  reviews,
  type Review,
  type ReviewScore,
} from "@/db/schema";
import { getContract, type ContractViewer } from "@/lib/contracts/queries";
import { normalizeDecimal } from "@/lib/decimal";
import { amsterdamToday } from "@/lib/time";
import { describeStatusRule } from "@/lib/kpis/status";
import { contractQuarters, quarterTiming } from "@/lib/periods";
import { findReport, listEvidence } from "@/lib/reports/queries";
import { waiverThreshold } from "./config";
import { malusOfReview } from "@/lib/malus/queries";
import { loadPrepared } from "./prepare";
import { needsApproval, type PreparedRow } from "./rules";
import { reviewSignBlockers, scoresWithNames } from "./sign-check";
import { overallScore, type OverallScore } from "./overall-score";
import { plausibilityFlags } from "@/lib/reports/plausibility";

async function findReviewByQuarter(db: Db, contract: { tenantId: string; id: string }, quarter: string): Promise<Review | null> {
  const [row] = await db
    .select()
    .from(reviews)
    .where(and(eq(reviews.tenantId, contract.tenantId), eq(reviews.contractId, contract.id), eq(reviews.quarter, quarter)))
    .limit(1);
  return row ?? null;
}

const byReview = <T extends { tenantId: unknown; reviewId: unknown }>(table: T, review: Review) =>
  and(eq(table.tenantId as never, review.tenantId), eq(table.reviewId as never, review.id));

async function reviewChildren(db: Db, review: Review | null) {
  if (!review) return { participants: [], comments: [], decisions: [], lessons: [], amendments: [] };
  const [participants, comments, decisions, lessons, amendments] = await Promise.all([
    db
      .select()
      .from(reviewParticipants)
      .where(byReview(reviewParticipants, review))
      .orderBy(asc(reviewParticipants.side), asc(reviewParticipants.name)),
    db.select().from(reviewComments).where(byReview(reviewComments, review)).orderBy(asc(reviewComments.createdAt)),
    db.select().from(reviewDecisions).where(byReview(reviewDecisions, review)).orderBy(asc(reviewDecisions.createdAt)),
    db.select().from(lessonsLearned).where(byReview(lessonsLearned, review)).orderBy(asc(lessonsLearned.createdAt)),
    db.select().from(reviewAmendments).where(byReview(reviewAmendments, review)).orderBy(asc(reviewAmendments.createdAt)),
  ]);
  return { participants, comments, decisions, lessons, amendments };
}

const canonical = (value: string | null) => (value === null ? null : normalizeDecimal(value));

/** A prepared row as if it were stored: the draft page before planning shows the same shape. */
function asScore(
  row: PreparedRow,
): Pick<ReviewScore, "kpiId" | "malusRawCents" | "waiverKind" | "waiverCents" | "waiverReason" | "agreedScore"> {
  return {
    kpiId: row.kpiId,
    malusRawCents: row.malus.rawCents,
    waiverKind: null,
    waiverCents: null,
    waiverReason: null,
    agreedScore: null,
  };
}

/** Everything the review page of one contract quarter shows. `review` is null until it is planned. */
export async function getReviewPage(
  db: Db,
  { viewer, contractId, quarter: quarterText }: { viewer: ContractViewer; contractId: string; quarter: string },
) {
  const { contract, kpis, quarter, key, rows } = await loadPrepared(db, { viewer, contractId, quarter: quarterText });
  const review = await findReviewByQuarter(db, contract, key);
  const [children, stored, report, openActions] = await Promise.all([
    reviewChildren(db, review),
    review ? scoresWithNames(db, review) : Promise.resolve([]),
    findReport(db, { contract, quarter: key }),
    db
      .select()
      .from(actionItems)
      .where(and(eq(actionItems.tenantId, contract.tenantId), eq(actionItems.contractId, contract.id), eq(actionItems.status, "open")))
      .orderBy(asc(actionItems.dueDate)),
  ]);
  const evidence = report && (report.status === "submitted" || report.status === "accepted") ? await listEvidence(db, report) : [];
  const scoreRows = review ? stored.map((s) => s.score) : rows.map(asScore);
  const malus = await malusOfReview(db, contract, review ?? { id: "00000000-0000-0000-0000-000000000000", quarter: key }, scoreRows, kpis);
  const threshold = waiverThreshold();
  const kpiIds = review ? stored.map((s) => s.score.kpiId) : rows.map((r) => r.kpiId);
  const kpiRows = kpiIds.map((id) => {
    const kpi = kpis.find((k) => k.id === id)!;
    const live = rows.find((r) => r.kpiId === id) ?? null;
    const storedScore = stored.find((s) => s.score.kpiId === id)?.score ?? null;
    const score = storedScore && {
      ...storedScore,
      reportedValue: canonical(storedScore.reportedValue),
      target: canonical(storedScore.target),
    };
    const direction = kpi.indicator?.direction ?? "higher_better";
    return {
      kpi: {
        id: kpi.id,
        name: kpi.name,
        kind: kpi.kind,
        obligation: kpi.obligation,
        unitLabel: kpi.indicator?.unitLabel ?? null,
        activityUnit: kpi.indicator?.activityUnitLabel ?? null,
        direction,
        evidenceMandatory: kpi.evidenceMandatory,
        knockOut: kpi.knockOut,
        hasMalusRule: kpi.malusRule !== null,
        // What each score 1–4 of a qualitative KPI means, shown next to the reported score.
        scoreMeanings: kpi.scoreMeanings ?? null,
        statusRule: describeStatusRule(kpi.kind, direction),
      },
      /** The live preparation (trend, malus outcome); null when the KPI is no longer active in the quarter. */
      prepared: live,
      /** The stored copy with the agreed score and waiver; null until the review is planned. */
      score,
      /** True when the report changed after the copy was made: the contract manager can refresh. */
      // An assessment over a stretch also changes with an earlier quarter's report.
      stale: Boolean(
        score &&
        live &&
        (score.reportedValue !== live.reportedValue ||
          score.reportedScore !== live.reportedScore ||
          score.target !== live.target ||
          score.malusRawCents !== live.malus.rawCents),
      ),
      malus: malus.perKpi.find((m) => m.kpiId === id)!,
      /** A reported value three times or a third of its target or the previous quarter's (lib/reports/plausibility.ts). */
      flags:
        kpi.kind === "quantitative"
          ? plausibilityFlags(score?.reportedValue ?? live?.reportedValue ?? null, {
              target: score?.target ?? live?.target ?? null,
              previous: live?.trend.at(-1)?.value ?? null,
            })
          : [],
      // Four eyes judge the waiver against the malus as decided (the agreed score may have set it to nothing).
      waiverNeedsApproval: score
        ? needsApproval(
            malus.perKpi.find((m) => m.kpiId === id)!.rawCents,
            { kind: score.waiverKind, cents: score.waiverCents, reason: score.waiverReason },
            threshold,
          )
        : false,
      comments: children.comments.filter((c) => c.kpiId === id),
      evidence: evidence.filter((e) => e.kpiId === id),
    };
  });
  const signBlockers = review && review.status === "draft" ? await reviewSignBlockers(db, review, contract) : [];
  const live = overallScore(
    kpiRows.map((r) => {
      const kpi = kpis.find((k) => k.id === r.kpi.id)!;
      return {
        name: kpi.name,
        weight: kpi.weight,
        knockOut: kpi.knockOut,
        group: kpi.scoreGroup,
        agreedScore: r.score?.agreedScore ?? null,
      };
    }),
    contract.scoreGroups,
  );
  const overall = review?.status === "final" ? fixedOverall(review.overallScore, live) : live;
  return {
    contract,
    quarter,
    key,
    timing: quarterTiming(quarter, amsterdamToday()),
    review,
    participants: children.participants,
    kpis: kpiRows,
    generalComments: children.comments.filter((c) => c.kpiId === null),
    decisions: children.decisions,
    openActionItems: openActions,
    lessons: children.lessons,
    amendments: children.amendments,
    signatures: review
      ? {
          buyer: review.buyerSignedAt ? { name: review.buyerSignerName, at: review.buyerSignedAt } : null,
          supplier: review.supplierSignedAt ? { name: review.supplierSignerName, at: review.supplierSignedAt } : null,
        }
      : { buyer: null, supplier: null },
    malus: { ...malus.totals, finalAppliedCents: review?.malusAppliedCents ?? null, fourEyesThresholdCents: threshold },
    /** The weighted overall score of the agreed scores; provisional until the review is final. */
    overall,
    canSign: Boolean(review && review.status === "draft" && signBlockers.length === 0),
    signBlockers,
  };
}

/** A final review shows the score fixed when it was signed; today's weights may tell otherwise, and then it says so. */
function fixedOverall(fixed: number | null, live: OverallScore): OverallScore {
  if (fixed === live.score) return live;
  const now = live.score === null ? "geen totaalscore" : `${live.score}`;
  return {
    ...live,
    score: fixed,
    formula: `Vastgesteld bij het ondertekenen. De gewichten of knock-outs zijn sindsdien gewijzigd: met de huidige zou het ${now} zijn (${live.formula})`,
  };
}

export type ReviewPage = Awaited<ReturnType<typeof getReviewPage>>;

/** Per quarter of the contract that has started or ended: the review's status (or "not planned"). */
export async function listReviews(
  db: Db,
  { viewer, contractId, today = amsterdamToday() }: { viewer: ContractViewer; contractId: string; today?: string },
) {
  const contract = await getContract(db, { viewer, id: contractId });
  const quarters = contractQuarters(contract.startDate, contract.endDate).filter((q) => quarterTiming(q.quarter, today) !== "future");
  const rows = quarters.length
    ? await db
        .select()
        .from(reviews)
        .where(
          and(
            eq(reviews.tenantId, contract.tenantId),
            eq(reviews.contractId, contract.id),
            inArray(
              reviews.quarter,
              quarters.map((q) => q.key),
            ),
          ),
        )
    : [];
  return {
    contract,
    quarters: quarters.map((q) => {
      const r = rows.find((x) => x.quarter === q.key) ?? null;
      return {
        key: q.key,
        quarter: q.quarter,
        status: r ? r.status : ("not_planned" as const),
        reviewId: r?.id ?? null,
        meetingAt: r?.meetingAt ?? null,
        buyerSigned: Boolean(r?.buyerSignedAt),
        supplierSigned: Boolean(r?.supplierSignedAt),
        finalizedAt: r?.finalizedAt ?? null,
        malusAppliedCents: r?.malusAppliedCents ?? null,
      };
    }),
  };
}

export const REVIEW_STATUS_LABELS = { not_planned: "Nog niet gepland", draft: "In voorbereiding", final: "Definitief" } as const;
