// Work in a buyer group's own tenant from inside a member's transaction. A member publishes its
// figures to the group and reads the group's standards; it never lets the group read its rows.
import { and, eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { groupMembers } from "@/db/schema";
import type { Actor } from "@/lib/auth/actor";
import { NotFoundError } from "@/lib/errors";
import { onBehalfOf, scopeOf, type TenantScope } from "@/lib/tenancy";

/** Who acts in a member's transaction: a person, or a job (userId ""). */
export type MemberActor = Pick<Actor, "userId"> & { org: Pick<Actor["org"], "id" | "kind" | "partnerOrgIds"> };

/** The person (or job) acting for the group, for its audit trail: the same person, in the group. */
export type GroupWriter = { userId: string | null; org: { id: string } };

/**
 * Runs `work` with the transaction switched to the group's tenant (its settings and side role),
 * then back to the member's. Row-level security then admits the group's rows only.
 */
export async function inGroupTenant<T>(tx: Db, member: MemberActor, groupId: string, work: (writer: GroupWriter) => Promise<T>) {
  const current: TenantScope = scopeOf(member);
  const group: TenantScope = { userId: member.userId, orgId: groupId, orgKind: "buyer_group" };
  return onBehalfOf(tx, current, group, () => work({ userId: member.userId || null, org: { id: groupId } }));
}

const NOT_INVITED = "Deze inkoopgroep bestaat niet, of jullie organisatie is er niet (meer) bij.";

/**
 * Where the member stands in a group, read in the member's own transaction (a buyer sees its own
 * row in any group: group_members_own_standing). Not found when it was never invited.
 */
export async function standingIn(tx: Db, { groupId, organisationId }: { groupId: string; organisationId: string }) {
  const [row] = await tx
    .select()
    .from(groupMembers)
    .where(and(eq(groupMembers.tenantId, groupId), eq(groupMembers.organisationId, organisationId)));
  if (!row) throw new NotFoundError(NOT_INVITED);
  return row;
}

/** The member's standing, refused unless it has joined and not left. */
export async function joinedStanding(tx: Db, member: MemberActor, groupId: string) {
  const row = await standingIn(tx, { groupId, organisationId: member.org.id });
  if (row.status !== "joined") throw new NotFoundError(NOT_INVITED);
  return row;
}
