// Who may propose an innovation on a contract and record what it delivered: the buyer's admin or
// the contract's own manager, and the supplier's admins and reporters on a contract they are party
// to. The decision is the quarterly review's: lib/reviews/policy.ts (managesReview).
import { can } from "@/lib/auth/permissions";
import { MANAGES_CONTRACT_MESSAGE, managesContract, type ManagedContract, type PolicyActor } from "@/lib/contracts/policy";
import { ForbiddenError } from "@/lib/errors";

export function mayProposeInnovation(actor: PolicyActor, contract: ManagedContract): boolean {
  if (actor.org.kind === "supplier") return can(actor.org.kind, actor.role, "innovations.propose");
  return managesContract(actor, contract, "innovations.propose");
}

export function assertMayProposeInnovation(actor: PolicyActor, contract: ManagedContract): void {
  if (!mayProposeInnovation(actor, contract)) throw new ForbiddenError(MANAGES_CONTRACT_MESSAGE);
}
