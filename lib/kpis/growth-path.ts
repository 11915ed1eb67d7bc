// The growth path (groeipad) of a KPI: the target of every quarter, computed from milestones.
// Seed 002 §2.2.7 and ch. 5: rather than hard KPIs fixed at the award, buyer and supplier agree
// goals that grow over the contract and re-agree them as they learn. (Amsterdam's 20, 18, 16 ...
// in the same passage is not a growth path: those are award points in the tender for electric
// transport, falling with each year a bidder would delay it, so they are scored once, at the award.)
//
// Rules, decided here and shown to users in the same words:
// - "step": a milestone's value holds until the next milestone; "linear": a straight line
//   between consecutive milestones by quarter index. After the last milestone its value holds.
// - The baseline (value and quarter) is the start of the path: before the first milestone the
//   baseline value holds (step) or the line runs from the baseline to the first milestone
//   (linear); before the baseline's quarter its value holds flat. Without a baseline there is
//   no target before the first milestone: nothing was agreed, so nothing can be missed.
// - Values are exact decimals with four places (lib/decimal); a linear target between
//   milestones is rounded half away from zero to four places (10 → 20 over three quarters:
//   13.3333, 16.6667). Targets come out as canonical decimal strings ("12.5").
// - A path is changed only by a review, as a new version effective from a quarter. The target
//   of a quarter comes from the latest version in force in that quarter, so the targets of
//   earlier quarters stay exactly as they were (DESIGN.md, growth path).
import { divideRounded, fromScaled, toScaled, type DecimalInput } from "@/lib/decimal";
import { compareQuarters, quarterIndex, quarterKey, quarterLabel, type Quarter } from "@/lib/periods";

export const INTERPOLATIONS = {
  step: "Trapsgewijs: het doel blijft gelijk tot de volgende mijlpaal",
  linear: "Lineair: het doel stijgt of daalt gelijkmatig tussen de mijlpalen",
} as const;
export type Interpolation = keyof typeof INTERPOLATIONS;

type Milestone = { quarter: Quarter; value: DecimalInput };
type Baseline = { quarter: Quarter; value: DecimalInput };
export type GrowthPath = { interpolation: Interpolation; milestones: Milestone[]; baseline?: Baseline | null };
export type GrowthPathVersion = GrowthPath & {
  /** 1 for the path agreed at the start, +1 for every change by a review. */
  version: number;
  effectiveFrom: Quarter;
  reason?: string | null;
};

type PathPoint = { index: number; value: bigint; kind: "baseline" | "milestone" };

function pathPoints(path: GrowthPath): PathPoint[] {
  const milestones = path.milestones
    .map((m) => ({ index: quarterIndex(m.quarter), value: toScaled(m.value), kind: "milestone" as const }))
    .sort((a, b) => a.index - b.index);
  const baseline = path.baseline;
  // A baseline at or after the first milestone adds nothing: the milestone is what was agreed.
  if (!baseline || (milestones.length > 0 && quarterIndex(baseline.quarter) >= milestones[0].index)) return milestones;
  return [{ index: quarterIndex(baseline.quarter), value: toScaled(baseline.value), kind: "baseline" }, ...milestones];
}

function scaledTargetAt(points: PathPoint[], interpolation: Interpolation, index: number): bigint | undefined {
  if (points.length === 0) return undefined;
  if (index < points[0].index) return points[0].kind === "baseline" ? points[0].value : undefined;
  let at = 0;
  while (at + 1 < points.length && points[at + 1].index <= index) at++;
  const from = points[at];
  const to = points[at + 1];
  if (!to || from.index === index || interpolation === "step") return from.value;
  // Multiply before dividing and round once, so whole steps stay exact.
  return from.value + divideRounded((to.value - from.value) * BigInt(index - from.index), BigInt(to.index - from.index));
}

/** The target of one quarter on one path version, or undefined when nothing was agreed yet. */
export function targetForQuarter(path: GrowthPath, q: Quarter): string | undefined {
  const scaled = scaledTargetAt(pathPoints(path), path.interpolation, quarterIndex(q));
  return scaled === undefined ? undefined : fromScaled(scaled);
}

