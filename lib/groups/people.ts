import { and, count, eq, inArray, ne, sql } from "drizzle-orm";
import { queryRows, type Db } from "@/db/client";
import { groupMembers, memberships } from "@/db/schema";
import { ConflictError } from "@/lib/errors";

/** Whether the address is a person of one of the group's joined members (asked in the group's transaction). */
export async function isPersonOfGroupMember(tx: Db, email: string): Promise<boolean> {
  const [row] = await queryRows<{ yes: boolean }>(tx, sql`select group_member_person(${email}) as yes`);
  return row?.yes === true;
}

/**
 * A member that leaves or is removed takes the places its people hold in the group through it
 * (asked in the group's transaction, after the member's status has changed). Refused when that
 * would leave the other members without a group coordinator: nobody could invite, publish or
 * appoint a new one any more.
 */
export async function withdrawPlacesOf(tx: Db, groupId: string, organisationId: string, refusal: string): Promise<void> {
  const places = await queryRows<{ user_id: string }>(tx, sql`select user_id from group_places_of_member(${organisationId}::uuid)`);
  const ids = places.map((p) => p.user_id);
  if (ids.length > 0) {
    await tx.delete(memberships).where(and(eq(memberships.organisationId, groupId), inArray(memberships.userId, ids)));
  }
  const [others] = await tx
    .select({ n: count() })
    .from(groupMembers)
    .where(and(eq(groupMembers.tenantId, groupId), eq(groupMembers.status, "joined"), ne(groupMembers.organisationId, organisationId)));
  if (others.n === 0) return;
  const [coordinators] = await tx
    .select({ n: count() })
    .from(memberships)
    .where(and(eq(memberships.organisationId, groupId), eq(memberships.role, "coordinator")));
  if (coordinators.n === 0) throw new ConflictError(refusal);
}
