// The words of the innovation register and the one rule of its life cycle: what an innovation's
// status is, given its decision, the review that took it and a recorded outcome. Pure.

export const COST_BEARERS = { buyer: "Opdrachtgever", supplier: "Opdrachtnemer", shared: "Gedeeld" } as const;
export type CostBearer = keyof typeof COST_BEARERS;
export const COST_BEARER_KEYS = Object.keys(COST_BEARERS) as CostBearer[];

export const INNOVATION_DECISIONS = { go: "Go", no_go: "No go", pilot: "Pilot" } as const;
export type InnovationDecisionKind = keyof typeof INNOVATION_DECISIONS;
export const INNOVATION_DECISION_KEYS = Object.keys(INNOVATION_DECISIONS) as InnovationDecisionKind[];

export const INNOVATION_STATUSES = {
  proposed: "Voorgesteld",
  in_review: "Besluit in voorbereiding",
  go: "Go",
  no_go: "No go",
  pilot: "Pilot",
  delivered: "Resultaat vastgelegd",
} as const;
export type InnovationStatus = keyof typeof INNOVATION_STATUSES;

type DecisionState = { decision: string; reviewStatus: string } | null;

/**
 * Undecided: proposed. A decision in a draft review is not taken until the review is final
 * (the parties may still change it); from then on it is the status, until an outcome is recorded.
 */
export function innovationStatus(decision: DecisionState, outcome: string | null): InnovationStatus {
  if (!decision) return "proposed";
  if (decision.reviewStatus !== "final") return "in_review";
  if (outcome) return "delivered";
  return decision.decision as InnovationDecisionKind;
}

/** An outcome is recorded after a go or a pilot that a final review decided. */
export function outcomeAllowed(decision: DecisionState): boolean {
  return decision !== null && decision.reviewStatus === "final" && (decision.decision === "go" || decision.decision === "pilot");
}
