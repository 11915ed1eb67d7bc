// The database catalogue keeps the promises of the design: every tenant table forces row-level
// security and carries tenant_id in its keys (ready for Citus), and the application role cannot
// bypass RLS. On PostgreSQL the same is checked by logging in as a real member of that role.
import { sql } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { openPostgres, queryRows, type Database, type Db } from "@/db/client";
import { APP_ROLE } from "@/lib/tenancy";
import { setLocal } from "@/lib/transaction-settings";
import { databaseError, onPostgres, openTestDatabase } from "../fixtures/db";
import { createBuyer, createContractAs } from "../fixtures/factories";

const { db } = await openTestDatabase();

const tenantTables = sql`
  select c.oid, c.relname, c.relrowsecurity, c.relforcerowsecurity, a.attnum as tenant_attnum
  from pg_class c
  join pg_namespace n on n.oid = c.relnamespace and n.nspname = 'public'
  join pg_attribute a on a.attrelid = c.oid and a.attname = 'tenant_id' and not a.attisdropped
  where c.relkind in ('r', 'p')`;

/** Every way the tenant tables break the rules, as readable strings; empty when all is well. */
async function catalogueViolations(conn: Db): Promise<string[]> {
  const rows = await queryRows<{ problem: string }>(
    conn,
    sql`with t as (${tenantTables})
      select t.relname || ': row-level security not enabled and forced' as problem from t
        where not (t.relrowsecurity and t.relforcerowsecurity)
      union all
      select t.relname || ': tenant_id not in primary key' from t
        where not exists (select 1 from pg_index i where i.indrelid = t.oid and i.indisprimary
                          and t.tenant_attnum = any(i.indkey::int2[]))
      union all
      select t.relname || ': unique index ' || ci.relname || ' without tenant_id' from t
        join pg_index i on i.indrelid = t.oid and i.indisunique
        join pg_class ci on ci.oid = i.indexrelid
        where not (t.tenant_attnum = any(i.indkey::int2[]))
      union all
      select src.relname || ': foreign key ' || con.conname || ' to ' || dst.relname || ' without tenant_id' from pg_constraint con
        join t src on src.oid = con.conrelid
        join t dst on dst.oid = con.confrelid
        where con.contype = 'f' and not (src.tenant_attnum = any(con.conkey) and dst.tenant_attnum = any(con.confkey))
      order by 1`,
  );
  return rows.map((r) => r.problem);
}

/**
 * What Citus refuses or cannot run on its shards, as readable strings: a policy with a subquery,
 * a policy calling one of our functions that reads tables (it would read them on a shard), a
 * trigger with a transition table, a foreign key that sets null or a default on delete or update.
 */
async function citusViolations(conn: Db): Promise<string[]> {
  const expressions = sql`coalesce(p.polqual::text, '') || coalesce(p.polwithcheck::text, '')`;
  const rows = await queryRows<{ problem: string }>(
    conn,
    sql`with t as (${tenantTables})
      select c.relname || ': policy ' || p.polname || ' has a subquery' as problem
        from pg_policy p join pg_class c on c.oid = p.polrelid
        where position('{SUBLINK ' in ${expressions}) > 0
      union
      select c.relname || ': policy ' || p.polname || ' calls ' || f.proname || '(), which reads tables'
        from pg_policy p join pg_class c on c.oid = p.polrelid
        cross join lateral regexp_matches(${expressions}, ':funcid ([0-9]+)', 'g') as m(ids)
        join pg_proc f on f.oid = m.ids[1]::oid
        join pg_namespace fn on fn.oid = f.pronamespace and fn.nspname = 'public'
        where f.prosrc ~* '\\mfrom\\M'
      union
      select c.relname || ': trigger ' || tg.tgname || ' has a transition table'
        from pg_trigger tg join pg_class c on c.oid = tg.tgrelid
        where tg.tgoldtable is not null or tg.tgnewtable is not null
      union
      select src.relname || ': foreign key ' || con.conname || ' sets null or a default on tenant_id' from pg_constraint con
        join t src on src.oid = con.conrelid
        where con.contype = 'f' and src.tenant_attnum = any(con.conkey)
          and (con.confdeltype in ('n', 'd') or con.confupdtype in ('n', 'd'))
      order by 1`,
  );
  return rows.map((r) => r.problem);
}

