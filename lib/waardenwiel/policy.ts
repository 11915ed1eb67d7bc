// Who may change a Waardenwiel. The organisation's wheel is the coordinator's and the admin's. A
// contract's own wheel may also be changed by the coordinator for every contract, because it
// concretises the organisation's ambition, and by a contract manager for the contracts they
// manage. Pages show the edit controls with these functions, the actions refuse with them.
import { can } from "@/lib/auth/permissions";
import { isManagerOf, MANAGES_CONTRACT_MESSAGE, type ManagedContract, type PolicyActor } from "@/lib/contracts/policy";
import { ForbiddenError } from "@/lib/errors";

const ORGANISATION_WHEEL_MESSAGE = "Alleen de coördinator MVI/KCI of een beheerder mag het Waardenwiel van de organisatie wijzigen.";

export function mayEditOrganisationWheel(actor: PolicyActor): boolean {
  return actor.org.kind === "buyer" && can(actor.org.kind, actor.role, "wheel.edit");
}

export function mayEditContractWheel(actor: PolicyActor, contract: ManagedContract): boolean {
  if (actor.org.kind !== "buyer" || !can(actor.org.kind, actor.role, "contract_wheel.edit")) return false;
  return actor.role !== "contract_manager" || isManagerOf(actor, contract);
}

export function assertMayEditOrganisationWheel(actor: PolicyActor): void {
  if (!mayEditOrganisationWheel(actor)) throw new ForbiddenError(ORGANISATION_WHEEL_MESSAGE);
}

export function assertMayEditContractWheel(actor: PolicyActor, contract: ManagedContract): void {
  if (!can(actor.org.kind, actor.role, "contract_wheel.edit")) throw new ForbiddenError();
  if (!mayEditContractWheel(actor, contract)) throw new ForbiddenError(MANAGES_CONTRACT_MESSAGE);
}
