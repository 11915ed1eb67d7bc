import { and, asc, eq, gt, inArray, isNull, sql, type SQL } from "drizzle-orm";
import type { Db } from "@/db/client";
import { invitations, memberships } from "@/db/schema";
import type { Role } from "@/lib/auth/permissions";

export type Member = {
  userId: string;
  name: string | null;
  email: string;
  role: Role;
  version: number;
  since: Date;
  wantsReminders: boolean;
};

const contact = {
  userId: sql<string>`c.user_id`,
  name: sql<string | null>`c.name`,
  email: sql<string>`c.email`,
  role: sql<Role>`c.role`,
  version: sql<number>`c.version`,
  since: sql`c.created_at`.mapWith(memberships.createdAt),
  wantsReminders: sql<boolean>`c.wants_reminders`,
};

/**
 * The members of an organisation with their e-mail addresses, optionally only some of them. Read
 * through the database function organisation_contacts, the one source of other people's
 * addresses: it serves the acting organisation itself and its counterparts (a contract between
 * them, or the buyer that registered the supplier) and refuses any other, so this runs in a
 * tenant transaction.
 */
export async function organisationContacts(
  db: Db,
  { organisationId, ...only }: { organisationId: string; userIds?: string[]; emails?: string[]; roles?: Role[] },
): Promise<Member[]> {
  const conditions: SQL[] = [];
  if (only.userIds) conditions.push(inArray(contact.userId, only.userIds));
  if (only.emails) conditions.push(inArray(contact.email, only.emails));
  if (only.roles) conditions.push(inArray(contact.role, only.roles));
  return db
    .select(contact)
    .from(sql`organisation_contacts(${organisationId}::uuid) as c`)
    .where(and(...conditions))
    .orderBy(asc(contact.name), asc(contact.email));
}

export async function listMembers(db: Db, params: { organisationId: string }): Promise<Member[]> {
  return organisationContacts(db, { organisationId: params.organisationId });
}

/** Invitations into the organisation that can still be accepted, oldest first; with email, those to that address. */
export async function listOpenInvitations(db: Db, params: { organisationId: string; email?: string; now?: Date }) {
  const now = params.now ?? new Date();
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
        params.email === undefined ? undefined : eq(invitations.email, params.email),
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

/**
 * The e-mail addresses of the organisation's own members among these users, to stand in for a
 * missing name (an invited person gives none) where the organisation reads its own records.
 */
export async function colleagueEmails(
  db: Db,
  { organisationId, userIds }: { organisationId: string; userIds: Array<string | null> },
): Promise<Map<string, string>> {
  const ids = [...new Set(userIds.filter((id): id is string => id !== null))];
  if (ids.length === 0) return new Map();
  const members = await organisationContacts(db, { organisationId, userIds: ids });
  return new Map(members.map((m) => [m.userId, m.email]));
}

/** Rows with a creator: createdByEmail for the nameless members of the organisation, else null. */
export async function withCreatorEmails<R extends { createdByUserId: string | null; createdByName: string | null }>(
  db: Db,
  { organisationId, rows }: { organisationId: string; rows: R[] },
): Promise<Array<R & { createdByEmail: string | null }>> {
  const emails = await colleagueEmails(db, {
    organisationId,
    userIds: rows.filter((r) => r.createdByName === null).map((r) => r.createdByUserId),
  });
  return rows.map((r) => ({ ...r, createdByEmail: r.createdByUserId ? (emails.get(r.createdByUserId) ?? null) : null }));
}
