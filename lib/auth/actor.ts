import { and, eq, gt } from "drizzle-orm";
import type { Db } from "@/db/client";
import { memberships, organisations, userSessions, users } from "@/db/schema";
import { NotFoundError } from "@/lib/errors";
import type { OrganisationKind, Role } from "./permissions";
import { hashSessionId, sessionWindow } from "./user-sessions";

/** Who is acting, in which organisation, with which role: always read from the database. */
export type Actor = {
  userId: string;
  email: string;
  name: string | null;
  org: { id: string; slug: string; name: string; kind: OrganisationKind };
  role: Role;
};

export type MembershipSummary = { slug: string; name: string; kind: OrganisationKind; role: Role };

export type SessionAccount = {
  user: { id: string; email: string; name: string | null };
  memberships: Array<MembershipSummary & { orgId: string }>;
};

/** The browser session a request carries: the user id and the random session id of the JWT. */
export type SessionClaim = { userId: string; sessionId: string };

/**
 * The user and every membership in one query, for a request: the layout's organisation switcher,
 * the session check and the actor of the URL all read it (the benchmark counts the statements of
 * a page). The same query checks the session row: null when the user no longer exists or the
 * session was ended (logout, "overal uitloggen", removal), idle too long or too old.
 */
export async function sessionAccount(
  db: Db,
  claim: SessionClaim,
  now = new Date(),
): Promise<(SessionAccount & { lastSeenAt: Date }) | null> {
  const window = sessionWindow(now);
  const rows = await accountQuery(db, claim.userId, { lastSeenAt: userSessions.lastSeenAt }).innerJoin(
    userSessions,
    and(
      eq(userSessions.userId, users.id),
      eq(userSessions.idHash, hashSessionId(claim.sessionId)),
      gt(userSessions.expiresAt, window.now),
      gt(userSessions.lastSeenAt, window.seenAfter),
      gt(userSessions.createdAt, window.startedAfter),
    ),
  );
  const account = toAccount(rows);
  return account ? { ...account, lastSeenAt: new Date(rows[0].lastSeenAt) } : null;
}

/**
 * The user and every membership, without a browser session: for code that acts for a user
 * directly (scripts, tests). Requests go through sessionAccount.
 */
export async function memberAccount(db: Db, userId: string): Promise<SessionAccount | null> {
  return toAccount(await accountQuery(db, userId, {}));
}

function accountQuery<E extends Record<string, typeof userSessions.lastSeenAt>>(db: Db, userId: string, extra: E) {
  return db
    .select({
      id: users.id,
      email: users.email,
      name: users.name,
      orgId: organisations.id,
      slug: organisations.slug,
      orgName: organisations.name,
      kind: organisations.kind,
      role: memberships.role,
      ...extra,
    })
    .from(users)
    .leftJoin(memberships, eq(memberships.userId, users.id))
    .leftJoin(organisations, eq(organisations.id, memberships.organisationId))
    .where(eq(users.id, userId))
    .orderBy(organisations.name)
    .$dynamic();
}

type AccountRow = {
  id: string;
  email: string;
  name: string | null;
  orgId: string | null;
  slug: string | null;
  orgName: string | null;
  kind: OrganisationKind | null;
  role: string | null;
};

function toAccount(rows: AccountRow[]): SessionAccount | null {
  if (rows.length === 0) return null;
  const [first] = rows;
  return {
    user: { id: first.id, email: first.email, name: first.name },
    memberships: rows
      .filter((r) => r.orgId !== null)
      .map((r) => ({ orgId: r.orgId!, slug: r.slug!, name: r.orgName!, kind: r.kind!, role: r.role as Role })),
  };
}

const NOT_A_MEMBER = "Deze organisatie bestaat niet of je bent er geen lid van.";

/**
 * The membership of a user in the organisation of a URL slug. Not a member (or a removed one)
 * gets "not found", exactly like an organisation that does not exist. For scripts and tests, which
 * act for a user without a browser session; requests use actorFromAccount on the checked session.
 */
export async function resolveActor(db: Db, userId: string, orgSlug: string): Promise<Actor> {
  const account = await memberAccount(db, userId);
  if (!account) throw new NotFoundError(NOT_A_MEMBER);
  return actorFromAccount(account, orgSlug);
}

/** The actor of a URL slug from a session account; "not found" for a non-member, like resolveActor. */
export function actorFromAccount(account: SessionAccount, orgSlug: string): Actor {
  const m = account.memberships.find((x) => x.slug === orgSlug);
  if (!m) throw new NotFoundError(NOT_A_MEMBER);
  return { ...account.user, userId: account.user.id, org: { id: m.orgId, slug: m.slug, name: m.name, kind: m.kind }, role: m.role };
}
