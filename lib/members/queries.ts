import { and, asc, eq, gt, isNull } from "drizzle-orm";
import type { Db } from "@/db/client";
import { invitations, memberships, users } from "@/db/schema";
import type { Role } from "@/lib/auth/permissions";

export type Member = { userId: string; name: string | null; email: string; role: Role; version: number; since: Date };

export async function listMembers(db: Db, params: { organisationId: string }): Promise<Member[]> {
  const rows = await db
    .select({
      userId: users.id,
      name: users.name,
      email: users.email,
      role: memberships.role,
      version: memberships.version,
      since: memberships.createdAt,
    })
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .where(eq(memberships.organisationId, params.organisationId))
    .orderBy(asc(users.name), asc(users.email));
  return rows.map((r) => ({ ...r, role: r.role as Role }));
}

export async function listOpenInvitations(db: Db, params: { organisationId: string }, now = new Date()) {
  return db
    .select({
      id: invitations.id,
      email: invitations.email,
      role: invitations.role,
      createdAt: invitations.createdAt,
      expiresAt: invitations.expiresAt,
    })
    .from(invitations)
    .where(
      and(
        eq(invitations.organisationId, params.organisationId),
        isNull(invitations.acceptedAt),
        isNull(invitations.revokedAt),
        gt(invitations.expiresAt, now),
      ),
    )
    .orderBy(asc(invitations.createdAt));
}

/** Members who may be named contract manager of a contract: contract managers and admins. */
export async function listContractManagers(db: Db, params: { organisationId: string }) {
  const members = await listMembers(db, params);
  return members.filter((m) => m.role === "contract_manager" || m.role === "admin");
}
