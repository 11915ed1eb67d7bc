// Statements fit for a cluster: every statement the dashboards, the worklists and the API send
// names its tenant (tenant_id = <value>) on every tenant table it reads, read from its plan
// (tests/fixtures/cluster-plans.ts), or is on the list of statements that span tenants on purpose
// (db/cross-tenant.ts), each of which must still be seen. On Citus anything else asks every shard.
import { sql, type SQL } from "drizzle-orm";
import { PgDialect } from "drizzle-orm/pg-core";
import { beforeAll, describe, expect, it } from "vitest";
import { loggedDb, queryRows } from "@/db/client";
import { acrossTenants, CROSS_TENANT_STATEMENTS, type CrossTenantStatement } from "@/db/cross-tenant";
import { benchmarkCellsOf, benchmarkChoices, ownBenchmarkValues } from "@/lib/benchmark/queries";
import { contractDashboardRoute } from "@/lib/contract-dashboard/routes";
import { dashboardExportRoute, dashboardRoute } from "@/lib/dashboard/routes";
import type { Caller } from "@/lib/http/steps";
import type { RouteResponse } from "@/lib/http/route";
import { listOrganisations } from "@/lib/operators/queries";
import { readSupplierDashboard } from "@/lib/supplier-dashboard/service";
import { withTenant } from "@/lib/tenancy";
import { worklist } from "@/lib/worklist/queries";
import { worklistRoute } from "@/lib/worklist/routes";
import { openTestDatabase } from "../fixtures/db";
import { judgeStatements, scansWithoutTenant, statementRecorder, tenantTables } from "../fixtures/cluster-plans";
import { seedClusterWorld, type ClusterWorld } from "../fixtures/cluster-world";
import { apiReads, apiWrites } from "../fixtures/cluster-requests";

const database = await openTestDatabase();
const recorder = statementRecorder();
const observed = await loggedDb(database, recorder.logger);
/** The caller's next request, sent through the connection that records its statements. */
const recorded = (caller: Caller): Caller => ({ ...caller, db: observed });

let world: ClusterWorld;
let tables: Set<string>;
const excused = new Set<CrossTenantStatement>();

beforeAll(async () => {
  world = await seedClusterWorld(database.db);
  tables = await tenantTables(database.db);
});

/** Runs the requests and answers the statements they sent that would go to every shard, off the list. */
async function unroutedStatementsOf(requests: () => Promise<unknown>): Promise<string[]> {
  recorder.sent.length = 0;
  await requests();
  expect(recorder.sent.length).toBeGreaterThan(0);
  const verdict = await judgeStatements(database, tables, recorder.sent);
  verdict.excused.forEach((name) => excused.add(name));
  return verdict.unrouted;
}

const ok = (response: RouteResponse) => {
  expect(response.status, JSON.stringify(response.body).slice(0, 300)).toBe(200);
  return response;
};

const search = (query = "") => new URLSearchParams(`van=2025-Q1&tot=2026-Q4${query}`);

describe("statements of the dashboards, the worklists and the API on a cluster", () => {
  it("the organisation dashboard and its export name the buyer's tenant in every statement", async () => {
    const { buyer, suppliers, kpis } = world;
    const coordinator = recorded(buyer.as.coordinator);
    const unrouted = await unroutedStatementsOf(async () => {
      ok(await dashboardRoute.run(coordinator, { search: search() }));
      const filtered = `&pakket=asfalt&samenwerking=relationeel&leverancier=${suppliers[0].org.id}&contractmanager=${buyer.as.contract_manager.userId}&geverifieerd=ja`;
      ok(await dashboardRoute.run(coordinator, { search: search(filtered) }));
      ok(await dashboardExportRoute.run(coordinator, { search: search(`&indicator=${kpis.k1a}`), table: "alle", format: "xlsx" }));
    });
    expect(unrouted).toEqual([]);
  });

  it("the contract dashboard names the contract's tenant, for the buyer and for the supplier", async () => {
    const { buyer, supplier, c1 } = world;
    const unrouted = await unroutedStatementsOf(async () => {
      ok(await contractDashboardRoute.run(recorded(buyer.as.viewer), { id: c1.id }));
      ok(await contractDashboardRoute.run(recorded(supplier.as.viewer), { id: c1.id }));
    });
    expect(unrouted).toEqual([]);
  });

  it("the supplier dashboard reads across its buyers only as listed", async () => {
    const { supplier } = world;
    const unrouted = await unroutedStatementsOf(async () => {
      const viewer = recorded(supplier.as.viewer);
      const dashboard = await withTenant(viewer, (tx) => readSupplierDashboard(tx, { org: viewer.org }), observed);
      expect(dashboard.totals.buyers).toBe(2);
    });
    expect(unrouted).toEqual([]);
  });

  it("the worklists of every role that has one name the tenant, or read across the supplier's buyers as listed", async () => {
    const { buyer, supplier } = world;
    const roles = [buyer.as.admin, buyer.as.coordinator, buyer.as.contract_manager, supplier.as.admin, supplier.as.reporter];
    const unrouted = await unroutedStatementsOf(async () => {
      for (const actor of roles.map(recorded)) {
        ok(await worklistRoute.run(actor, {}));
        const items = await withTenant(actor, (tx) => worklist(tx, { actor, today: "2026-12-07" }), observed);
        expect(items.length).toBeGreaterThan(0);
      }
    });
    expect(unrouted).toEqual([]);
  });

  it("the API's reads name the tenant in every statement, or are on the list", async () => {
    const unrouted = await unroutedStatementsOf(() => apiReads(world, recorded));
    expect(unrouted).toEqual([]);
  });

  it("the API's writes (a report and a review score, with a token) name the tenant in every statement", async () => {
    const unrouted = await unroutedStatementsOf(() => apiWrites(world, observed));
    expect(unrouted).toEqual([]);
  });

  it("the benchmark page and the operators' screen need nothing on the list: they read reference tables and the buyer's own figures", async () => {
    const { buyer } = world;
    const unrouted = await unroutedStatementsOf(async () => {
      await withTenant(
        buyer.as.coordinator,
        async (tx) => {
          const tenantId = buyer.org.id;
          await benchmarkChoices(tx, { tenantId });
          await benchmarkCellsOf(tx, { year: 2025, purchasingPackage: "asfalt" });
          await ownBenchmarkValues(tx, { tenantId, year: 2025, purchasingPackage: "asfalt" });
        },
        observed,
      );
      expect((await listOrganisations(observed)).length).toBeGreaterThan(3);
    });
    expect(unrouted).toEqual([]);
  });

  it("uses every statement on the list, so the list says what the code does", () => {
    expect([...excused].sort()).toEqual(Object.keys(CROSS_TENANT_STATEMENTS).sort());
  });
});

