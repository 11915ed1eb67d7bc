// The fixed vocabulary of a contract KPI and the rule for which quarters a KPI is active in.
// Kept free of the database schema so the growth-path, status and malus rules stay pure.
import { compareQuarters, type Quarter } from "@/lib/periods";

/** Same values as the indicator_direction enum of the catalogue. */
export type Direction = "lower_better" | "higher_better";

export const KPI_KINDS = {
  quantitative: "Kwantitatief",
  qualitative: "Kwalitatief (score 1–4)",
} as const;
export type KpiKind = keyof typeof KPI_KINDS;

// Seed 002 §2.2.7: a growth model "met inspanningsverplichting" lets ambitions be re-agreed;
// only a result obligation is hard enough to carry a malus (DESIGN.md, glossary).
export const OBLIGATIONS = {
  inspanning: "Inspanningsverplichting",
  resultaat: "Resultaatverplichting",
} as const;
export type Obligation = keyof typeof OBLIGATIONS;

export function canCarryMalus(obligation: Obligation): boolean {
  return obligation === "resultaat";
}

/** Qualitative KPIs are scored 1–4, with the meaning of each score written down on the KPI. */
export function isQualitativeScore(value: number): boolean {
  return Number.isInteger(value) && value >= 1 && value <= 4;
}

export const QUALITATIVE_SCORES = ["1", "2", "3", "4"] as const;

/**
 * How a path runs between milestones. A score moves in whole steps: a line from 2 to 3 would ask
 * for 2,25 or 2,5 in the quarters between, which no one can score, so it is always stepwise.
 */
export function pathInterpolation<I extends "step" | "linear">(kind: KpiKind, chosen: I): I | "step" {
  return kind === "qualitative" ? "step" : chosen;
}

/**
 * Whether a KPI counts in a quarter. A review decides for the next quarter (seed 002 §4.1.6:
 * KPIs that are no longer relevant "worden van de lijst gevoerd"), so `activeFrom` is the first
 * quarter the KPI is reported on and `retiredFrom` the first quarter it no longer is: a KPI
 * retired in the 2027-Q2 review has retiredFrom 2027-Q3 and is still in the Q2 report.
 */
export function isActiveInQuarter(kpi: { activeFrom: Quarter; retiredFrom?: Quarter | null }, q: Quarter): boolean {
  if (compareQuarters(q, kpi.activeFrom) < 0) return false;
  return !kpi.retiredFrom || compareQuarters(q, kpi.retiredFrom) < 0;
}

/** The quarters of a contract in which a KPI is active, in order. */
export function activeQuarters(kpi: { activeFrom: Quarter; retiredFrom?: Quarter | null }, quarters: Quarter[]): Quarter[] {
  return quarters.filter((q) => isActiveInQuarter(kpi, q));
}
