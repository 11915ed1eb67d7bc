// The computed status of a KPI in a quarter, shown in the quarterly review next to the score
// the parties agree (seed 002 §4.1.6: "in onze kwartaalgesprekken stemmen we samen af hoe er
// gescoord is"). The agreed score may differ; this is the documented starting point.
//
// Rules:
// - Quantitative, higher is better: on track when actual ≥ target; at risk when
//   actual ≥ target − margin; otherwise off track. Lower is better is the mirror image:
//   on track when actual ≤ target; at risk when actual ≤ target + margin.
// - The margin is a percentage (default 10 %) of the distance the KPI has to travel,
//   |target − baseline|; without a baseline, or when the baseline equals the target (a target
//   to hold), of |target|. A target of 0 without a baseline has no margin at all.
// - Qualitative (scores 1–4, higher is better): on track when score ≥ target score, at risk
//   when exactly one below, off track otherwise.
// - No reported value: "no_data"; no target in the quarter (nothing agreed yet): "no_target".
// - Comparisons are exact (cross-multiplied scaled integers): the boundary itself counts
//   as the better status.
import { absScaled, fromScaled, toScaled, ONE, type DecimalInput } from "@/lib/decimal";
import { formatNumber } from "@/lib/format";
import { isQualitativeScore, type Direction, type KpiKind } from "@/lib/kpis/rules";

export const KPI_STATUS_LABELS = {
  on_track: "Op koers",
  at_risk: "Risico",
  off_track: "Niet op koers",
  no_data: "Geen waarde",
  no_target: "Geen doel",
} as const;
export type KpiStatus = keyof typeof KPI_STATUS_LABELS;

const DEFAULT_AT_RISK_MARGIN_PERCENT = 10;

export type KpiStatusInput = {
  kind: KpiKind;
  direction: Direction;
  target: DecimalInput | null | undefined;
  actual: DecimalInput | null | undefined;
  baseline?: DecimalInput | null;
  /** The at-risk margin in % (quantitative KPIs only). */
  marginPercent?: DecimalInput;
};

export type KpiStatusResult = {
  status: KpiStatus;
  /** The worst reported value (four places) that still counts as at risk or, for scores, the lowest. */
  atRiskLimit?: string;
};

const missing = (value: DecimalInput | null | undefined) => value === null || value === undefined || value === "";

export function kpiStatus(input: KpiStatusInput): KpiStatusResult {
  if (missing(input.actual)) return { status: "no_data" };
  if (missing(input.target)) return { status: "no_target" };
  const actual = toScaled(input.actual!);
  const target = toScaled(input.target!);
  return input.kind === "qualitative" ? qualitativeStatus(actual, target) : quantitativeStatus(input, actual, target);
}

function qualitativeStatus(actual: bigint, target: bigint): KpiStatusResult {
  const score = Number(fromScaled(actual));
  if (!isQualitativeScore(score)) throw new RangeError(`Een score is een geheel getal van 1 tot en met 4, niet ${score}.`);
  const atRiskLimit = fromScaled(target - ONE);
  if (actual >= target) return { status: "on_track", atRiskLimit };
  return { status: actual >= target - ONE ? "at_risk" : "off_track", atRiskLimit };
}

function quantitativeStatus(input: KpiStatusInput, actual: bigint, target: bigint): KpiStatusResult {
  const percent = toScaled(input.marginPercent ?? DEFAULT_AT_RISK_MARGIN_PERCENT);
  if (percent < 0n) throw new RangeError("De marge voor 'risico' kan niet negatief zijn.");
  const baseline = missing(input.baseline) ? undefined : toScaled(input.baseline!);
  const distance = baseline === undefined || baseline === target ? absScaled(target) : absScaled(target - baseline);
  // margin = percent/100 × distance; in units of ONE² × 100 that is percent × distance exactly.
  const margin = percent * distance;
  const scale = 100n * ONE;
  const higher = input.direction === "higher_better";
  const sign = higher ? -1n : 1n;
  // Values have four places, so the margin rounded down gives the worst value still at risk.
  const atRiskLimit = fromScaled(target + sign * (margin / scale));
  const onTrack = higher ? actual >= target : actual <= target;
  if (onTrack) return { status: "on_track", atRiskLimit };
  const atRisk = higher ? actual * scale >= target * scale - margin : actual * scale <= target * scale + margin;
  return { status: atRisk ? "at_risk" : "off_track", atRiskLimit };
}

/** The rule in one Dutch sentence, for the review page's explanation of the computed status. */
export function describeStatusRule(
  kind: KpiKind,
  direction: Direction,
  marginPercent: DecimalInput = DEFAULT_AT_RISK_MARGIN_PERCENT,
): string {
  if (kind === "qualitative") {
    return "Op koers bij een score gelijk aan of hoger dan de doelscore, risico bij één punt eronder, anders niet op koers.";
  }
  const margin = formatNumber(Number(fromScaled(toScaled(marginPercent))), 2);
  const side = direction === "higher_better" ? ["op of boven", "eronder"] : ["op of onder", "erboven"];
  return (
    `Op koers bij een waarde ${side[0]} het doel, risico tot ${margin} % van de afstand tussen nulmeting en doel ` +
    `${side[1]}, anders niet op koers.`
  );
}
