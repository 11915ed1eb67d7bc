// The plan npm run db:distribute follows on a Citus coordinator, read from this database's
// catalogue and checked against it: every tenant table distributed on tenant_id and every other a
// reference table, each after the tables its keys point at; every role the app switches to able
// to log in between the nodes, with its password where each node looks for it and the grant it
// needs; the settings; no password in what is printed. Citus is not installed here, so the plan
// also runs, in a transaction that is rolled back, against stand-ins for the few Citus functions
// and tables it calls, and what it changed is read back from the catalogue.
import { sql } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { queryRows, type Db } from "@/db/client";
import { distributionPlan, printedPlan, type DistributionOptions, type DistributionPlan } from "@/db/distribution";
import { APP_ROLE } from "@/lib/tenancy";
import { TRANSACTION_ROLES } from "@/lib/transaction-settings";
import { openTestDatabase } from "../fixtures/db";

const { db } = await openTestDatabase();

// Hostile on purpose: a quote, a backslash and a space must survive SQL and libpq quoting, and
// each password carries a word that must never appear in print.
const NODE_PASSWORD = "Knoopgeheim'met \\ tekens-0123456789";
const LOGIN_PASSWORD = "Inloggeheim'\\x";
const OPTIONS: DistributionOptions = { login: { role: APP_ROLE, password: LOGIN_PASSWORD }, nodePassword: NODE_PASSWORD };

class Rollback<T> extends Error {
  constructor(readonly value: T) {
    super("rollback");
  }
}

/** Work in a transaction that is always rolled back; answers what the work returned. */
function rolledBack<T>(work: (tx: Db) => Promise<T>): Promise<T> {
  return db
    .transaction(async (tx) => {
      throw new Rollback(await work(tx as unknown as Db));
    })
    .catch((error) => (error instanceof Rollback ? (error.value as T) : Promise.reject(error)));
}

let plan: DistributionPlan;
beforeAll(async () => {
  plan = await distributionPlan(db, OPTIONS);
});

