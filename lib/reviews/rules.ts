// Pure rules of the quarterly review: what the review shows per KPI when it is
// prepared, the malus of the quarter after waivers and caps, four-eyes on waivers, and whether
// the review can be signed. Nothing here reads the clock, the environment or the database.
//
// Rules decided here:
// - The reported value comes from the quarter's report once it is submitted or accepted; a draft
//   or a report sent back counts as "no value yet".
// - The trend is the KPI's previous (up to four) contract quarters: value, target and status.
// - The malus of a review is lib/malus/review-malus.ts; a rule assessed at completion or at
//   milestones is charged only at those quarters, over the stretch since the previous one.
// - An agreed score equal to the computed status needs no reason; "not scored" counts as equal
//   to "no value" and "no target".
// - A meeting can be called off while it is still to come and the review is not final; a meeting
//   in the past took place (its date is the record of when), so it is corrected, not cancelled.
import { formatDateTime, formatEuroCents } from "@/lib/format";
import { applyWaiver, quarterMalus, waiverNeedsSecondApproval, type MalusRule, type QuarterMalus, type Waiver } from "@/lib/malus/rule";
import { canCarryMalus, type Direction, type KpiKind, type Obligation } from "@/lib/kpis/rules";
import { assessmentOf, assessmentPoints, assessStretch, type AssessmentResult } from "@/lib/malus/assessment";
import { kpiStatus, type KpiStatus } from "@/lib/kpis/status";
import { quarterKey, type Quarter } from "@/lib/periods";

export const REVIEW_SCORES = {
  on_track: "Op koers",
  at_risk: "Risico",
  off_track: "Niet op koers",
  not_scored: "Niet gescoord",
} as const;
export type ReviewScoreValue = keyof typeof REVIEW_SCORES;

const DEFAULT_WAIVER_FOUR_EYES_CENTS = 100_000;

/** REVIEW_WAIVER_FOUR_EYES_CENTS from the environment (default € 1.000), passed in by callers. */
export function waiverThresholdFrom(raw: string | undefined): number {
  const n = raw === undefined || raw.trim() === "" ? NaN : Number(raw);
  return Number.isSafeInteger(n) && n >= 0 ? n : DEFAULT_WAIVER_FOUR_EYES_CENTS;
}

export type PrepareKpi = {
  id: string;
  kind: KpiKind;
  direction: Direction;
  obligation: Obligation;
  baselineValue: string | null;
  malusRule: MalusRule | null;
};
export type Reported = { value: string | null; score: number | null; quantity?: string | null };
type TrendPoint = { key: string; value: string | null; target: string | null; status: KpiStatus };
export type PreparedRow = {
  kpiId: string;
  reportedValue: string | null;
  /** The quarter's activity quantity of an intensity KPI; null otherwise. */
  reportedQuantity: string | null;
  reportedScore: number | null;
  target: string | null;
  computedStatus: KpiStatus;
  trend: TrendPoint[];
  malus: QuarterMalus;
  /** For a rule assessed over a stretch: the stretch, when this quarter assesses it. */
  assessment: Pick<AssessmentResult, "from" | "to" | "missing" | "quantity"> | null;
};

/** The value a status or malus is computed from: the number, or the score 1–4 of a qualitative KPI. */
function actualOf(kind: KpiKind, reported: Reported | undefined): string | null {
  if (!reported) return null;
  if (kind === "qualitative") return reported.score === null ? null : String(reported.score);
  return reported.value;
}

function statusOf(kpi: PrepareKpi, target: string | null, reported: Reported | undefined): KpiStatus {
  return kpiStatus({ kind: kpi.kind, direction: kpi.direction, target, actual: actualOf(kpi.kind, reported), baseline: kpi.baselineValue })
    .status;
}

/**
 * One KPI as the review opens it. `quarters` are the contract's quarter keys in order, `targets`
 * the growth-path target per key, `reported` the submitted or accepted values per key.
 */
export function prepareKpiRow(input: {
  kpi: PrepareKpi;
  quarter: Quarter;
  quarters: string[];
  targets: Record<string, string | null | undefined>;
  reported: Record<string, Reported | undefined>;
  quarterValueCents?: number;
  /** The quarters the KPI is active in (default all): an assessment never reaches outside them. */
  activeQuarters?: string[];
}): PreparedRow {
  const { kpi } = input;
  const key = quarterKey(input.quarter);
  const target = input.targets[key] ?? null;
  const reported = input.reported[key];
  const at = input.quarters.indexOf(key);
  const trend = input.quarters.slice(Math.max(0, at - 4), Math.max(0, at)).map((k) => ({
    key: k,
    value: actualOf(kpi.kind, input.reported[k]),
    target: input.targets[k] ?? null,
    status: statusOf(kpi, input.targets[k] ?? null, input.reported[k]),
  }));
  const { malus, assessment } = malusOfQuarter(input, target, reported);
  return {
    kpiId: kpi.id,
    reportedValue: reported?.value ?? null,
    reportedQuantity: reported?.quantity ?? null,
    reportedScore: reported?.score ?? null,
    target,
    computedStatus: statusOf(kpi, target, reported),
    trend,
    malus,
    assessment,
  };
}

