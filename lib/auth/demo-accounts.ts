import { sql } from "drizzle-orm";
import { queryRows, type Db } from "@/db/client";
import { benchmarkUsers } from "@/db/seed/demo-benchmark-data";
import { demoUsers } from "@/db/seed/demo-data";
import { roleLabel, type OrganisationKind, type Role } from "./permissions";

export type DemoOrganisation = {
  name: string;
  kind: OrganisationKind;
  users: Array<{ name: string; email: string; roleLabel: string }>;
  /** One of the small buyers that give the benchmark five organisations: listed apart, folded. */
  benchmarkOnly: boolean;
};

const BENCHMARK_EMAILS = new Set(benchmarkUsers.map((u) => u.email));

const ROLE_ORDER = [
  "admin",
  "coordinator",
  "contract_manager",
  "reporter",
  "viewer",
  "bestuurder",
  "beleidsadviseur",
  "inkoopadviseur",
  "projectleider",
  "interne_opdrachtgever",
  "verifier",
];

/**
 * Everyone who can sign in with one click in the demo, grouped by organisation. Read before anyone
 * is signed in, through the database function demo_accounts: the memberships of the seeded demo
 * addresses only.
 */
export async function listDemoAccounts(db: Db): Promise<DemoOrganisation[]> {
  const emails = sql.join(
    demoUsers.map((u) => sql`${u.email}`),
    sql`, `,
  );
  const rows = await queryRows<{ orgName: string; kind: OrganisationKind; name: string | null; email: string; role: Role }>(
    db,
    sql`select org_name as "orgName", kind, name, email, role from demo_accounts(array[${emails}]::text[])`,
  );
  const byOrg = new Map<string, DemoOrganisation & { order: string[] }>();
  for (const row of rows) {
    const org = byOrg.get(row.orgName) ?? {
      name: row.orgName,
      kind: row.kind,
      users: [],
      order: [],
      benchmarkOnly: BENCHMARK_EMAILS.has(row.email),
    };
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
