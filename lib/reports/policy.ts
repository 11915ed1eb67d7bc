// Who may accept a supplier's quarterly report or send it back: the buyer's contract manager of
// that contract or an admin. The report page shows the decision form with it, the action refuses.
import { assertManagesContract, managesContract, type ManagedContract, type PolicyActor } from "@/lib/contracts/policy";

export function decidesReports(actor: PolicyActor, contract: ManagedContract): boolean {
  return managesContract(actor, contract, "reports.decide");
}

export function assertDecidesReports(actor: PolicyActor, contract: ManagedContract): void {
  assertManagesContract(actor, contract, "reports.decide");
}
