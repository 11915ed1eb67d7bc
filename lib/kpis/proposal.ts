// The rules of defining KPIs together (seed 002 §4.1.5–4.1.6: "samen met de leverancier"): who
// may decide on a proposal, when a KPI may still be edited freely, and from which quarter an
// accepted KPI counts. Pure: "today" is always passed in.
import { compareQuarters, quarterKey, quarterOf } from "@/lib/periods";
import type { ContractSide } from "@/lib/auth/permissions";

export const SIDE_LABELS: Record<ContractSide, string> = { buyer: "opdrachtgever", supplier: "opdrachtnemer" };

/** A contract has started on its start date; from then on KPIs change only in a quarterly review. */
export function contractHasStarted(contract: { startDate: string }, today: string): boolean {
  return today >= contract.startDate;
}

/** Only the other side decides on a proposal: nobody accepts their own organisation's proposal. */
export function mayDecideOnProposal(proposedByKind: ContractSide, actorKind: ContractSide): boolean {
  return proposedByKind !== actorKind;
}

/**
 * The first quarter an accepted KPI counts: the contract's first quarter when it has not started,
 * otherwise the current quarter (a KPI never reaches back into quarters already under way).
 */
export function firstActiveQuarter(contract: { startDate: string }, today: string): string {
  const first = quarterOf(contract.startDate);
  const now = quarterOf(today);
  return quarterKey(compareQuarters(now, first) > 0 ? now : first);
}

export const EDIT_AFTER_START_MESSAGE = "Dit contract is gestart: een actieve KPI wijzigt alleen nog via het kwartaalgesprek.";

/** Where a KPI stands in its life: the stored status, not how it scores (that is lib/kpis/status). */
export const KPI_LIFECYCLE = {
  proposed: { label: "Voorgesteld", tone: "amber" },
  active: { label: "Actief", tone: "green" },
  rejected: { label: "Afgewezen", tone: "red" },
  retired: { label: "Beëindigd", tone: "grey" },
} as const;
