// npm run bench:sections: each section of the organisation dashboard on its own, on the benchmark's
// database (BENCH_DATABASE_URL, else .data/bench-pglite), with row-level security (the tenant
// transaction as the buyer's role) and without (the owner), medians of BENCH_RUNS (default 3). Tells
// which section to work on next; the load test (npm run bench) says whether the whole is enough.
import { sql } from "drizzle-orm";
import type { Db } from "../../db/client";
import { queryRows } from "../../db/client";
import { parseFilters } from "../../lib/dashboard/filters";
import { loadDashboard, SECTION_KEYS } from "../../lib/dashboard/queries";
import { amsterdamToday } from "../../lib/time";
import { withTenant } from "../../lib/tenancy";
import { closeBenchDatabase, openBenchDatabase } from "./database";
import { benchRuns, median as timeMedian } from "./median";

const RUNS = benchRuns(3);
const median = (work: () => Promise<unknown>) => timeMedian(work, RUNS);

async function main() {
  const bench = await openBenchDatabase((line) => console.log(line));
  const today = amsterdamToday();
  const params = { tenantId: bench.tenantId, filters: parseFilters({}, today), today, limit: 15 };
  const scope = { userId: bench.coordinator.id, orgId: bench.tenantId, orgKind: "buyer" as const };
  const [{ contracts }] = await queryRows<{ contracts: number }>(
    bench.db,
    sql`select count(*)::int as contracts from contracts where tenant_id = ${bench.tenantId}::uuid`,
  );
  console.log(`\n${contracts} contracten, periode ${params.filters.from} – ${params.filters.to}; mediaan van ${RUNS} (ms)\n`);
  console.log("sectie       met RLS   zonder   verhouding");
  let totalRls = 0;
  let totalBare = 0;
  for (const key of SECTION_KEYS) {
    const rls = await median(() => withTenant(scope, (tx) => loadDashboard(tx, params, [key]), bench.db));
    const bare = await median(() => bench.db.transaction((tx) => loadDashboard(tx as unknown as Db, params, [key])));
    totalRls += rls;
    totalBare += bare;
    console.log(`${key.padEnd(12)} ${rls.toFixed(1).padStart(7)} ${bare.toFixed(1).padStart(8)}   ${(rls / bare).toFixed(2)}`);
  }
  console.log(
    `${"totaal".padEnd(12)} ${totalRls.toFixed(1).padStart(7)} ${totalBare.toFixed(1).padStart(8)}   ${(totalRls / totalBare).toFixed(2)}`,
  );
  await closeBenchDatabase(bench);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
