// Who sees which controls on the periods page; the actions check the same through permissions and
// reopenApprovalError, so the page only hides what would be refused anyway.
import type { Actor } from "@/lib/auth/actor";
import { can } from "@/lib/auth/permissions";
import { reopenApprovalError } from "./rules";

type Who = Pick<Actor, "org" | "role" | "userId">;

export const closesPeriods = (actor: Who) => can(actor.org.kind, actor.role, "periods.close");
export const takesPartInReopening = (actor: Who) => can(actor.org.kind, actor.role, "periods.reopen");
export const seesPeriods = (actor: Who) => closesPeriods(actor) || takesPartInReopening(actor);

/** May this person approve the reopening that was asked (another person, the other role)? */
export function approvesReopening(actor: Who, request: { byUserId: string; role: string }): boolean {
  return takesPartInReopening(actor) && reopenApprovalError({ userId: request.byUserId, role: request.role }, actor) === null;
}

/** Who approves a reopening this role asked for: the other one of coordinator and admin. */
export const approverRoleLabel = (requestedRole: string) => (requestedRole === "admin" ? "coördinator" : "beheerder");
