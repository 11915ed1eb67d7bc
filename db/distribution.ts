// How the tables become distributed on a Citus coordinator, read from the catalogue so a new
// migration's tables are included without anyone listing them: every table with tenant_id is
// distributed on it (all co-located, so a tenant's rows of every table lie on one node and joins
// within a tenant stay local), every other table (organisations, users, the global indicator
// catalogue, sessions) becomes a reference table copied to every node.
//
// Rules Citus documents that the plan checks before anything runs:
// - a reference table may not point at a distributed one (a copy on every node cannot check a
//   key that lives on one of them);
// - a table is distributed after the tables its foreign keys point at, so every key can be
//   checked the moment it is created.
import { sql } from "drizzle-orm";
import { queryRows, type Db } from "./client";

export type DistributionPlan = {
  reference: string[];
  distributed: string[];
  /** What Citus would refuse, in words; the plan must not run while there is any. */
  problems: string[];
  /** The statements, in order, for a migrated database on a Citus coordinator. */
  statements: string[];
};

type Table = { name: string; tenant: boolean };
type ForeignKey = { from: string; to: string; name: string };

export async function distributionPlan(db: Db): Promise<DistributionPlan> {
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
  const statements = [
    // The tenant settings reach the shards only as SET LOCAL with this setting (lib/transaction-settings.ts).
    `ALTER DATABASE ${database} SET citus.propagate_set_commands = 'local'`,
    ...reference.map((t) => `SELECT create_reference_table('public.${t}')`),
    ...distributed.map((t) => `SELECT create_distributed_table('public.${t}', 'tenant_id')`),
  ];
  return { reference, distributed, problems, statements };
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
