// npm run bench:explain -- <section> [owner]: the plan of one organisation dashboard section with
// its actual times (EXPLAIN ANALYZE), on the benchmark's database, as the app role with row-level
// security (or as the owner). For working on a section that bench:sections shows to be slow.
import { sql } from "drizzle-orm";
import type { Db } from "../../db/client";
import { queryRows } from "../../db/client";
import { parseFilters } from "../../lib/dashboard/filters";
import { DASHBOARD_SETTINGS, dashboardSql, SECTION_KEYS, type SectionKey } from "../../lib/dashboard/queries";
import { amsterdamToday } from "../../lib/time";
import { withTenant } from "../../lib/tenancy";
import { closeBenchDatabase, openBenchDatabase } from "./database";

async function main() {
  const key = process.argv[2] as SectionKey;
  if (!SECTION_KEYS.includes(key)) throw new Error(`Kies een sectie: ${SECTION_KEYS.join(", ")}`);
  const asOwner = process.argv[3] === "owner";
  const bench = await openBenchDatabase(() => {});
  const today = amsterdamToday();
  const params = { tenantId: bench.tenantId, filters: parseFilters({}, today), today, limit: 15 };
  const scope = { userId: bench.coordinator.id, orgId: bench.tenantId, orgKind: "buyer" as const };
  // In the transaction settings the app reads it with.
  const explain = async (tx: Db) => {
    await tx.execute(sql`select ${DASHBOARD_SETTINGS}`);
    return queryRows<{ "QUERY PLAN": string }>(tx, sql`explain (analyze, buffers) ${dashboardSql(params, [key])}`);
  };
  const rows = asOwner ? await bench.db.transaction((tx) => explain(tx as unknown as Db)) : await withTenant(scope, explain, bench.db);
  console.log(rows.map((r) => r["QUERY PLAN"]).join("\n"));
  await closeBenchDatabase(bench);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
