// Who may do what in a contract's quarterly review. The buyer's side is led by whoever manages
// the contract; the supplier's admins and reporters take part for their side. Pages show the
// controls with these functions, the actions refuse with them.
import { can } from "@/lib/auth/permissions";
import { MANAGES_CONTRACT_MESSAGE, managesContract, type ManagedContract, type PolicyActor } from "@/lib/contracts/policy";
import { ForbiddenError } from "@/lib/errors";

/** Plans the review, proposes scores, records decisions and the malus: the buyer's contract manager or an admin. */
export function managesReview(actor: PolicyActor, contract: ManagedContract): boolean {
  return managesContract(actor, contract, "reviews.manage");
}

/** Comments, signs and amends for one side: the buyer's manager of the contract, or the supplier's admins and reporters. */
export function participatesInReview(actor: PolicyActor, contract: ManagedContract): boolean {
  if (actor.org.kind === "buyer") return managesContract(actor, contract, "reviews.participate");
  return can(actor.org.kind, actor.role, "reviews.participate");
}

export function assertManagesReview(actor: PolicyActor, contract: ManagedContract): void {
  if (!managesReview(actor, contract)) throw new ForbiddenError(MANAGES_CONTRACT_MESSAGE);
}

export function assertParticipatesInReview(actor: PolicyActor, contract: ManagedContract): void {
  if (!participatesInReview(actor, contract)) throw new ForbiddenError(MANAGES_CONTRACT_MESSAGE);
}
