import { asc, eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { memberships, organisations, users } from "@/db/schema";
import { roleLabel, type OrganisationKind } from "./permissions";
import { isDemoAccount } from "./sign-in";

export type DemoOrganisation = {
  name: string;
  kind: OrganisationKind;
  users: Array<{ name: string; email: string; roleLabel: string }>;
};

const ROLE_ORDER = ["admin", "coordinator", "contract_manager", "reporter", "viewer"];

/** Everyone who can sign in with one click in the demo, grouped by organisation. */
export async function listDemoAccounts(db: Db): Promise<DemoOrganisation[]> {
  const rows = await db
    .select({ orgName: organisations.name, kind: organisations.kind, name: users.name, email: users.email, role: memberships.role })
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .innerJoin(organisations, eq(organisations.id, memberships.organisationId))
    .orderBy(asc(organisations.kind), asc(organisations.name));
  const byOrg = new Map<string, DemoOrganisation & { order: string[] }>();
  for (const row of rows) {
    if (!isDemoAccount(row.email)) continue;
    const org = byOrg.get(row.orgName) ?? { name: row.orgName, kind: row.kind, users: [], order: [] };
    org.users.push({ name: row.name ?? row.email, email: row.email, roleLabel: roleLabel(row.kind, row.role) });
    org.order.push(row.role);
    byOrg.set(row.orgName, org);
  }
  return [...byOrg.values()].map(({ order, ...org }) => ({
    ...org,
    users: org.users
      .map((u, i) => ({ u, rank: ROLE_ORDER.indexOf(order[i]) }))
      .sort((a, b) => a.rank - b.rank)
      .map(({ u }) => u),
  }));
}
