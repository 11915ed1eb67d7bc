// The statements that read across tenants on purpose. Every other statement of the dashboards,
// the worklists and the API names its tenant (`tenant_id = …`), so that on Citus it goes to the
// one shard that holds the tenant; these go to every shard, each for the reason given. Such a
// statement carries its name as a marker comment beside the condition that stands in for tenant_id
// (acrossTenants): that is how tests/integration/cluster-queries.test.ts tells it from a statement
// that forgot its tenant, and notices a name here that no statement needs any more.
import { sql, type SQL } from "drizzle-orm";

export const CROSS_TENANT_STATEMENTS = {
  "supplier-contracts":
    "A supplier's contracts, and one of them by id, by supplier_org_id (lib/contracts/queries.ts): they lie with every buyer it serves, and which buyer holds a contract is what the statement finds out; what the request reads next about that contract names the tenant_id found.",
  "supplier-reports":
    "A supplier's report overview over all its contracts, and a report or evidence file by id (lib/reports/queries.ts), by supplier_org_id, for the same reason.",
  "supplier-dashboard":
    "The supplier's performance per contract across every buyer it serves, in one statement (lib/supplier-dashboard/queries.ts); each contract's rows are joined on its tenant_id, so every shard answers for its own buyers.",
  "supplier-worklist":
    "A supplier's “Te doen” over all its contracts (lib/worklist/scope.ts), by supplier_org_id; small, and read afresh per request.",
  "supplier-notifications":
    "A supplier's member's notifications (lib/notifications/queries.ts): they are rows of the buyers whose contracts they are about, found by the recipient.",
  "audit-log-across-tenants":
    "An organisation's audit log (lib/audit-log/queries.ts, objects.ts) holds what its people did in other organisations' trails and, for a supplier, what its buyers did to its contracts: those events, and the objects they name, are rows of other tenants.",
} as const;

export type CrossTenantStatement = keyof typeof CROSS_TENANT_STATEMENTS;

/** The condition that stands in for tenant_id in a statement on the list, with the statement's marker. */
export function acrossTenants(name: CrossTenantStatement, condition: SQL): SQL {
  return sql`${condition} ${sql.raw(`/* cross-tenant: ${name} */`)}`;
}