describe("the distribution plan", () => {
  it("distributes every table with tenant_id on it and makes every other table a reference table", async () => {
    expect(plan.problems).toEqual([]);
    const tables = await queryRows<{ name: string; tenant: boolean }>(
      db,
      sql`select t.tablename as name, exists (select 1 from information_schema.columns c
            where c.table_schema = 'public' and c.table_name = t.tablename and c.column_name = 'tenant_id') as tenant
          from pg_tables t where t.schemaname = 'public'`,
    );
    const tenantTables = tables.filter((t) => t.tenant).map((t) => t.name);
    const globalTables = tables.filter((t) => !t.tenant).map((t) => t.name);
    expect(tenantTables.length).toBeGreaterThan(20);
    expect([...plan.distributed].sort()).toEqual(tenantTables.sort());
    expect([...plan.reference].sort()).toEqual(globalTables.sort());
    for (const t of tenantTables) expect(plan.statements).toContain(`SELECT create_distributed_table('public.${t}', 'tenant_id')`);
    for (const t of globalTables) expect(plan.statements).toContain(`SELECT create_reference_table('public.${t}')`);
  });

  it("places every table after every table its foreign keys point at", async () => {
    const keys = await queryRows<{ from: string; to: string; name: string }>(
      db,
      sql`select src.relname as "from", dst.relname as "to", con.conname as name from pg_constraint con
          join pg_class src on src.oid = con.conrelid join pg_class dst on dst.oid = con.confrelid
          where con.contype = 'f' and src.relnamespace = 'public'::regnamespace and src.oid <> dst.oid`,
    );
    expect(keys.length).toBeGreaterThan(50);
    const order = plan.statements.flatMap(
      (s) => /^SELECT create_(?:reference|distributed)_table\('public\.([a-z0-9_]+)'/.exec(s)?.[1] ?? [],
    );
    expect(order).toEqual([...plan.reference, ...plan.distributed]);
    const tooEarly = keys.filter((k) => order.indexOf(k.to) > order.indexOf(k.from)).map((k) => `${k.from} → ${k.to} (${k.name})`);
    expect(tooEarly).toEqual([]);
  });

  it("sets what the app's transactions need on a cluster before any table is distributed", () => {
    const firstTable = plan.statements.findIndex((s) => s.startsWith("SELECT create_"));
    const settings = plan.statements.slice(0, firstTable);
    expect(settings).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^ALTER DATABASE \S+ SET citus\.propagate_set_commands = 'local'$/),
        expect.stringMatching(/^ALTER DATABASE \S+ SET citus\.enable_unsafe_triggers = on$/),
        "SET citus.enable_unsafe_triggers = on",
      ]),
    );
  });

  it("lets every role the app switches to connect between the nodes, and every role a policy is for", async () => {
    expect(plan.nodeRoles).toEqual([APP_ROLE, ...TRANSACTION_ROLES.filter((r) => r !== APP_ROLE)]);
    const policyRoles = await queryRows<{ role: string }>(
      db,
      sql`select distinct r.rolname as role from pg_policy p cross join lateral unnest(p.polroles) as pr(oid)
          join pg_roles r on r.oid = pr.oid where p.polrelid in (select oid from pg_class where relnamespace = 'public'::regnamespace)`,
    );
    expect(policyRoles.length).toBeGreaterThan(2);
    expect(plan.nodeRoles).toEqual(expect.arrayContaining(policyRoles.map((r) => r.role)));
  });

  it("leaves each role able to log in, with its password on every node and CONNECT, when run", async () => {
    const before = await passwordsOf(db, plan.nodeRoles);
    const outcome = await rolledBack(async (tx) => {
      await standInsForCitus(tx);
      for (const statement of plan.statements) await tx.execute(sql.raw(statement));
      return {
        passwords: await passwordsOf(tx, plan.nodeRoles),
        authinfo: await queryRows<{ role: string; authinfo: string }>(
          tx,
          sql`select rolename::text as role, authinfo from pg_dist_authinfo where nodeid = 0 order by 1`,
        ),
        connect: await queryRows<{ role: string }>(
          tx,
          sql`select a.grantee::regrole::text as role from pg_database d, aclexplode(d.datacl) a
              where d.datname = current_database() and a.privilege_type = 'CONNECT'`,
        ),
        settings: await queryRows<{ setting: string }>(
          tx,
          sql`select unnest(s.setconfig) as setting from pg_db_role_setting s join pg_database d on d.oid = s.setdatabase
              where d.datname = current_database() and s.setrole = 0`,
        ),
        session: await queryRows<{ on: string }>(tx, sql`select current_setting('citus.enable_unsafe_triggers') as on`),
        calls: await queryRows<{ call: string }>(tx, sql`select call from zz_citus_calls order by n`),
      };
    });
    const switched = plan.nodeRoles.filter((r) => r !== APP_ROLE);
    for (const role of switched) expect(outcome.passwords[role], role).toMatchObject({ login: true, hasPassword: true });
    // The login role keeps its own password: DATABASE_URL must go on working.
    expect(outcome.passwords[APP_ROLE]).toEqual(before[APP_ROLE]);
    expect(outcome.authinfo.map((a) => a.role)).toEqual([...plan.nodeRoles].sort());
    const nodeAuthinfo = String.raw`password='Knoopgeheim\'met \\ tekens-0123456789'`;
    for (const a of outcome.authinfo) expect(a.authinfo).toBe(a.role === APP_ROLE ? String.raw`password='Inloggeheim\'\\x'` : nodeAuthinfo);
    expect(outcome.connect.map((c) => c.role)).toEqual(expect.arrayContaining(plan.nodeRoles));
    expect(outcome.settings.map((s) => s.setting)).toEqual(
      expect.arrayContaining(["citus.propagate_set_commands=local", "citus.enable_unsafe_triggers=on"]),
    );
    expect(outcome.session).toEqual([{ on: "on" }]);
    const workerCopies = outcome.calls.filter((c) => c.call.startsWith("worker "));
    expect(workerCopies).toHaveLength(plan.nodeRoles.length);
    const tables = outcome.calls.filter((c) => !c.call.startsWith("worker ")).map((c) => c.call.split(" ")[1]);
    expect(tables).toEqual([...plan.reference, ...plan.distributed]);
  });

  it("prints every statement without a password, however it is quoted", () => {
    const statements = plan.statements.join("\n");
    const printed = printedPlan(plan);
    expect(statements).toContain("Knoopgeheim");
    expect(statements).toContain("Inloggeheim");
    expect(printed).toHaveLength(plan.statements.length);
    expect(printed.join("\n")).not.toMatch(/Knoopgeheim|Inloggeheim|tekens-0123/);
    expect(printed.filter((s) => s.includes("********"))).toHaveLength(2 * plan.nodeRoles.length - 1);
    expect(printed).toContain("ALTER ROLE groeipad_buyer WITH LOGIN PASSWORD '********'");
  });

  it("keeps a login role other than groeipad_app as it is and makes groeipad_app log in between the nodes", async () => {
    const [member, stranger, passwordless] = await rolledBack(async (tx) => {
      await tx.execute(sql`create role zz_web login in role groeipad_app`);
      await tx.execute(sql`create role zz_stranger login`);
      const planAs = (role: string, password?: string) => distributionPlan(tx, { login: { role, password }, nodePassword: NODE_PASSWORD });
      return [await planAs("zz_web", "web-wachtwoord"), await planAs("zz_stranger", "x"), await planAs("zz_web")];
    });
    expect(member.problems).toEqual([]);
    expect(member.nodeRoles).toEqual(["zz_web", ...TRANSACTION_ROLES]);
    expect(member.statements.filter((s) => s.startsWith("ALTER ROLE"))).toHaveLength(TRANSACTION_ROLES.length);
    expect(member.statements.some((s) => s.startsWith("ALTER ROLE zz_web"))).toBe(false);
    expect(stranger.problems).toEqual(["De inlogrol zz_stranger (DATABASE_URL) is geen lid van groeipad_app."]);
    expect(passwordless.notes).toEqual([expect.stringContaining("Voor de inlogrol zz_web is geen wachtwoord bekend")]);
    expect(passwordless.statements.some((s) => s.includes("VALUES (0, 'zz_web'"))).toBe(false);
  });

  it("refuses a policy for a role it does not let connect, and a node password too short to be a secret", async () => {
    const withPolicy = await rolledBack(async (tx) => {
      await tx.execute(sql`create role zz_reporter nologin`);
      await tx.execute(sql`create policy zz_reporter_read on contracts for select to zz_reporter using (false)`);
      return distributionPlan(tx, OPTIONS);
    });
    expect(withPolicy.problems).toEqual([
      "Beleid zz_reporter_read op contracts geldt voor de rol zz_reporter, die in dit plan niet tussen de nodes kan verbinden.",
    ]);
    await expect(distributionPlan(db, { ...OPTIONS, nodePassword: "kort" })).rejects.toThrow(/minstens 16 tekens/);
  });

  it("notices a reference table pointing at a tenant table and foreign keys in a circle", async () => {
    const found = await rolledBack(async (tx) => {
      await tx.execute(sql`create table zz_note (id uuid primary key, contract_tenant uuid, contract_id uuid,
        foreign key (contract_tenant, contract_id) references contracts (tenant_id, id))`);
      await tx.execute(sql`create table zz_a (tenant_id uuid not null, id uuid not null, b_id uuid, primary key (tenant_id, id))`);
      await tx.execute(sql`create table zz_b (tenant_id uuid not null, id uuid not null, a_id uuid, primary key (tenant_id, id),
        foreign key (tenant_id, a_id) references zz_a (tenant_id, id))`);
      await tx.execute(sql`alter table zz_a add foreign key (tenant_id, b_id) references zz_b (tenant_id, id)`);
      return distributionPlan(tx, OPTIONS);
    });
    expect(found.problems).toEqual([
      "zz_note: foreign key zz_note_contract_tenant_contract_id_fkey of a reference table points at the distributed table contracts",
      expect.stringMatching(/^foreign keys in a circle: zz_[ab] → zz_[ab] → zz_[ab]$/),
    ]);
  });
});