/** The version in force in a quarter: the latest effectiveFrom ≤ q, and of those the highest number. */
export function versionInForce<V extends Pick<GrowthPathVersion, "version" | "effectiveFrom">>(versions: V[], q: Quarter): V | undefined {
  let best: V | undefined;
  for (const v of versions) {
    if (compareQuarters(v.effectiveFrom, q) > 0) continue;
    const order = best ? compareQuarters(v.effectiveFrom, best.effectiveFrom) || v.version - best.version : 1;
    if (order > 0) best = v;
  }
  return best;
}

export type QuarterTarget = {
  quarter: Quarter;
  key: string;
  /** Canonical decimal string, or undefined when no version or milestone covers the quarter. */
  target: string | undefined;
  /** The number of the version the target comes from. */
  version: number | undefined;
  /** True when the version has a milestone in this very quarter (a dot on the chart). */
  isMilestone: boolean;
};

/** The target of each quarter and the version that set it. */
export function targetsByQuarter(versions: GrowthPathVersion[], quarters: Quarter[]): QuarterTarget[] {
  const points = new Map(versions.map((v) => [v, pathPoints(v)]));
  return quarters.map((quarter) => {
    const version = versionInForce(versions, quarter);
    const index = quarterIndex(quarter);
    const scaled = version ? scaledTargetAt(points.get(version)!, version.interpolation, index) : undefined;
    return {
      quarter,
      key: quarterKey(quarter),
      target: scaled === undefined ? undefined : fromScaled(scaled),
      version: version?.version,
      isMilestone: version ? version.milestones.some((m) => quarterIndex(m.quarter) === index) : false,
    };
  });
}

/** Everything wrong with a path, in Dutch; empty when it is usable. */
export function growthPathErrors(path: GrowthPath): string[] {
  const errors: string[] = [];
  if (path.milestones.length === 0) errors.push("Geef minstens één mijlpaal op.");
  const seen = new Set<number>();
  for (const m of path.milestones) {
    const index = quarterIndex(m.quarter);
    if (seen.has(index)) errors.push(`Er staan twee mijlpalen in ${quarterLabel(m.quarter)}.`);
    seen.add(index);
    if (!isDecimal(m.value)) errors.push(`De mijlpaal van ${quarterLabel(m.quarter)} is geen geldig getal.`);
  }
  if (path.baseline && !isDecimal(path.baseline.value)) errors.push("De nulmeting is geen geldig getal.");
  return errors;
}

function isDecimal(value: DecimalInput): boolean {
  try {
    toScaled(value);
    return true;
  } catch {
    return false;
  }
}

/**
 * Everything wrong with a change to a path, in Dutch. `firstOpenQuarter` is the first quarter
 * whose review is not final yet: a change may not reach back before it, because targets that
 * were reviewed (or have passed) must stay as they were.
 */
export function newVersionErrors(
  versions: Pick<GrowthPathVersion, "version" | "effectiveFrom">[],
  candidate: GrowthPathVersion,
  firstOpenQuarter: Quarter,
): string[] {
  const errors = growthPathErrors(candidate);
  if (compareQuarters(candidate.effectiveFrom, firstOpenQuarter) < 0) {
    errors.unshift(`Een wijziging kan ingaan vanaf ${quarterLabel(firstOpenQuarter)}; de doelen van eerdere kwartalen blijven staan.`);
  }
  if (candidate.version !== nextVersionNumber(versions)) {
    errors.push(`Deze wijziging moet versie ${nextVersionNumber(versions)} zijn.`);
  }
  if (versions.length > 0 && !candidate.reason?.trim()) errors.push("Geef een reden voor de wijziging van het groeipad.");
  return errors;
}

export function nextVersionNumber(versions: Pick<GrowthPathVersion, "version">[]): number {
  return versions.reduce((highest, v) => Math.max(highest, v.version), 0) + 1;
}
