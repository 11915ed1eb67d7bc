// Who has a "Te doen" list: everyone but a viewer, who reads and acts on nothing.
import type { Actor } from "@/lib/auth/actor";

export function hasWork(actor: Pick<Actor, "role">): boolean {
  return actor.role !== "viewer";
}

/** The contracts a buyer's contract manager works on are the ones they manage; everyone else's are all of the organisation's. */
export function worksOnManagedOnly(actor: Pick<Actor, "role" | "org">): boolean {
  return actor.org.kind === "buyer" && actor.role === "contract_manager";
}