describe("the check itself", () => {
  const dialect = new PgDialect();
  const sent = (query: SQL) => {
    const { sql: text, params } = dialect.sqlToQuery(query);
    return { text, params };
  };
  const statement = (query: SQL) => scansWithoutTenant(database, tables, sent(query));
  const [tenant, other, id] = [
    "00000000-0000-4000-8000-000000000001",
    "00000000-0000-4000-8000-000000000002",
    "00000000-0000-4000-8000-000000000003",
  ];

  it("reports a tenant table read without its tenant, also where row-level security would have filtered it", async () => {
    expect(await statement(sql`select * from kpis where contract_id = ${id}::uuid`)).toEqual(["kpis"]);
    expect(await statement(sql`select count(*) from contracts c where c.supplier_org_id = ${id}::uuid`)).toEqual(["contracts (c)"]);
  });

  it("reports a correlated subquery that leans on the outer row's tenant_id, which Citus cannot prune by", async () => {
    const correlated = sql`select c.id, (select count(*) from kpis k where k.tenant_id = c.tenant_id and k.contract_id = c.id)
      from contracts c where c.tenant_id = ${tenant}::uuid`;
    expect(await statement(correlated)).toEqual(["kpis (k)"]);
  });

  it("reports rows of two tenants named in an OR, and accepts an OR that names one", async () => {
    const rows = (a: string, b: string) =>
      sql`select * from reports where (tenant_id = ${a}::uuid and id = ${id}::uuid) or (tenant_id = ${b}::uuid and quarter = '2026-Q1')`;
    expect(await statement(rows(tenant, other))).toEqual(["reports"]);
    expect(await statement(rows(tenant, tenant))).toEqual([]);
  });

  it("accepts the tenant named directly, through a join on tenant_id, and tables without tenant_id", async () => {
    expect(await statement(sql`select * from kpis where tenant_id = ${tenant}::uuid and contract_id = ${id}::uuid`)).toEqual([]);
    const joined = sql`select k.id from contracts c join kpis k on k.tenant_id = c.tenant_id and k.contract_id = c.id
      left join reports r on r.tenant_id = k.tenant_id and r.contract_id = c.id where c.tenant_id = ${tenant}::uuid`;
    expect(await statement(joined)).toEqual([]);
    expect(await statement(sql`select * from organisations where id = ${id}::uuid`)).toEqual([]);
    expect(await statement(sql`insert into kpis (tenant_id, contract_id, name) values (${tenant}::uuid, ${id}::uuid, 'x')`)).toEqual([]);
  });

  it("excuses a statement across tenants only under a name on the list", async () => {
    const bySupplier = sql`c.supplier_org_id = ${id}::uuid`;
    const verdict = await judgeStatements(database, tables, [
      sent(sql`select c.id from contracts c where ${acrossTenants("supplier-contracts", bySupplier)}`),
      sent(sql`select c.id from contracts c where ${bySupplier} /* cross-tenant: unlisted */`),
      sent(sql`select c.id from contracts c where c.tenant_id = ${tenant}::uuid and ${acrossTenants("supplier-dashboard", bySupplier)}`),
    ]);
    expect(verdict.unrouted).toEqual([expect.stringMatching(/^contracts \(c\) in: select c\.id .* cross-tenant: unlisted/)]);
    // A marked statement that names its tenant after all does not count as the list's use.
    expect([...verdict.excused]).toEqual(["supplier-contracts"]);
  });

  it("knows the tenant tables from the catalogue", async () => {
    const [row] = await queryRows<{ n: number }>(database.db, sql`select count(*)::int as n from pg_tables where schemaname = 'public'`);
    expect(tables.size).toBeGreaterThan(50);
    expect(tables.size).toBeLessThan(row.n);
    expect(tables.has("contracts") && !tables.has("organisations")).toBe(true);
  });
});
