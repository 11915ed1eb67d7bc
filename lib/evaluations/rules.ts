// Pure rules of the yearly evaluation: which quarter it stands in, what its decisions mean, and
// the X-curve check of the roadmap (seed 004: not only building up the new, also phasing out the old).
import type { XcurveStrategy } from "@/lib/roadmap/rules";

export const EVALUATION_DECISIONS = {
  keep: "Behouden",
  adjust: "Aanpassen (nieuw groeipad)",
  retire: "Laten vervallen",
} as const;
export type EvaluationDecision = keyof typeof EVALUATION_DECISIONS;
export const EVALUATION_DECISION_KEYS = Object.keys(EVALUATION_DECISIONS) as EvaluationDecision[];

export const ROADMAP_HOLDS = { yes: "Ja", partly: "Gedeeltelijk", no: "Nee" } as const;
export type RoadmapHolds = keyof typeof ROADMAP_HOLDS;
export const ROADMAP_HOLDS_KEYS = Object.keys(ROADMAP_HOLDS) as RoadmapHolds[];

/**
 * The evaluation of a year is held at its end: it stands in the year's last quarter, so that its
 * decisions take effect from the first quarter of the next year, as a review's do from the next quarter.
 */
export function evaluationQuarter(year: number): string {
  return `${year}-Q4`;
}

/** The calendar years a contract runs in, the ones that can be evaluated. */
export function contractYears(contract: { startDate: string; endDate: string }): number[] {
  const first = Number(contract.startDate.slice(0, 4));
  const last = Number(contract.endDate.slice(0, 4));
  return Array.from({ length: Math.max(0, last - first + 1) }, (_, i) => first + i);
}

/** Warnings when the roadmap lacks a side of the X-curve: nothing phased out, or nothing built up. */
export function xCurveWarnings(strategies: XcurveStrategy[]): string[] {
  const warnings: string[] = [];
  if (!strategies.includes("afbouw")) warnings.push("De roadmap heeft geen afbouw-acties: wat moet worden uitgefaseerd of gestopt?");
  if (!strategies.includes("opbouw")) warnings.push("De roadmap heeft geen opbouw-acties: wat nieuws moet meer ruimte en schaal krijgen?");
  return warnings;
}

/** Why the evaluation cannot be signed yet: every KPI decided, the roadmap question answered. */
export function evaluationSignBlockers(input: { undecidedKpis: string[]; roadmapHolds: string | null }): string[] {
  const blockers: string[] = [];
  if (input.undecidedKpis.length) blockers.push(`Neem eerst een besluit over elke KPI (nog open: ${input.undecidedKpis.join(", ")}).`);
  if (!input.roadmapHolds) blockers.push("Geef aan of de roadmap nog klopt.");
  return blockers;
}
