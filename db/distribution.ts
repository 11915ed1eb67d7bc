// How the tables become distributed on a Citus coordinator, read from the catalogue so a new
// migration's tables are included without anyone listing them: every table with tenant_id is
// distributed on it (all co-located, so a tenant's rows of every table lie on one node and joins
// within a tenant stay local), every other table (organisations, users, the global indicator
// catalogue, sessions) becomes a reference table copied to every node.
//
// Before the tables, the plan sets what the cluster needs for the app's transactions: the settings
// below, and the roles, passwords and grants for connections between the nodes (node-access.ts).
//
// Rules Citus documents that the plan checks before anything runs:
// - a reference table may not point at a distributed one (a copy on every node cannot check a
//   key that lives on one of them);
// - a table is distributed after the tables its foreign keys point at, so every key can be
//   checked the moment it is created.
import { sql } from "drizzle-orm";
import { queryRows, type Db } from "./client";
import { nodeAccessPlan, redacted, type AppLogin } from "./node-access";

export type DistributionPlan = {
  reference: string[];
  distributed: string[];
  /** The roles Citus connects to the workers as, each set up to log in there. */
  nodeRoles: string[];
  /** What Citus would refuse, in words; the plan must not run while there is any. */
  problems: string[];
  /** What the operator should know, in Dutch; nothing that stops the plan. */
  notes: string[];
  /** The statements, in order, for a migrated database on a Citus coordinator. Never print these: see printedPlan. */
  statements: string[];
  /** The passwords in the statements. */
  secrets: string[];
};

export type DistributionOptions = {
  /** The role and password of DATABASE_URL; without it the plan assumes the app logs in as groeipad_app. */
  login?: AppLogin;
  /** The password of the roles the app switches to, for their connections between the nodes. */
  nodePassword: string;
};

type Table = { name: string; tenant: boolean };
type ForeignKey = { from: string; to: string; name: string };

export async function distributionPlan(db: Db, options: DistributionOptions): Promise<DistributionPlan> {
  const tables = await queryRows<Table>(
    db,
    sql`select c.relname as name,
          exists (select 1 from pg_attribute a where a.attrelid = c.oid and a.attname = 'tenant_id' and not a.attisdropped) as tenant
        from pg_class c join pg_namespace n on n.oid = c.relnamespace and n.nspname = 'public'
        where c.relkind in ('r', 'p') and not c.relispartition
        order by c.relname`,
  );
  const keys = await queryRows<ForeignKey>(
    db,
    sql`select src.relname as "from", dst.relname as "to", con.conname as name from pg_constraint con
        join pg_class src on src.oid = con.conrelid join pg_namespace sn on sn.oid = src.relnamespace and sn.nspname = 'public'
        join pg_class dst on dst.oid = con.confrelid
        where con.contype = 'f' and src.oid <> dst.oid
        order by 1, 3`,
  );
  const [{ database }] = await queryRows<{ database: string }>(db, sql`select quote_ident(current_database()) as database`);
  const tenant = new Set(tables.filter((t) => t.tenant).map((t) => t.name));
  const problems = keys
    .filter((k) => !tenant.has(k.from) && tenant.has(k.to))
    .map((k) => `${k.from}: foreign key ${k.name} of a reference table points at the distributed table ${k.to}`);
  const reference = inKeyOrder(
    tables.filter((t) => !t.tenant).map((t) => t.name),
    keys,
    problems,
  );
  const distributed = inKeyOrder([...tenant], keys, problems);
  const access = await nodeAccessPlan(db, options);
  const statements = [
    // The tenant settings reach the shards only as SET LOCAL with this setting (lib/transaction-settings.ts).
    `ALTER DATABASE ${database} SET citus.propagate_set_commands = 'local'`,
    // The supplier copied onto a contract's rows and the data-change log are row triggers on
    // tenant tables (docs/citus.md); Citus distributes a table with triggers, and accepts a new
    // trigger on a distributed table, only with this on. For every later session of the database
    // (a later migration's, the app's) ...
    `ALTER DATABASE ${database} SET citus.enable_unsafe_triggers = on`,
    // ... and for this one, which distributes the tables: ALTER DATABASE reaches only new sessions.
    `SET citus.enable_unsafe_triggers = on`,
    ...access.statements,
    ...reference.map((t) => `SELECT create_reference_table('public.${t}')`),
    ...distributed.map((t) => `SELECT create_distributed_table('public.${t}', 'tenant_id')`),
  ];
  return {
    reference,
    distributed,
    nodeRoles: access.roles,
    problems: [...problems, ...access.problems],
    notes: access.notes,
    statements,
    secrets: access.secrets,
  };
}

/** The statements as the dry run and the run print them: without any password. */
export function printedPlan(plan: DistributionPlan): string[] {
  return redacted(plan.statements, plan.secrets);
}

/** The tables with every table a foreign key points at first; a cycle is a problem. */
function inKeyOrder(names: string[], keys: ForeignKey[], problems: string[]): string[] {
  const set = new Set(names);
  const ordered: string[] = [];
  const state = new Map<string, "visiting" | "done">();
  const visit = (name: string, path: string[]) => {
    if (state.get(name) === "done") return;
    if (state.get(name) === "visiting") {
      problems.push(`foreign keys in a circle: ${[...path, name].join(" → ")}`);
      return;
    }
    state.set(name, "visiting");
    for (const key of keys) if (key.from === name && set.has(key.to)) visit(key.to, [...path, name]);
    state.set(name, "done");
    ordered.push(name);
  };
  for (const name of names) visit(name, []);
  return ordered;
}