describe("the catalogue", () => {
  it("knows the tenant tables", async () => {
    const tables = (await queryRows<{ relname: string }>(db, tenantTables)).map((t) => t.relname);
    expect(tables).toEqual(expect.arrayContaining(["audit_events", "contracts"]));
    expect(tables).not.toContain("organisations");
  });

  it("every tenant table forces RLS and has tenant_id in its primary key, unique indexes and tenant foreign keys", async () => {
    expect(await catalogueViolations(db)).toEqual([]);
  });

  it("holds nothing Citus refuses", async () => {
    expect(await citusViolations(db)).toEqual([]);
  });

  it("would notice each thing Citus refuses", async () => {
    const found = await db
      .transaction(async (tx) => {
        await tx.execute(sql`create table zz_parent (tenant_id uuid not null, id uuid not null, primary key (tenant_id, id))`);
        await tx.execute(sql`create table zz_child (tenant_id uuid not null, id uuid not null, parent_id uuid, primary key (tenant_id, id),
          foreign key (tenant_id, parent_id) references zz_parent (tenant_id, id) on delete set null (parent_id))`);
        await tx.execute(
          sql`create function zz_reads(uuid) returns boolean language sql stable as 'select exists (select 1 from zz_parent where id = $1)'`,
        );
        await tx.execute(
          sql`create policy zz_exists on zz_child using (exists (select 1 from zz_parent p where p.id = zz_child.parent_id))`,
        );
        await tx.execute(sql`create policy zz_calls on zz_child using (zz_reads(parent_id))`);
        await tx.execute(sql`create policy zz_settings on zz_parent using (tenant_id = app_org_id())`);
        await tx.execute(sql`create function zz_log() returns trigger language plpgsql as 'begin return null; end'`);
        await tx.execute(
          sql`create trigger zz_log after insert on zz_parent referencing new table as changed for each statement execute function zz_log()`,
        );
        throw new Rollback(await citusViolations(tx as unknown as Db));
      })
      .catch((error) => (error instanceof Rollback ? error.found : Promise.reject(error)));
    expect(found.filter((problem) => problem.startsWith("zz_"))).toEqual([
      "zz_child: foreign key zz_child_tenant_id_parent_id_fkey sets null or a default on tenant_id",
      "zz_child: policy zz_calls calls zz_reads(), which reads tables",
      "zz_child: policy zz_exists has a subquery",
      "zz_parent: trigger zz_log has a transition table",
    ]);
  });

  it("would notice a tenant table that breaks those rules", async () => {
    // Two throw-away tables in a rolled-back transaction, so existing tables are never locked.
    const found = await db
      .transaction(async (tx) => {
        await tx.execute(sql`create table zz_parent (tenant_id uuid not null, id uuid not null, primary key (tenant_id, id), unique (id))`);
        await tx.execute(
          sql`create table zz_child (tenant_id uuid not null, id uuid primary key, parent_id uuid references zz_parent (id))`,
        );
        throw new Rollback(await catalogueViolations(tx as unknown as Db));
      })
      .catch((error) => (error instanceof Rollback ? error.found : Promise.reject(error)));
    expect(found).toEqual([
      "zz_child: foreign key zz_child_parent_id_fkey to zz_parent without tenant_id",
      "zz_child: row-level security not enabled and forced",
      "zz_child: tenant_id not in primary key",
      "zz_child: unique index zz_child_pkey without tenant_id",
      "zz_parent: row-level security not enabled and forced",
      "zz_parent: unique index zz_parent_id_key without tenant_id",
    ]);
  });

  it("the application role exists and can bypass neither superuser checks nor RLS", async () => {
    const roles = await queryRows<{ rolsuper: boolean; rolbypassrls: boolean }>(
      db,
      sql`select rolsuper, rolbypassrls from pg_roles where rolname = ${APP_ROLE}`,
    );
    expect(roles).toEqual([{ rolsuper: false, rolbypassrls: false }]);
  });
});

class Rollback extends Error {
  constructor(readonly found: string[]) {
    super("rollback");
  }
}

describe.runIf(onPostgres)("logged in as a member of groeipad_app (PostgreSQL)", () => {
  const LOGIN = "groeipad_test_login";
  let login: Database;
  const ids = { a: "", b: "", bOrg: "" };

  beforeAll(async () => {
    await db.execute(
      sql.raw(`DO $$ BEGIN
        IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '${LOGIN}') THEN
          CREATE ROLE ${LOGIN} LOGIN PASSWORD '${LOGIN}' NOSUPERUSER NOBYPASSRLS IN ROLE ${APP_ROLE};
        END IF;
      EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL;
      END $$`),
    );
    const [a, b] = [await createBuyer(db), await createBuyer(db)];
    ids.a = await createContractAs(a.as.admin);
    ids.b = await createContractAs(b.as.admin);
    ids.bOrg = b.org.id;
    const url = new URL(process.env.TEST_DATABASE_URL!);
    url.username = LOGIN;
    url.password = LOGIN;
    login = await openPostgres(url.toString(), { max: 1 });
    return () => login.close();
  });

  it("is an ordinary role", async () => {
    const [me] = await queryRows<{ user: string; rolsuper: boolean; rolbypassrls: boolean }>(
      login.db,
      sql`select current_user as user, rolsuper, rolbypassrls from pg_roles where rolname = current_user`,
    );
    expect(me).toEqual({ user: LOGIN, rolsuper: false, rolbypassrls: false });
  });

  it("with app.org_id of tenant B sees B's contracts and none of tenant A's", async () => {
    const rows = await login.db.transaction(async (tx) => {
      await setLocal(tx as unknown as Db, { values: { "app.org_id": ids.bOrg, "app.org_kind": "buyer" } });
      return queryRows<{ id: string; tenant_id: string }>(tx as unknown as Db, sql`select id, tenant_id from contracts`);
    });
    expect(rows.map((r) => r.id)).toContain(ids.b);
    expect(rows.map((r) => r.id)).not.toContain(ids.a);
    expect(rows.every((r) => r.tenant_id === ids.bOrg)).toBe(true);
  });

  it("without app.org_id sees no contracts at all, also after a scoped transaction on the same connection", async () => {
    const count = sql`select count(*)::int as n from contracts`;
    const scoped = await login.db.transaction(async (tx) => {
      await setLocal(tx as unknown as Db, { values: { "app.org_id": ids.bOrg, "app.org_kind": "buyer" } });
      return queryRows<{ n: number }>(tx as unknown as Db, count);
    });
    expect(scoped[0].n).toBeGreaterThan(0);
    expect(await queryRows(login.db, count)).toEqual([{ n: 0 }]);
    const forged = sql`insert into contracts (tenant_id, title, purchasing_package, cooperation_form, start_date, end_date, value_cents)
      values (${ids.bOrg}, 'Zonder scope', 'catering', 'relationeel', '2026-01-01', '2026-12-31', 1)`;
    expect(await databaseError(login.db.execute(forged))).toMatch(/row-level security/);
  });
});
