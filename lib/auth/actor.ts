import { eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { memberships, organisations, users } from "@/db/schema";
import { NotFoundError } from "@/lib/errors";
import type { OrganisationKind, Role } from "./permissions";

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

/**
 * The user and every membership in one query, for a page request: the layout's organisation
 * switcher, the session check and the actor of the URL all read it (the benchmark counts the
 * statements of a page). Null for a user that no longer exists.
 */
export async function sessionAccount(db: Db, userId: string): Promise<SessionAccount | null> {
  const rows = await db
    .select({
      id: users.id,
      email: users.email,
      name: users.name,
      orgId: organisations.id,
      slug: organisations.slug,
      orgName: organisations.name,
      kind: organisations.kind,
      role: memberships.role,
    })
    .from(users)
    .leftJoin(memberships, eq(memberships.userId, users.id))
    .leftJoin(organisations, eq(organisations.id, memberships.organisationId))
    .where(eq(users.id, userId))
    .orderBy(organisations.name);
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
 * gets "not found", exactly like an organisation that does not exist. For actions and the API,
 * which have no session account of the request at hand.
 */
export async function resolveActor(db: Db, userId: string, orgSlug: string): Promise<Actor> {
  const account = await sessionAccount(db, userId);
  if (!account) throw new NotFoundError(NOT_A_MEMBER);
  return actorFromAccount(account, orgSlug);
}

/** The actor of a URL slug from a session account; "not found" for a non-member, like resolveActor. */
export function actorFromAccount(account: SessionAccount, orgSlug: string): Actor {
  const m = account.memberships.find((x) => x.slug === orgSlug);
  if (!m) throw new NotFoundError(NOT_A_MEMBER);
  return { ...account.user, userId: account.user.id, org: { id: m.orgId, slug: m.slug, name: m.name, kind: m.kind }, role: m.role };
}
