// Who may change what on a contract KPI, and how. One rule behind all of it: what both parties
// agreed, neither changes alone (seed 002 §4.1.5–4.1.6: KPIs are agreed "samen met de
// leverancier" and re-agreed in the quarterly review).
//
// - A proposal: the side that proposed it edits it; when the other side changes anything (its
//   terms, growth path, malus or themes) it becomes their counter-proposal, so nobody ever
//   accepts their own change.
// - An agreed (active) KPI before the contract starts: any change by either side, whatever the
//   contract's status says ("Concept" or "Lopend"; the buyer sets that flag itself), reopens it
//   as a proposal to the other side. Accepted, it is agreed again; rejected or withdrawn, the
//   agreed version comes back (lib/kpis/agreed-terms.ts).
// - An agreed KPI once the contract runs: only the quarterly review changes it (new KPIs,
//   retired KPIs, a new growth-path version), signed by both parties.
// - Rejected and retired KPIs, and every KPI of a completed or terminated contract, stay as
//   they are.
// The one direct change: the buyer labels a KPI with themes of its own Waardenwiel at any time,
// because that is the buyer's classification, not part of what was agreed. For a supplier a theme
// is part of its proposal like any other field. A malus rule is the buyer's to propose only.
// Pages call these functions to show controls, actions to refuse; they are pure.
import { can, type ContractSide } from "@/lib/auth/permissions";
import { MANAGES_CONTRACT_MESSAGE, managesContract, type ManagedContract, type PolicyActor } from "@/lib/contracts/policy";
import { CONTRACT_STATUSES } from "@/lib/contracts/rules";
import { ForbiddenError } from "@/lib/errors";
import { contractHasStarted, EDIT_AFTER_START_MESSAGE, mayDecideOnProposal, SIDE_LABELS } from "./proposal";

export type KpiChange = "terms" | "growth_path" | "malus" | "themes";

export type KpiForPolicy = {
  status: "proposed" | "active" | "rejected" | "retired";
  proposedByKind: ContractSide;
  activeFrom: string | null;
};
export type ContractForPolicy = { startDate: string; status: string };

export type KpiChangeRoute =
  /** Written as it is (only the buyer's themes). */
  | { route: "direct" }
  /** Written as a proposal the other side decides on; `reopens` when it was agreed. */
  | { route: "proposal"; to: ContractSide; reopens: boolean }
  | { route: "refused"; message: string };

const otherSide = (side: ContractSide): ContractSide => (side === "buyer" ? "supplier" : "buyer");

/** A completed or terminated contract: its KPIs are history. */
function contractClosed(contract: ContractForPolicy): boolean {
  return contract.status === "completed" || contract.status === "terminated";
}

export function closedContractMessage(contract: ContractForPolicy): string {
  const label = (CONTRACT_STATUSES as Record<string, string>)[contract.status] ?? contract.status;
  return `Dit contract is ${label.toLowerCase()}: de KPI's liggen vast.`;
}

/**
 * A proposal that once counted is a proposed change to an agreed KPI: it keeps the quarter the
 * agreed version counted from, and saying no brings that version back instead of dropping the KPI.
 */
export function isChangeToAgreedKpi(kpi: Pick<KpiForPolicy, "status" | "activeFrom">): boolean {
  return kpi.status === "proposed" && kpi.activeFrom !== null;
}

/** How a change by this side reaches the KPI, or why it may not. */
export function kpiChangeRoute(
  side: ContractSide,
  kpi: KpiForPolicy,
  contract: ContractForPolicy,
  change: KpiChange,
  today: string,
): KpiChangeRoute {
  if (contractClosed(contract)) return { route: "refused", message: closedContractMessage(contract) };
  if (kpi.status === "rejected") return { route: "refused", message: "Dit voorstel is afgewezen en kan niet meer worden gewijzigd." };
  if (kpi.status === "retired") return { route: "refused", message: "Deze KPI is beëindigd en kan niet meer worden gewijzigd." };
  if (change === "malus" && side !== "buyer") return { route: "refused", message: "Alleen de opdrachtgever legt een malusregel vast." };
  if (change === "themes" && side === "buyer") return { route: "direct" };
  if (kpi.status === "active") {
    if (contractHasStarted(contract, today)) return { route: "refused", message: EDIT_AFTER_START_MESSAGE };
    return { route: "proposal", to: otherSide(side), reopens: true };
  }
  return { route: "proposal", to: otherSide(side), reopens: false };
}

