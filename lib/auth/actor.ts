import { eq, sql } from "drizzle-orm";
import type { Db } from "@/db/client";
import { memberships, organisations, userSessions, users } from "@/db/schema";
import { NotFoundError, SuspendedOrganisationError } from "@/lib/errors";
import type { ApiTokenUse } from "@/lib/api-tokens/account";
import type { OrganisationKind, Role } from "./permissions";
import { sessionWindow } from "./user-sessions";

/** Who is acting, in which organisation, with which role: always read from the database. */
export type Actor = {
  userId: string;
  email: string;
  name: string | null;
  // partnerOrgIds: for a supplier, the buyers it has contracts with (lib/tenancy.ts); empty for a buyer.
  org: { id: string; slug: string; name: string; kind: OrganisationKind; partnerOrgIds: string[] };
  role: Role;
  /** Set when the call came through an API token: the audit trail names it, routes check its scopes. */
  apiToken?: ApiTokenUse;
};

type MembershipSummary = { slug: string; name: string; kind: OrganisationKind; role: Role };

/** Why the organisation cannot be opened now; null while it is active. */
type Suspension = { suspendedAt: Date; reason: string | null } | null;

export type SessionAccount = {
  user: { id: string; email: string; name: string | null };
  /** Set when an organisation's identity provider signed the session in: it opens only that organisation. */
  ssoOrganisationId?: string | null;
  memberships: Array<MembershipSummary & { orgId: string; partnerOrgIds: string[]; suspension: Suspension }>;
};

/** The browser session a request carries: the user id and the random session id of the JWT. */
export type SessionClaim = { userId: string; sessionId: string };

/**
 * The user and every membership in one query, for a request: the layout's organisation switcher,
 * the session check and the actor of the URL all read it (the benchmark counts the statements of
 * a page). The same query checks the session row: null when the user no longer exists or the
 * session was ended (logout, "overal uitloggen", removal), idle too long or too old. It runs
 * before any organisation is known, so the database function session_account reads the account
 * tables for it, and only for a live session whose id the caller holds.
 */
export async function sessionAccount(
  db: Db,
  claim: SessionClaim,
  now = new Date(),
): Promise<(SessionAccount & { lastSeenAt: Date }) | null> {
  const window = sessionWindow(now);
  const rows = await db
    .select({
      id: sql<string>`a.id`,
      email: sql<string>`a.email`,
      name: sql<string | null>`a.name`,
      orgId: sql<string | null>`a.org_id`,
      slug: sql<string | null>`a.slug`,
      orgName: sql<string | null>`a.org_name`,
      kind: sql<OrganisationKind | null>`a.kind`,
      role: sql<string | null>`a.role`,
      partnerOrgIds: sql<string[] | null>`a.partner_org_ids`,
      suspendedAt: sql<string | Date | null>`a.suspended_at`,
      suspendedReason: sql<string | null>`a.suspended_reason`,
      lastSeenAt: sql`a.last_seen_at`.mapWith(userSessions.lastSeenAt),
      ssoOrganisationId: sql<string | null>`a.sso_organisation_id`,
    })
    .from(
      sql`session_account(${claim.userId}::uuid, ${claim.sessionId}, ${window.now.toISOString()}::timestamptz,
            ${window.seenAfter.toISOString()}::timestamptz, ${window.startedAfter.toISOString()}::timestamptz) as a`,
    );
  const account = toAccount(rows);
  return account ? { ...account, ssoOrganisationId: rows[0].ssoOrganisationId, lastSeenAt: new Date(rows[0].lastSeenAt) } : null;
}

/**
 * The user and every membership, without a browser session: for code that acts for a user
 * directly (scripts, tests), on a connection that may read the account tables. Requests go
 * through sessionAccount.
 */
async function memberAccount(db: Db, userId: string): Promise<SessionAccount | null> {
  return toAccount(await accountQuery(db, userId));
}

function accountQuery(db: Db, userId: string) {
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
      partnerOrgIds: sql<
        string[] | null
      >`array(select distinct c.tenant_id from contracts c where c.supplier_org_id = ${organisations.id})`,
      suspendedAt: organisations.suspendedAt,
      suspendedReason: organisations.suspendedReason,
    })
    .from(users)
    .leftJoin(memberships, eq(memberships.userId, users.id))
    .leftJoin(organisations, eq(organisations.id, memberships.organisationId))
    .where(eq(users.id, userId))
    .orderBy(organisations.name);
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
  partnerOrgIds: string[] | null;
  suspendedAt: string | Date | null;
  suspendedReason: string | null;
};

function toAccount(rows: AccountRow[]): SessionAccount | null {
  if (rows.length === 0) return null;
  const [first] = rows;
  return {
    user: { id: first.id, email: first.email, name: first.name },
    memberships: rows
      .filter((r) => r.orgId !== null)
      .map((r) => ({
        orgId: r.orgId!,
        slug: r.slug!,
        name: r.orgName!,
        kind: r.kind!,
        role: r.role as Role,
        partnerOrgIds: r.kind === "supplier" ? (r.partnerOrgIds ?? []) : [],
        suspension: r.suspendedAt ? { suspendedAt: new Date(r.suspendedAt), reason: r.suspendedReason } : null,
      })),
  };
}

const NOT_A_MEMBER = "Deze organisatie bestaat niet of je bent er geen lid van.";

/**
 * The membership of a user in the organisation of a URL slug. Not a member (or a removed one)
 * gets "not found", exactly like an organisation that does not exist. For scripts and tests, which
 * act for a user without a browser session; requests use actorFromAccount on the checked session.
 */
export async function resolveActor(db: Db, { userId, orgSlug }: { userId: string; orgSlug: string }): Promise<Actor> {
  const account = await memberAccount(db, userId);
  if (!account) throw new NotFoundError(NOT_A_MEMBER);
  return actorFromAccount(account, orgSlug);
}

/** The actor of a URL slug from a session account; "not found" for a non-member, like resolveActor. */
export function actorFromAccount(account: SessionAccount, orgSlug: string): Actor {
  const m = account.memberships.find((x) => x.slug === orgSlug);
  if (!m) throw new NotFoundError(NOT_A_MEMBER);
  if (m.suspension) throw new SuspendedOrganisationError(m.name, m.suspension.reason);
  return {
    ...account.user,
    userId: account.user.id,
    org: { id: m.orgId, slug: m.slug, name: m.name, kind: m.kind, partnerOrgIds: m.partnerOrgIds },
    role: m.role,
  };
}
