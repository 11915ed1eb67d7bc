// Organisation targets (doelstellingen) as a line over the years: the base value in the base
// year, then milestones given as an absolute value or as a % change against the base value
// ("in 2025 met 30 %, en in 2030 met 60 % t.o.v. 2020"). Pure, unit-tested; the chart, the
// dashboards and later the comparison with contract actuals all read the line from here.
import { formatNumber, formatPercent } from "@/lib/format";
import { tidy } from "@/lib/indicators/rules";
import { FIRST_BASE_YEAR, LAST_YEAR } from "@/lib/periods";

type MilestoneMode = "value" | "change_percent";
export type Milestone = { year: number; mode: MilestoneMode; value: number };
export type TargetLine = { baseYear: number; baseValue: number; milestones: Milestone[] };

export type TargetPoint = { year: number; value: number; kind: "base" | "milestone" };

/** The absolute target of a milestone: its value, or the base value changed by its percentage. */
export function milestoneTarget(target: Pick<TargetLine, "baseValue">, milestone: Milestone): number {
  if (milestone.mode === "value") return milestone.value;
  // base × change / 100 first: exact for the usual round numbers (12 500 × −30 / 100 = −3 750).
  return tidy(target.baseValue + (target.baseValue * milestone.value) / 100);
}

/** The base point and the milestones as absolute values, by year. */
export function targetPoints(target: TargetLine): TargetPoint[] {
  const milestones = [...target.milestones]
    .filter((m) => m.year > target.baseYear)
    .sort((a, b) => a.year - b.year)
    .map((m) => ({ year: m.year, value: milestoneTarget(target, m), kind: "milestone" as const }));
  return [{ year: target.baseYear, value: target.baseValue, kind: "base" }, ...milestones];
}

/**
 * The target in a year: undefined before the base year, the base value in it, a straight line
 * between consecutive points, and the last milestone's value after it (the ambition holds).
 */
export function targetForYear(target: TargetLine, year: number): number | undefined {
  if (year < target.baseYear) return undefined;
  const points = targetPoints(target);
  for (let i = points.length - 1; i >= 0; i--) {
    const from = points[i];
    if (year < from.year) continue;
    const to = points[i + 1];
    if (!to || year === from.year) return from.value;
    // Multiply before dividing so whole-number steps stay exact.
    return tidy(from.value + ((to.value - from.value) * (year - from.year)) / (to.year - from.year));
  }
  return undefined;
}

export type SeriesPoint = { year: number; target: number | undefined; kind: "base" | "milestone" | "between" | "before" };

/** One point per year for a chart, with which points were set by the user (base, milestones). */
export function targetSeries(target: TargetLine, fromYear: number, toYear: number): SeriesPoint[] {
  const given = new Map(targetPoints(target).map((p) => [p.year, p.kind]));
  const series: SeriesPoint[] = [];
  for (let year = fromYear; year <= toYear; year++) {
    const value = targetForYear(target, year);
    series.push({ year, target: value, kind: given.get(year) ?? (value === undefined ? "before" : "between") });
  }
  return series;
}

/**
 * The years a chart of the target spans: base year to last milestone, within 1990–2100 (a target
 * stored before years were checked, "year 1 to 9999", would otherwise draw ten thousand years).
 */
export function targetYears(target: TargetLine): { from: number; to: number } {
  const within = (year: number) => Math.min(Math.max(year, FIRST_BASE_YEAR), LAST_YEAR);
  const last = Math.max(target.baseYear, ...target.milestones.map((m) => m.year));
  return { from: within(target.baseYear), to: within(last) };
}

/** The change of a value against the base value in %, or undefined when the base is zero. */
export function changeAgainstBase(target: Pick<TargetLine, "baseValue">, value: number): number | undefined {
  if (target.baseValue === 0) return undefined;
  return tidy(((value - target.baseValue) / target.baseValue) * 100);
}

/** "−30 %" with a real minus sign, "+5 %", "0 %". */
export function formatChange(percent: number): string {
  const sign = percent > 0 ? "+" : percent < 0 ? "−" : "";
  return `${sign}${formatPercent(Math.abs(percent), 1)}`;
}

/**
 * How far a value is from the base value: a % change ("−30 %"), or for an indicator that is
 * itself a percentage the difference in percentage points, because "18 % → 40 %" read as
 * "+122 %" confuses everyone.
 */
export function changeFromBase(target: Pick<TargetLine, "baseValue">, value: number, percentage = false): string | undefined {
  if (percentage) {
    const points = tidy(value - target.baseValue);
    const sign = points > 0 ? "+" : points < 0 ? "−" : "";
    return `${sign}${formatNumber(Math.abs(points), 1)} procentpunt`;
  }
  const change = changeAgainstBase(target, value);
  return change === undefined ? undefined : formatChange(change);
}

/** A value with its unit: "12.500 ton CO2e", "18 %". */
export function formatWithUnit(value: number, unitLabel: string): string {
  // A no-break space, as lib/format.ts writes units: "%" or "ton" never starts a line of its own.
  return `${formatNumber(value)}\u00a0${unitLabel}`;
}

/** The target in words, for screen readers and as the chart's text alternative. */
export function describeTarget(target: TargetLine, unitLabel: string, indicatorName: string, percentage = false): string {
  const [base, ...milestones] = targetPoints(target);
  const steps = milestones.map((p) => {
    const change = changeFromBase(target, p.value, percentage);
    return `in ${p.year} ${formatWithUnit(p.value, unitLabel)}${change === undefined ? "" : ` (${change})`}`;
  });
  const start = `${indicatorName}: basisjaar ${base.year} ${formatWithUnit(base.value, unitLabel)}`;
  if (steps.length === 0) return `${start}.`;
  return `${start}; doel ${joinDutch(steps)}. Tussen de mijlpalen loopt het doel in een rechte lijn.`;
}

function joinDutch(parts: string[]): string {
  return parts.length <= 1 ? parts.join("") : `${parts.slice(0, -1).join(", ")} en ${parts[parts.length - 1]}`;
}