/** The quarter's malus: every quarter, or at an assessment point over the stretch it closes. */
function malusOfQuarter(input: Parameters<typeof prepareKpiRow>[0], target: string | null, reported: Reported | undefined) {
  const { kpi } = input;
  const key = quarterKey(input.quarter);
  const plan = assessmentOf(kpi.malusRule);
  if (plan && kpi.malusRule?.type === "per_unit_shortfall" && canCarryMalus(kpi.obligation)) {
    // The rule counts from when it was agreed, and the KPI's own life bounds it: its last active
    // quarter is its completion.
    const keys = (input.activeQuarters ?? input.quarters).filter((k) => !plan.since || k >= plan.since);
    const points = assessmentPoints(plan, keys);
    const at = points.indexOf(key);
    if (at < 0) return { malus: { outcome: "assessed_later" as const, breached: false, shortfall: "0", rawCents: 0 }, assessment: null };
    const previous = at > 0 ? points[at - 1] : null;
    const stretch = keys
      .filter((k) => (previous === null || k > previous) && k <= key)
      .map((k) => ({
        key: k,
        target: input.targets[k] ?? null,
        actual: actualOf(kpi.kind, input.reported[k]),
        quantity: input.reported[k]?.quantity ?? null,
      }));
    const result = assessStretch(kpi.malusRule, kpi.direction, stretch);
    const { from, to, missing, quantity, ...malus } = result;
    return { malus, assessment: { from, to, missing, quantity } };
  }
  const malus = quarterMalus(kpi.malusRule, {
    obligation: kpi.obligation,
    direction: kpi.direction,
    target,
    actual: actualOf(kpi.kind, reported),
    quarterValueCents: input.quarterValueCents,
    quantity: reported?.quantity ?? null,
  });
  return { malus, assessment: null };
}

/** True when the agreed score differs from the computed status, so a reason is required. */
export function scoreDiffers(computed: string, agreed: ReviewScoreValue): boolean {
  if (computed === "no_data" || computed === "no_target") return agreed !== "not_scored";
  return computed !== agreed;
}

export type StoredWaiver = { kind: "reduction" | "full" | null; cents: number | null; reason: string | null };

export function waiverOf(w: StoredWaiver): Waiver | null {
  if (!w.kind) return null;
  return w.kind === "full" ? { kind: "full", reason: w.reason ?? "" } : { kind: "reduction", cents: w.cents ?? 0, reason: w.reason ?? "" };
}

/** What a waiver takes off the raw malus (a reduction never more than the malus itself). */
function waivedCents(rawCents: number, w: StoredWaiver): number {
  return applyWaiver(rawCents, waiverOf(w)).waivedCents;
}

/** Four-eyes: a waiver whose waived amount exceeds the threshold needs a second buyer user. */
export function needsApproval(rawCents: number, w: StoredWaiver, thresholdCents: number): boolean {
  return w.kind !== null && waiverNeedsSecondApproval(waivedCents(rawCents, w), thresholdCents);
}

export type SignCheckScore = StoredWaiver & {
  kpiName: string;
  agreedScore: ReviewScoreValue | null;
  contested: boolean;
  rawCents: number;
  approved: boolean;
};

/** When the review's meeting is and what time it is now: a review is signed after it was held. */
export type MeetingMoment = { meetingAt: Date | null; now: Date };

/** Everything that stands between the review and its signatures, in Dutch; empty when it can be signed. */
export function signBlockers(scores: SignCheckScore[], thresholdCents: number, meeting: MeetingMoment): string[] {
  const reasons: string[] = [];
  if (!meeting.meetingAt)
    reasons.push("Er is nog geen datum voor het overleg vastgelegd. Plan de review eerst; ondertekenen kan na het overleg.");
  if (meeting.meetingAt && meeting.meetingAt > meeting.now) {
    reasons.push(
      `Het overleg staat gepland op ${formatDateTime(meeting.meetingAt)}; ondertekenen kan pas daarna. Vond het eerder plaats, corrigeer dan de datum bij "Plannen" (er gaat geen nieuwe uitnodiging uit).`,
    );
  }
  const names = (list: SignCheckScore[]) => list.map((s) => s.kpiName).join(", ");
  const unscored = scores.filter((s) => s.agreedScore === null);
  if (unscored.length) reasons.push(`Nog niet voor elke KPI is een score afgesproken: ${names(unscored)}.`);
  const contested = scores.filter((s) => s.contested);
  if (contested.length) reasons.push(`De leverancier betwist nog de score van: ${names(contested)}. Handel de betwisting eerst af.`);
  for (const s of scores.filter((x) => needsApproval(x.rawCents, x, thresholdCents) && !x.approved)) {
    reasons.push(
      `De kwijtschelding van ${formatEuroCents(waivedCents(s.rawCents, s))} bij ${s.kpiName} wacht op goedkeuring door een coördinator of beheerder die haar niet zelf heeft vastgelegd.`,
    );
  }
  return reasons;
}

/** Why the planned meeting cannot be called off now, in Dutch; null when it can. */
export function cancelMeetingBlocker(review: { status: "draft" | "final"; meetingAt: Date | null }, now: Date): string | null {
  if (review.status === "final") return "Deze review is definitief; het overleg kan niet meer worden afgezegd.";
  if (!review.meetingAt) return "Er is geen overleg gepland dat kan worden afgezegd.";
  if (review.meetingAt <= now) {
    return `Het overleg van ${formatDateTime(review.meetingAt)} heeft al plaatsgevonden en kan niet meer worden afgezegd. Klopt de datum niet, corrigeer die dan bij "Planning wijzigen".`;
  }
  return null;
}
