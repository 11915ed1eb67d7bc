import { and, eq } from "drizzle-orm";
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

/**
 * The membership of a user in the organisation of a URL slug. Not a member (or a removed one)
 * gets "not found", exactly like an organisation that does not exist.
 */
export async function resolveActor(db: Db, userId: string, orgSlug: string): Promise<Actor> {
  const [row] = await db
    .select({
      userId: users.id,
      email: users.email,
      name: users.name,
      orgId: organisations.id,
      slug: organisations.slug,
      orgName: organisations.name,
      kind: organisations.kind,
      role: memberships.role,
    })
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .innerJoin(organisations, eq(organisations.id, memberships.organisationId))
    .where(and(eq(memberships.userId, userId), eq(organisations.slug, orgSlug)))
    .limit(1);
  if (!row) throw new NotFoundError("Deze organisatie bestaat niet of je bent er geen lid van.");
  return {
    userId: row.userId,
    email: row.email,
    name: row.name,
    org: { id: row.orgId, slug: row.slug, name: row.orgName, kind: row.kind },
    role: row.role as Role,
  };
}

export type MembershipSummary = { slug: string; name: string; kind: OrganisationKind; role: Role };

/** Every organisation a user belongs to, for the organisation switcher. */
export async function membershipsOfUser(db: Db, userId: string): Promise<MembershipSummary[]> {
  const rows = await db
    .select({ slug: organisations.slug, name: organisations.name, kind: organisations.kind, role: memberships.role })
    .from(memberships)
    .innerJoin(organisations, eq(organisations.id, memberships.organisationId))
    .where(eq(memberships.userId, userId))
    .orderBy(organisations.name);
  return rows.map((r) => ({ ...r, role: r.role as Role }));
}
