// npm run db:distribute: turns a migrated database on a Citus coordinator into a distributed one
// (db/distribution.ts): the settings the app's transactions need, the app's roles able to log in
// between the nodes (db/node-access.ts), every tenant table distributed on tenant_id and every
// other table a reference table. `-- --dry-run` prints the statements and runs nothing, on any
// database; passwords are printed as asterisks, here and in a real run.
// Run it after db:migrate and before the app starts, as a superuser (DATABASE_ADMIN_URL) with the
// app's own DATABASE_URL set; running it again (after a migration, after adding a worker) changes
// only what is missing: distributed tables are left alone and the node password is kept.
import { sql } from "drizzle-orm";
import type { ReservedSql } from "postgres";
import { queryRows, type Database } from "../db/client";
import { distributionPlan, printedPlan, type DistributionPlan } from "../db/distribution";
import { checkedNodePassword, generatedNodePassword, keptNodePassword, redacted, workerCheck, type AppLogin } from "../db/node-access";
import { env } from "../lib/env";
import { getDatabaseForScripts } from "./script-db";

async function main() {
  const dryRun = process.argv.includes("--dry-run");
  const e = env();
  const login = appLogin(e.DATABASE_URL);
  const database = await getDatabaseForScripts();
  try {
    if (!dryRun) await refuseWhatCannotRun(database, login);
    const nodePassword =
      e.CITUS_NODE_PASSWORD !== undefined
        ? checkedNodePassword(e.CITUS_NODE_PASSWORD)
        : ((!dryRun && login ? await keptNodePassword(database.db, login) : undefined) ?? generatedNodePassword());
    const plan = await distributionPlan(database.db, { login, nodePassword });
    if (plan.problems.length > 0) throw new Error(`Citus zou dit weigeren:\n- ${plan.problems.join("\n- ")}`);
    for (const note of plan.notes) console.log(`Let op: ${note}`);
    console.log(
      `${plan.distributed.length} tabellen verdeeld op tenant_id, ${plan.reference.length} referentietabellen, ` +
        `${plan.nodeRoles.length} rollen die tussen de nodes verbinden (${plan.nodeRoles.join(", ")}).`,
    );
    if (dryRun) {
      console.log(printedPlan(plan).join(";\n") + ";");
      return;
    }
    await runPlan(database, plan);
    console.log("Klaar.");
  } finally {
    await database.close();
  }
}

/** The role and password the app logs in with, from DATABASE_URL; undefined without one. */
function appLogin(url: string | undefined): AppLogin | undefined {
  if (!url) return undefined;
  const parsed = new URL(url);
  if (!parsed.username) return undefined;
  return { role: decodeURIComponent(parsed.username), password: parsed.password ? decodeURIComponent(parsed.password) : undefined };
}

async function refuseWhatCannotRun(database: Database, login: AppLogin | undefined): Promise<void> {
  const citus = await queryRows<{ extname: string }>(database.db, sql`select extname from pg_extension where extname = 'citus'`);
  if (citus.length === 0)
    throw new Error(
      "Deze database heeft de extensie citus niet: draai dit op de coördinator van een Citus-cluster (of gebruik --dry-run).",
    );
  const [role] = await queryRows<{ rolsuper: boolean }>(database.db, sql`select rolsuper from pg_roles where rolname = current_user`);
  if (!role?.rolsuper)
    throw new Error("Draai dit als superuser (DATABASE_ADMIN_URL): alleen een superuser mag pg_dist_authinfo lezen en schrijven.");
  if (!login)
    throw new Error(
      "DATABASE_URL ontbreekt: het plan moet weten als welke rol de app inlogt, om die rol het wachtwoord van DATABASE_URL " +
        "tussen de nodes te laten gebruiken en niet te veranderen.",
    );
}

/**
 * Runs the statements on one connection: the SET in the plan holds for this session only. The
 * statements carry passwords, so this session keeps them out of the server log, and every line
 * printed has them replaced by asterisks.
 */
async function runPlan(database: Database, plan: DistributionPlan): Promise<void> {
  if (!database.postgres) throw new Error("db:distribute draait alleen tegen een PostgreSQL-server (de Citus-coördinator).");
  const connection = await database.postgres.reserve();
  try {
    await connection
      .unsafe("SET log_statement = 'none'; SET log_min_error_statement = 'panic'; SET log_min_duration_statement = -1")
      .simple();
    const done = new Set(
      (await connection.unsafe<{ name: string }[]>("select logicalrelid::regclass::text as name from pg_dist_partition")).map((r) =>
        r.name.replace(/^public\./, ""),
      ),
    );
    const printed = printedPlan(plan);
    for (const [i, statement] of plan.statements.entries()) {
      const table = /'public\.([a-z0-9_]+)'/.exec(statement)?.[1];
      if (table && done.has(table)) continue;
      console.log(printed[i]);
      await connection
        .unsafe(statement)
        .simple()
        .catch((error: Error) => {
          // The database's message may quote a value of the statement; never the password.
          throw new Error(redacted([error.message], plan.secrets)[0]);
        });
    }
    await checkWorkers(connection, plan.nodeRoles);
  } finally {
    connection.release();
  }
}

/** Every worker must now let each role log in and hold its pg_dist_authinfo row; says so per worker. */
async function checkWorkers(connection: ReservedSql, roles: string[]): Promise<void> {
  const check = workerCheck(roles);
  const answers = await connection.unsafe<{ nodename: string; nodeport: number; success: boolean; result: string }[]>(check.statement);
  const wrong = answers.filter((a) => !a.success || a.result !== check.expected);
  for (const a of answers)
    console.log(
      `Worker ${a.nodename}:${a.nodeport}: rollen met LOGIN / met toegang in pg_dist_authinfo: ${a.result} (verwacht ${check.expected}).`,
    );
  if (wrong.length > 0)
    throw new Error(
      `Niet elke worker laat de rollen van de app inloggen (${wrong.map((a) => `${a.nodename}:${a.nodeport}`).join(", ")}): ` +
        "controleer daar of elke rol bestaat met LOGIN (Citus geeft rollen door met citus.enable_create_role_propagation) " +
        "en of pg_dist_authinfo een regel voor elke rol heeft, en draai dit opnieuw.",
    );
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
