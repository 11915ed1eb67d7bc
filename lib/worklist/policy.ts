// Who has a "Te doen" list: everyone but a viewer (also under a named role), who reads and acts on
// nothing, and a verifier, whose work is the verification list of their assigned contracts.
import type { Actor } from "@/lib/auth/actor";
import { NAMED_VIEWER_ROLES } from "@/lib/auth/permissions";

const WITHOUT_WORK: readonly string[] = ["viewer", ...NAMED_VIEWER_ROLES, "verifier"];

export function hasWork(actor: Pick<Actor, "role">): boolean {
  return !WITHOUT_WORK.includes(actor.role);
}

/** The contracts a buyer's contract manager works on are the ones they manage; everyone else's are all of the organisation's. */
export function worksOnManagedOnly(actor: Pick<Actor, "role" | "org">): boolean {
  return actor.org.kind === "buyer" && actor.role === "contract_manager";
}