/** Why this side may not accept or reject this proposal, or null when it may. */
export function kpiDecisionRefusal(
  side: ContractSide,
  kpi: Pick<KpiForPolicy, "proposedByKind">,
  contract: ContractForPolicy,
): string | null {
  if (contractClosed(contract)) return closedContractMessage(contract);
  if (!mayDecideOnProposal(kpi.proposedByKind, side)) return "Over een voorstel van je eigen organisatie beslist de andere partij.";
  return null;
}

/** Only the other side accepts or rejects a proposal, and only while the contract is open. */
export function mayDecideOnKpi(
  side: ContractSide,
  kpi: Pick<KpiForPolicy, "status" | "proposedByKind">,
  contract: ContractForPolicy,
): boolean {
  return kpi.status === "proposed" && kpiDecisionRefusal(side, kpi, contract) === null;
}

/** The side that proposed a change to an agreed KPI may take it back. */
export function mayWithdrawKpiChange(side: ContractSide, kpi: KpiForPolicy, contract: ContractForPolicy): boolean {
  return isChangeToAgreedKpi(kpi) && kpi.proposedByKind === side && !contractClosed(contract);
}

/** New KPIs are proposed on contracts that are not closed. */
export function mayProposeKpi(contract: ContractForPolicy): boolean {
  return !contractClosed(contract);
}

/**
 * May this person shape the KPIs of this contract at all (propose, decide, change)? The supplier's
 * admins and reporters on contracts they are party to; the buyer's admins, and its contract
 * manager on the contracts they manage. Malus rules and tender promises are the buyer's alone:
 * managesContract with "kpis.malus" or "promises.edit".
 */
export function shapesContractKpis(actor: PolicyActor, contract: ManagedContract): boolean {
  if (actor.org.kind === "supplier") return can(actor.org.kind, actor.role, "kpis.propose");
  return managesContract(actor, contract, "kpis.propose");
}

export function assertShapesContractKpis(actor: PolicyActor, contract: ManagedContract): void {
  if (!shapesContractKpis(actor, contract)) throw new ForbiddenError(MANAGES_CONTRACT_MESSAGE);
}

/** The counterparty as a person reads it: "Groen Cateraars B.V. (de opdrachtnemer)". */
export function counterpartyLabel(to: ContractSide, contract: { buyerName: string; supplierName: string | null }): string {
  const name = to === "buyer" ? contract.buyerName : contract.supplierName;
  return name ? `${name} (de ${SIDE_LABELS[to]})` : `de ${SIDE_LABELS[to]}`;
}

export type KpiChangeOutcome =
  | { route: "direct" }
  | { route: "unchanged" }
  | { route: "proposal"; to: ContractSide; reopened: boolean; counter: boolean; toLabel: string };

/** What a person is told after saving a change to a KPI. */
export function kpiChangeNotice(outcome: KpiChangeOutcome, saved: string): string {
  if (outcome.route === "unchanged") return "Er is niets gewijzigd.";
  if (outcome.route === "direct") return saved;
  if (outcome.reopened) {
    return (
      `Je wijziging is voorgesteld aan ${outcome.toLabel}. Tot die haar accepteert, staat de KPI op "Voorgesteld"; ` +
      "wordt ze afgewezen, dan geldt weer de afgesproken versie."
    );
  }
  if (outcome.counter) return `Je tegenvoorstel is opgeslagen en voorgesteld aan ${outcome.toLabel}, die er nu over beslist.`;
  return `Je voorstel is bijgewerkt; ${outcome.toLabel} beslist erover.`;
}
