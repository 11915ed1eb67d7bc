// Who manages a contract on the buyer's side: its admins, and the contract manager on the
// contracts they manage. Pages call these functions to show controls and actions to refuse, so
// a control is never offered that the action would turn down. Pure; no database.
import { can, type OrganisationKind, type Permission } from "@/lib/auth/permissions";
import { ForbiddenError } from "@/lib/errors";

/** What a policy needs of a person: both a page's Actor and an action's context fit. */
export type PolicyActor = { userId: string; role: string; org: { kind: OrganisationKind } };
export type ManagedContract = { contractManagerId: string | null };

export const MANAGES_CONTRACT_MESSAGE = "Alleen de contractmanager van dit contract of een beheerder mag het wijzigen.";

/**
 * A buyer member holding the permission (by default "contracts.update") who is an admin or this
 * contract's manager. Modules pass their own permission, so a role losing it loses the control
 * and the action together.
 */
export function managesContract(actor: PolicyActor, contract: ManagedContract, permission: Permission = "contracts.update"): boolean {
  return (
    actor.org.kind === "buyer" && can(actor.org.kind, actor.role, permission) && (actor.role === "admin" || isManagerOf(actor, contract))
  );
}

/** This person is the contract's manager (an admin who is not its manager is not). */
export function isManagerOf(actor: Pick<PolicyActor, "userId">, contract: ManagedContract): boolean {
  return contract.contractManagerId === actor.userId;
}

/** The listContracts filter for the contracts this buyer member manages: every one for an admin. */
export function managedContractsFilter(actor: PolicyActor): { managedBy?: string } {
  return actor.role === "admin" ? {} : { managedBy: actor.userId };
}

export function assertManagesContract(actor: PolicyActor, contract: ManagedContract, permission: Permission = "contracts.update"): void {
  if (!managesContract(actor, contract, permission)) throw new ForbiddenError(MANAGES_CONTRACT_MESSAGE);
}