async function passwordsOf(
  tx: Db,
  roles: string[],
): Promise<Record<string, { login: boolean; hasPassword: boolean; password: string | null }>> {
  const rows = await queryRows<{ role: string; login: boolean; password: string | null }>(
    tx,
    sql`select rolname as role, rolcanlogin as login, rolpassword as password from pg_authid
        where rolname in (${sql.join(
          roles.map((r) => sql`${r}`),
          sql`, `,
        )})`,
  );
  return Object.fromEntries(rows.map((r) => [r.role, { login: r.login, hasPassword: r.password !== null, password: r.password }]));
}

/**
 * The Citus functions and the table the plan calls, as far as the plan needs them: the table
 * functions record which table they were given (the regclass argument checks it exists), and
 * run_command_on_workers runs the command here, as on a worker, and answers as one worker would.
 */
async function standInsForCitus(tx: Db): Promise<void> {
  for (const statement of [
    sql`create table public.pg_dist_authinfo (nodeid integer not null, rolename name not null, authinfo text not null)`,
    sql`create unique index on public.pg_dist_authinfo (rolename, nodeid desc)`,
    sql`create table public.zz_citus_calls (n serial primary key, call text not null)`,
    sql`create function public.create_reference_table(regclass) returns void language sql
        as $$ insert into public.zz_citus_calls (call) values ('reference ' || $1::text) $$`,
    sql`create function public.create_distributed_table(regclass, text) returns void language sql
        as $$ insert into public.zz_citus_calls (call) values ('distributed ' || $1::text || ' ' || $2) $$`,
    sql`create function public.run_command_on_workers(command text, out nodename text, out nodeport integer, out success boolean, out result text)
        returns setof record language plpgsql as $$
        begin
          execute command;
          insert into public.zz_citus_calls (call) values ('worker ' || command);
          return query select 'worker-1'::text, 5432, true, 'INSERT 0 1'::text;
        end $$`,
  ])
    await tx.execute(statement);
}
