// The pure rules of the organisation dashboard. The SQL of lib/dashboard/sections does
// the same arithmetic on the whole tenant at once; these functions are the reference the unit
// tests pin down, and what the page uses for the little it computes itself (shares, trends).
import { formatPercent } from "@/lib/format";
import { aggregateValues, tidy, type ContributedValue } from "@/lib/indicators/rules";

export { aggregateValues };

/**
 * One contract's year from its quarters: additive indicators (tonnes, kWh) add up, everything else
 * (percentages, per-unit figures, levels) is the average of the quarters reported. No quarters,
 * no figure.
 */
export function yearFromQuarters(aggregation: string, quarterValues: number[]): number | null {
  const values = quarterValues.filter(Number.isFinite);
  if (values.length === 0) return null;
  const total = values.reduce((sum, v) => sum + v, 0);
  return tidy(aggregation === "sum" ? total : total / values.length);
}

/**
 * The organisation's figure for a year: each contract's year first (yearFromQuarters), then across
 * contracts by the indicator's aggregation. A weighted average is weighted by contract value, the
 * one weight every contract has.
 */
export function organisationYear(aggregation: string, contracts: Array<{ quarterValues: number[]; valueCents: number }>): number | null {
  const contributions: ContributedValue[] = [];
  for (const c of contracts) {
    const value = yearFromQuarters(aggregation, c.quarterValues);
    if (value !== null) contributions.push({ value, weight: c.valueCents });
  }
  return aggregateValues({ aggregation }, contributions);
}

export type AgreedScore = "on_track" | "at_risk" | "off_track" | "not_scored";
const SCORED: readonly AgreedScore[] = ["on_track", "at_risk", "off_track"];

/** Share of scored KPIs on track (0–1); "not scored" counts neither way; nothing scored → null. */
export function onTrackShare(scores: ReadonlyArray<AgreedScore | null>): number | null {
  const scored = scores.filter((s): s is AgreedScore => s !== null && SCORED.includes(s));
  if (scored.length === 0) return null;
  return scored.filter((s) => s === "on_track").length / scored.length;
}

/** The same share from counts, as the SQL returns them. */
export function shareOf(onTrack: number, scored: number): number | null {
  return scored > 0 ? onTrack / scored : null;
}

export type Trend = "up" | "down" | "same" | "new";

/** The direction against the previous review: "new" when there is nothing to compare with. */
export function trendOf(current: number | null, previous: number | null): Trend | null {
  if (current === null) return null;
  if (previous === null) return "new";
  const delta = Math.round((current - previous) * 1000);
  return delta > 0 ? "up" : delta < 0 ? "down" : "same";
}

export type Discipline = "on_time" | "late" | "missing" | "not_due";

export const DISCIPLINE_LABELS: Record<Discipline, string> = {
  on_time: "Op tijd",
  late: "Te laat",
  missing: "Ontbreekt",
  not_due: "Nog niet verschuldigd",
};

/**
 * A quarter's report against its due date (ISO dates, Amsterdam): first submitted on or before the
 * due date is on time, after it late; never submitted is missing once the due date has passed and
 * not due before that. A resubmission after questions does not make a report late.
 */
export function reportDiscipline(params: { dueDate: string; firstSubmittedOn: string | null; today: string }): Discipline {
  if (params.firstSubmittedOn === null) return params.dueDate < params.today ? "missing" : "not_due";
  return params.firstSubmittedOn <= params.dueDate ? "on_time" : "late";
}

/**
 * How far a delivery falls short of a tender promise, in the indicator's own direction: positive
 * is short, zero or negative is kept. A relative figure (of the promise) orders the list.
 */
export function promiseShortfall(params: { promised: number; realised: number | null; direction: string }) {
  if (params.realised === null) return null;
  const gap = params.direction === "lower_better" ? params.realised - params.promised : params.promised - params.realised;
  const relative = params.promised === 0 ? null : gap / Math.abs(params.promised);
  return { gap: tidy(gap), relative: relative === null ? null : tidy(relative), short: gap > 0 };
}

/** Themes with this priority rank or better are "high priority" for the gap analysis. */
export const HIGH_PRIORITY_RANK = 1;

/** The colour band of an on-track share for the wheel and the heat map, with its Dutch word. */
export function shareBand(share: number | null): { band: "none" | "low" | "mid" | "high"; label: string } {
  if (share === null) return { band: "none", label: "geen scores" };
  if (share >= 0.75) return { band: "high", label: "grotendeels op koers" };
  if (share >= 0.5) return { band: "mid", label: "deels op koers" };
  return { band: "low", label: "grotendeels niet op koers" };
}

/** "75 %" */
export function formatShare(share: number | null): string {
  return share === null ? "—" : formatPercent(share * 100, 0);
}

/**
 * The share of a figure's reported values that is verified (0–1): counted in values, not in the
 * amount they add up to, so a figure that averages (a percentage, an MKI per ton) reads the same
 * way as one that sums. No values, no share.
 */
export function verifiedShare(values: number, verifiedValues: number): number | null {
  return values > 0 ? verifiedValues / values : null;
}

/** "62 % van de waarden geverifieerd" */
export function formatVerifiedShare(share: number | null): string {
  return share === null ? "geen waarden" : `${formatShare(share)} van de waarden geverifieerd`;
}
