// Who may change a contract's roadmap. Both parties shape it: the buyer's admin or the contract's
// own manager, and the supplier's admins and reporters on a contract they are party to (the
// supplier only ever reads contracts it is party to, so its side needs no further check).
import { can } from "@/lib/auth/permissions";
import { MANAGES_CONTRACT_MESSAGE, managesContract, type ManagedContract, type PolicyActor } from "@/lib/contracts/policy";
import { ForbiddenError } from "@/lib/errors";

export function mayEditRoadmap(actor: PolicyActor, contract: ManagedContract): boolean {
  if (actor.org.kind === "supplier") return can(actor.org.kind, actor.role, "roadmap.edit");
  return managesContract(actor, contract, "roadmap.edit");
}

export function assertMayEditRoadmap(actor: PolicyActor, contract: ManagedContract): void {
  if (!mayEditRoadmap(actor, contract)) throw new ForbiddenError(MANAGES_CONTRACT_MESSAGE);
}
