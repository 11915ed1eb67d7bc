// One database role per side (migration 0021): a tenant transaction runs as groeipad_buyer or
// groeipad_supplier, each carrying only its own side's policies, with the same table privileges
// as groeipad_app. What a buyer or a supplier may see must not change; only the plans do.
import { sql } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { openPostgres, queryRows, type Db } from "@/db/client";
import type { BuyerRole } from "@/lib/auth/permissions";
import { SIDE_ROLE, withTenant, type TenantScope } from "@/lib/tenancy";
import { databaseError, ensureAppLogin, onPostgres, openTestDatabase } from "../fixtures/db";
import { createBuyer, createOrganisation, insertContract, type Team } from "../fixtures/factories";
import { insertActiveKpi } from "../fixtures/reports";

const { db } = await openTestDatabase();

let buyer: Team<BuyerRole>;
let other: Team<BuyerRole>;
let supplierId: string;
const ids = { supplied: "", unsupplied: "", others: "", kpi: "" };

const buyerScope = (team: Team<BuyerRole>): TenantScope => ({ userId: team.as.admin.userId, orgId: team.org.id, orgKind: "buyer" });
const supplierScope = (): TenantScope => ({ userId: buyer.as.admin.userId, orgId: supplierId, orgKind: "supplier" });
const rowsIn = <T>(scope: TenantScope, query: Parameters<Db["execute"]>[0]) => withTenant(scope, (tx) => queryRows<T>(tx, query), db);

beforeAll(async () => {
  [buyer, other] = [await createBuyer(db), await createBuyer(db)];
  supplierId = (await createOrganisation(db, "supplier")).id;
  const supplied = await insertContract(db, { tenantId: buyer.org.id, managerId: buyer.as.admin.userId, supplierOrgId: supplierId });
  ids.supplied = supplied.id;
  ids.unsupplied = (await insertContract(db, { tenantId: buyer.org.id, managerId: buyer.as.admin.userId })).id;
  ids.others = (await insertContract(db, { tenantId: other.org.id, managerId: other.as.admin.userId, supplierOrgId: supplierId })).id;
  ids.kpi = (await insertActiveKpi(db, supplied)).id;
});

describe("the role of a tenant transaction", () => {
  it("is groeipad_buyer for a buyer and groeipad_supplier for a supplier", async () => {
    const [asBuyer] = await rowsIn<{ role: string }>(buyerScope(buyer), sql`select current_user as role`);
    const [asSupplier] = await rowsIn<{ role: string }>(supplierScope(), sql`select current_user as role`);
    expect(asBuyer.role).toBe(SIDE_ROLE.buyer);
    expect(asSupplier.role).toBe(SIDE_ROLE.supplier);
  });

  it("a buyer still sees exactly its own contracts, a supplier exactly the ones it is party to", async () => {
    const mine = await rowsIn<{ id: string }>(buyerScope(buyer), sql`select id from contracts order by id`);
    expect(mine.map((r) => r.id).sort()).toEqual([ids.supplied, ids.unsupplied].sort());
    const supplied = await rowsIn<{ id: string }>(supplierScope(), sql`select id from contracts`);
    expect(supplied.map((r) => r.id).sort()).toEqual([ids.supplied, ids.others].sort());
  });

  it("a supplier's KPIs come through the supplier policy only; the buyer's other tenant sees none", async () => {
    expect(await rowsIn<{ id: string }>(supplierScope(), sql`select id from kpis`)).toEqual([{ id: ids.kpi }]);
    expect(await rowsIn(buyerScope(other), sql`select id from kpis where id = ${ids.kpi}`)).toEqual([]);
  });

  it("a supplier scope cannot use the buyer's policies: writing a contract of its buyer is refused", async () => {
    const changed = await rowsIn(supplierScope(), sql`update contracts set title = 'gekaapt' where id = ${ids.supplied} returning id`);
    expect(changed).toEqual([]);
    const message = await databaseError(
      rowsIn(
        supplierScope(),
        sql`insert into contracts (tenant_id, title, purchasing_package, cooperation_form, start_date, end_date, value_cents)
            values (${buyer.org.id}, 'Ingeschoven', 'catering', 'relationeel', '2026-01-01', '2026-12-31', 100)`,
      ),
    );
    expect(message).toMatch(/row-level security/);
  });

  it("a buyer's plan carries no supplier check any more", async () => {
    const plan = await rowsIn<{ "QUERY PLAN": string }>(buyerScope(buyer), sql`explain select count(*) from report_values`);
    const text = plan.map((row) => row["QUERY PLAN"]).join("\n");
    // app_buyer_org_id() is inlined: the tenant condition reads app.org_id, and nothing else.
    expect(text).toContain("current_setting('app.org_id'");
    expect(text).not.toMatch(/supplier|SubPlan|reports/);
  });
});

