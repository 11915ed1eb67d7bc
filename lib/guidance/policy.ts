// Who may change a contract's checklist ambitieformulering: the coordinator and the admin
// (guidance.edit) for every contract of the organisation, and the contract's own manager, who
// prepares the procurement. Other buyer users only read; suppliers never write.
import { can } from "@/lib/auth/permissions";
import { managesContract, type ManagedContract, type PolicyActor } from "@/lib/contracts/policy";

export function mayEditProcurementChecklist(actor: PolicyActor, contract: ManagedContract): boolean {
  if (actor.org.kind !== "buyer") return false;
  return can(actor.org.kind, actor.role, "guidance.edit") || managesContract(actor, contract);
}
