// A rule per unit short assessed once over a stretch of the contract instead of every quarter:
// Rijkswaterstaat charges a missed MKI promise at completion (or at agreed milestones) as
// factor × (delivered − promised) × quantity. The quarters between two assessments are netted:
// a quarter better than promised makes up for a worse one, as the delivered total is what counts.
//
// Rules decided here:
// - The assessment points are the agreed milestone quarters and always the contract's last
//   quarter, so nothing after the last milestone goes unassessed.
// - An assessment covers the quarters after the previous point up to and including its own.
// - Delivered − promised is Σ (value − target) × quantity over the quarters with a value, a
//   target and a quantity; a quarter without them is named as missing, never guessed.
// - The tolerance holds per unit: the quantity-weighted shortfall against the tolerance (or
//   against the weighted target for a percentage).
// - Quarters that are not an assessment point carry no malus of this rule.
import { divideRounded, fromScaled, ONE, toScaled, type DecimalInput } from "@/lib/decimal";
import type { MalusRule, QuarterMalus } from "./rule";
import type { Direction } from "@/lib/kpis/rules";
import { quarterFromKey, quarterLabel } from "@/lib/periods";

// since: the first quarter the rule counts in, when it was agreed during the contract (a review
// decision); earlier quarters were assessed under the rule of their time.
export type MalusAssessment = ({ kind: "completion" } | { kind: "milestones"; quarters: string[] }) & { since?: string };

export const ASSESSMENT_KINDS = ["quarterly", "completion", "milestones"] as const;
export const ASSESSMENT_LABELS: Record<(typeof ASSESSMENT_KINDS)[number], string> = {
  quarterly: "Elk kwartaal",
  completion: "Eén keer, bij oplevering",
  milestones: "Op afgesproken mijlpalen en bij oplevering",
};

/** The assessment of a rule, if it is assessed over a stretch rather than every quarter. */
export function assessmentOf(rule: MalusRule | null | undefined): MalusAssessment | null {
  return rule?.type === "per_unit_shortfall" ? (rule.assessment ?? null) : null;
}

/** The quarters at which the rule is assessed, in order: the milestones and the last quarter. */
export function assessmentPoints(assessment: MalusAssessment, contractKeys: string[]): string[] {
  const last = contractKeys.at(-1);
  const points = new Set(assessment.kind === "milestones" ? assessment.quarters.filter((k) => contractKeys.includes(k)) : []);
  if (last) points.add(last);
  return contractKeys.filter((k) => points.has(k));
}

export type AssessedQuarter = { key: string; target: DecimalInput | null; actual: DecimalInput | null; quantity: DecimalInput | null };

export type AssessmentResult = QuarterMalus & {
  /** The quarters assessed together, first and last key. */
  from: string;
  to: string;
  /** Quarters of the stretch without a value, target or quantity, left out of the sum. */
  missing: string[];
  /** Σ quantity over the quarters that count. */
  quantity: string;
};

const present = (v: DecimalInput | null) => v !== null && v !== "";

/**
 * The malus at an assessment point over the quarters since the previous one. `stretch` lists
 * those quarters in order, ending with the assessment quarter.
 */
export function assessStretch(
  rule: Extract<MalusRule, { type: "per_unit_shortfall" }>,
  direction: Direction,
  stretch: AssessedQuarter[],
): AssessmentResult {
  const counted = stretch.filter((q) => present(q.target) && present(q.actual) && present(q.quantity));
  const missing = stretch.filter((q) => !counted.includes(q)).map((q) => q.key);
  const sign = direction === "higher_better" ? -1n : 1n;
  // Scaled twice (value × quantity): ONE² per unit of money-before-rate.
  let gap = 0n;
  let weightedTarget = 0n;
  let quantity = 0n;
  for (const q of counted) {
    const units = toScaled(q.quantity!);
    gap += sign * (toScaled(q.actual!) - toScaled(q.target!)) * units;
    weightedTarget += toScaled(q.target!) * units;
    quantity += units;
  }
  const base = { from: stretch[0]?.key ?? "", to: stretch.at(-1)?.key ?? "", missing, quantity: fromScaled(quantity) };
  const shortfallPerUnit = quantity === 0n ? 0n : divideRounded(gap > 0n ? gap : 0n, quantity);
  const none = (outcome: QuarterMalus["outcome"]) => ({
    ...base,
    outcome,
    breached: false,
    shortfall: fromScaled(shortfallPerUnit),
    rawCents: 0,
  });
  if (counted.length === 0) return none("no_data");
  if (gap <= 0n) return none("met");
  if (withinWeightedTolerance(rule, gap, quantity, weightedTarget)) return none("within_tolerance");
  const factor = toScaled(rule.factor ?? 1);
  const cents = divideRounded(gap * BigInt(rule.centsPerUnit) * factor, ONE * ONE * ONE);
  return { ...base, outcome: "breached", breached: true, shortfall: fromScaled(shortfallPerUnit), rawCents: Number(cents) };
}

function withinWeightedTolerance(rule: MalusRule, gap: bigint, quantity: bigint, weightedTarget: bigint): boolean {
  const tolerance = rule.tolerance;
  if (!tolerance) return false;
  // gap / quantity ≤ tolerance, cross-multiplied: both sides scaled by ONE².
  if (tolerance.kind === "absolute") return gap <= toScaled(tolerance.value) * quantity;
  // gap ≤ percent / 100 × |Σ target × quantity|
  const absTarget = weightedTarget < 0n ? -weightedTarget : weightedTarget;
  return gap * 100n * ONE <= toScaled(tolerance.percent) * absTarget;
}

/** "Beoordeeld over K3 2025 – K4 2027" with what was missing, for the review. */
export function describeStretch(result: Pick<AssessmentResult, "from" | "to" | "missing">): string {
  const label = (key: string) => quarterLabel(quarterFromKey(key));
  const span = result.from === result.to ? label(result.to) : `${label(result.from)} – ${label(result.to)}`;
  const missing = result.missing.length ? `; zonder waarde of hoeveelheid: ${result.missing.map(label).join(", ")}` : "";
  return `Beoordeeld over ${span}${missing}`;
}

/** Why the milestones do not fit the quarters the rule can count in, or null. */
export function assessmentProblem(rule: MalusRule | null, contractKeys: string[]): string | null {
  const plan = assessmentOf(rule);
  if (plan?.kind !== "milestones") return null;
  const outside = plan.quarters.filter((k) => !contractKeys.includes(k) || (plan.since !== undefined && k < plan.since));
  if (outside.length === 0) return null;
  return `Deze mijlpalen vallen buiten de kwartalen waarin de regel geldt: ${outside.map((k) => quarterLabel(quarterFromKey(k))).join(", ")}.`;
}

/** A rule agreed during the contract counts from the quarter it takes effect. */
export function ruleFrom(rule: MalusRule, from: string): MalusRule {
  return rule.type === "per_unit_shortfall" && rule.assessment ? { ...rule, assessment: { ...rule.assessment, since: from } } : rule;
}
