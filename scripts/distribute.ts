// npm run db:distribute: turns a migrated database on a Citus coordinator into a distributed one
// (db/distribution.ts): every tenant table distributed on tenant_id, every other table a
// reference table. `-- --dry-run` prints the statements and runs nothing, on any database.
// Run it once, after db:migrate and before the app starts; later migrations' new tables are
// distributed the same way by running it again (tables already distributed are left alone).
import { sql } from "drizzle-orm";
import { queryRows } from "../db/client";
import { distributionPlan } from "../db/distribution";
import { getDatabaseForScripts } from "./script-db";

async function main() {
  const dryRun = process.argv.includes("--dry-run");
  const database = await getDatabaseForScripts();
  try {
    const plan = await distributionPlan(database.db);
    if (plan.problems.length > 0) throw new Error(`Citus zou dit weigeren:\n- ${plan.problems.join("\n- ")}`);
    console.log(`${plan.distributed.length} tabellen verdeeld op tenant_id, ${plan.reference.length} referentietabellen.`);
    if (dryRun) {
      console.log(plan.statements.map((s) => `${s};`).join("\n"));
      return;
    }
    const citus = await queryRows<{ extname: string }>(database.db, sql`select extname from pg_extension where extname = 'citus'`);
    if (citus.length === 0)
      throw new Error(
        "Deze database heeft de extensie citus niet: draai dit op de coördinator van een Citus-cluster (of gebruik --dry-run).",
      );
    const done = new Set(
      (await queryRows<{ name: string }>(database.db, sql`select logicalrelid::regclass::text as name from pg_dist_partition`)).map((r) =>
        r.name.replace(/^public\./, ""),
      ),
    );
    for (const statement of plan.statements) {
      const table = /'public\.([a-z0-9_]+)'/.exec(statement)?.[1];
      if (table && done.has(table)) continue;
      console.log(statement);
      await database.db.execute(sql.raw(statement));
    }
    console.log("Klaar.");
  } finally {
    await database.close();
  }
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