const OUTSIDE_TENANT_TABLES = ["outbox_emails", "users", "memberships", "invitations", "platform_operators"];

describe("policies and privileges of the side roles", () => {
  it("every policy belongs to a side role; buyer policies name no supplier, supplier policies no buyer id", async () => {
    const policies = await queryRows<{ name: string; table: string; roles: string[]; expr: string }>(
      db,
      sql`select policyname as name, tablename as table, roles::text[] as roles,
                 coalesce(qual, '') || ' ' || coalesce(with_check, '') as expr
          from pg_policies where schemaname = 'public'`,
    );
    expect(policies.length).toBeGreaterThan(50);
    // Tables the application also reaches before any organisation is chosen (signing in, sending
    // e-mail) carry their policies for the login role as well as for both sides.
    const beforeTenant = policies.filter((p) => OUTSIDE_TENANT_TABLES.includes(p.table));
    expect(beforeTenant.length).toBeGreaterThan(0);
    expect(beforeTenant.filter((p) => p.roles.sort().join() !== "groeipad_app,groeipad_buyer,groeipad_supplier")).toEqual([]);
    expect(new Set(beforeTenant.map((p) => p.table))).toEqual(new Set(OUTSIDE_TENANT_TABLES));
    // They compare the row with the transaction's settings, never by subquery (Citus in practice).
    expect(beforeTenant.filter((p) => /select/i.test(p.expr)).map((p) => p.name)).toEqual([]);
    const misplaced = policies
      .filter((p) => !OUTSIDE_TENANT_TABLES.includes(p.table))
      .filter((p) => p.roles.some((role) => !["groeipad_buyer", "groeipad_supplier", "groeipad_verifier"].includes(role)));
    expect(misplaced.map((p) => p.name)).toEqual([]);
    const buyerOnly = policies.filter((p) => p.roles.length === 1 && p.roles[0] === "groeipad_buyer");
    const supplierOnly = policies.filter((p) => p.roles.length === 1 && p.roles[0] === "groeipad_supplier");
    expect(buyerOnly.length).toBeGreaterThanOrEqual(30);
    expect(supplierOnly.length).toBeGreaterThanOrEqual(20);
    expect(buyerOnly.filter((p) => p.expr.includes("supplier")).map((p) => p.name)).toEqual([]);
    expect(supplierOnly.filter((p) => p.expr.includes("app_buyer_org_id")).map((p) => p.name)).toEqual([]);
  });

  it("each side role has exactly groeipad_app's privileges on every table", async () => {
    const differences = await queryRows<{ table: string; privilege: string }>(
      db,
      sql`select c.relname as table, p.privilege
          from pg_class c cross join unnest(array['SELECT', 'INSERT', 'UPDATE', 'DELETE']) as p(privilege)
          where c.relnamespace = 'public'::regnamespace and c.relkind = 'r'
            and (has_table_privilege('groeipad_app', c.oid, p.privilege) <> has_table_privilege('groeipad_buyer', c.oid, p.privilege)
              or has_table_privilege('groeipad_app', c.oid, p.privilege) <> has_table_privilege('groeipad_supplier', c.oid, p.privilege))`,
    );
    expect(differences).toEqual([]);
    const [audit] = await queryRows<{ update: boolean; insert: boolean }>(
      db,
      sql`select has_table_privilege('groeipad_buyer', 'audit_events', 'UPDATE') as update,
                 has_table_privilege('groeipad_buyer', 'audit_events', 'INSERT') as insert`,
    );
    expect(audit).toEqual({ update: false, insert: true });
  });

  // A verifier is narrower on purpose: it reads only the contracts assigned to it and records
  // verifications, so it holds SELECT on the few tables of its page and INSERT on verifications and
  // the audit trail, nothing else; its policies name it alone and compare with settings only.
  it("the verifier role holds only its few privileges, and its policies compare with settings", async () => {
    const granted = await queryRows<{ table: string; privilege: string }>(
      db,
      sql`select c.relname as table, p.privilege
          from pg_class c cross join unnest(array['SELECT', 'INSERT', 'UPDATE', 'DELETE']) as p(privilege)
          where c.relnamespace = 'public'::regnamespace and c.relkind in ('r', 'v')
            and has_table_privilege('groeipad_verifier', c.oid, p.privilege)
          order by 1, 2`,
    );
    expect(granted.map((g) => `${g.table}:${g.privilege}`)).toEqual([
      "audit_events:INSERT",
      "contracts:SELECT",
      "kpis:SELECT",
      "report_values:SELECT",
      "reports:SELECT",
      "value_verifications:INSERT",
      "value_verifications:SELECT",
      "verifier_assignments:SELECT",
    ]);
    const policies = await queryRows<{ name: string; roles: string[]; expr: string }>(
      db,
      sql`select policyname as name, roles::text[] as roles, coalesce(qual, '') || ' ' || coalesce(with_check, '') as expr
          from pg_policies where schemaname = 'public' and 'groeipad_verifier' = any (roles)`,
    );
    expect(policies.length).toBe(8);
    expect(policies.filter((p) => p.roles.length !== 1 || /select/i.test(p.expr)).map((p) => p.name)).toEqual([]);
  });

  it("the side roles can bypass neither superuser checks nor RLS", async () => {
    const roles = await queryRows<{ rolname: string; rolsuper: boolean; rolbypassrls: boolean; rolcanlogin: boolean }>(
      db,
      sql`select rolname, rolsuper, rolbypassrls, rolcanlogin from pg_roles
          where rolname in ('groeipad_buyer', 'groeipad_supplier', 'groeipad_verifier') order by rolname`,
    );
    expect(roles).toEqual([
      { rolname: "groeipad_buyer", rolsuper: false, rolbypassrls: false, rolcanlogin: false },
      { rolname: "groeipad_supplier", rolsuper: false, rolbypassrls: false, rolcanlogin: false },
      { rolname: "groeipad_verifier", rolsuper: false, rolbypassrls: false, rolcanlogin: false },
    ]);
  });
});

describe.runIf(onPostgres)("a login inside groeipad_app (PostgreSQL)", () => {
  const LOGIN = "groeipad_test_side_login";

  it("switches to either side role in a tenant transaction and sees that side's rows", async () => {
    await ensureAppLogin(db, LOGIN);
    const url = new URL(process.env.TEST_DATABASE_URL!);
    url.username = LOGIN;
    url.password = LOGIN;
    const login = await openPostgres(url.toString(), { max: 1 });
    try {
      const asBuyer = await withTenant(
        buyerScope(buyer),
        (tx) => queryRows<{ role: string; n: number }>(tx, sql`select current_user as role, count(*)::int as n from contracts`),
        login.db,
      );
      expect(asBuyer).toEqual([{ role: "groeipad_buyer", n: 2 }]);
      const asSupplier = await withTenant(
        supplierScope(),
        (tx) => queryRows<{ role: string; n: number }>(tx, sql`select current_user as role, count(*)::int as n from contracts`),
        login.db,
      );
      expect(asSupplier).toEqual([{ role: "groeipad_supplier", n: 2 }]);
    } finally {
      await login.close();
    }
  });
});
