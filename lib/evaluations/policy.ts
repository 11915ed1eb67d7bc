// Who holds and signs a contract's yearly evaluation. The buyer's side: an admin, the contract's
// own manager, or a coordinator (who sees every contract); the supplier's side: its admin only,
// since the evaluation binds the company for the year ahead. Pages and actions use the same functions.
import { can } from "@/lib/auth/permissions";
import { isManagerOf, type ManagedContract, type PolicyActor } from "@/lib/contracts/policy";
import { ForbiddenError } from "@/lib/errors";

const LEADS_MESSAGE = "Alleen de contractmanager van dit contract, een coördinator of een beheerder leidt de jaarevaluatie.";
const SIGNS_MESSAGE =
  "Alleen de contractmanager, een coördinator of een beheerder van de opdrachtgever en de beheerder van de leverancier ondertekenen de jaarevaluatie.";

/** Opens the evaluation, records the decisions and the roadmap check: the buyer's side only. */
export function leadsEvaluation(actor: PolicyActor, contract: ManagedContract): boolean {
  return (
    actor.org.kind === "buyer" &&
    can(actor.org.kind, actor.role, "evaluations.manage") &&
    (actor.role === "admin" || actor.role === "coordinator" || isManagerOf(actor, contract))
  );
}

/** Signs for one side. */
export function signsEvaluation(actor: PolicyActor, contract: ManagedContract): boolean {
  if (actor.org.kind === "buyer") return leadsEvaluation(actor, contract);
  return can(actor.org.kind, actor.role, "evaluations.sign");
}

export function assertLeadsEvaluation(actor: PolicyActor, contract: ManagedContract): void {
  if (!leadsEvaluation(actor, contract)) throw new ForbiddenError(LEADS_MESSAGE);
}

export function assertSignsEvaluation(actor: PolicyActor, contract: ManagedContract): void {
  if (!signsEvaluation(actor, contract)) throw new ForbiddenError(SIGNS_MESSAGE);
}
