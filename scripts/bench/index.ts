// npm run bench: the dashboards' and the review save's performance goals, and what the server does
// with more load than it can take (overload.ts), measured on the large data set
// (db/seed/large.ts, created on first run). PGlite in .data/bench-pglite by default;
// BENCH_DATABASE_URL=postgres://postgres@127.0.0.1:5432/groeipad_bench for PostgreSQL (an owner
// URL: the benchmark creates the database, migrates, seeds and makes a LOGIN role for the app).
// Needs a production build (npm run build). Prints a table and writes bench-results.json.
// BENCH_SCALE=xl measures the set with a buyer of 20,000 contracts instead, in a database of its
// own (seeded on first use, 6 to 11 minutes on PostgreSQL), against that scale's goals (scale-goals.ts).
import { closeBenchDatabase, openBenchDatabase } from "./database";
import { measureInProcess } from "./in-process";
import { prepareReviewDrafts } from "./review-drafts";
import { printResults, writeResults, type BenchResults, type ScenarioResult } from "./report";
import { runHttpScenarios } from "./http";
import type { ScenarioName } from "./scenarios";
import { startBenchSessions } from "./session";
import { measureFirstStart } from "./first-start";
import { benchApiToken } from "./api-token";
import { scaleGoals } from "./scale-goals";
import { memoryGoalOf, overloadGoals, runOverload } from "./overload";

const RPS = Number(process.env.BENCH_RPS ?? 20);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
// Every request of the cold scenario computes a dashboard (about a second and a half of database
// time on PostgreSQL with the large set), so it runs at a rate the machine can serve.
const COLD_RPS = Number(process.env.BENCH_COLD_RPS ?? 1);

async function main() {
  const bench = await openBenchDatabase((line) => console.log(line));
  // Drafts first: the in-process review save needs one, the load needs one per request.
  await prepareReviewDrafts(bench, Math.ceil(RPS * SECONDS) + 20);
  console.log("Metingen in het proces (databasetijd, hand-geschreven SQL, RLS aan/uit)…");
  const inProcess = await measureInProcess(bench);
  // Read the versions again: the in-process save moved one draft on.
  const drafts = await prepareReviewDrafts(bench, Math.ceil(RPS * SECONDS) + 20);
  // Every request checks its session row, so the sessions exist before the app starts.
  const sessions = await startBenchSessions(bench.db, [bench.coordinator.id, ...drafts.map((d) => d.managerId)]);
  const apiToken = await benchApiToken(bench.db, { organisationId: bench.tenantId, userId: bench.coordinator.id });
  await closeBenchDatabase(bench);

  console.log(`Belasting over HTTP: ${RPS} verzoeken per seconde, ${SECONDS} s per scenario…`);
  const http = await runHttpScenarios(bench, {
    rps: RPS,
    coldRps: COLD_RPS,
    seconds: SECONDS,
    contractId: inProcess.contractId,
    drafts,
    sessions,
    apiToken,
  });

  const scenario = (name: ScenarioName): ScenarioResult => {
    const load = http.scenarios[name];
    // Both dashboard scenarios compute the same statements on a miss: one in-process measurement.
    const measured = name === "org_dashboard_cold" ? "org_dashboard" : name;
    const sqlMs = inProcess.sqlMs[measured];
    const appMs = inProcess.appDbMs[measured];
    return { ...load, sql_ms: sqlMs ?? null, ratio_to_sql: sqlMs && appMs ? appMs / sqlMs : null };
  };
  const scenarios = {
    org_dashboard: scenario("org_dashboard"),
    org_dashboard_cold: scenario("org_dashboard_cold"),
    contract_dashboard: scenario("contract_dashboard"),
    review_save: scenario("review_save"),
    audit_log: scenario("audit_log"),
    worklist_coordinator: scenario("worklist_coordinator"),
    worklist_manager: scenario("worklist_manager"),
    api_contracts: scenario("api_contracts"),
    benchmark: scenario("benchmark"),
    group: scenario("group"),
  };
  console.log("Overbelasting: per pagina de knie, dan vijf keer zoveel…");
  const overload = await runOverload(bench, { contractId: inProcess.contractId, drafts, sessions, apiToken });
  console.log("Eerste start van npm run dev, vers en met een bestaande database…");
  const firstStart = await measureFirstStart((line) => console.log(line));
  const memoryGoal = memoryGoalOf(bench);
  const scale = scaleGoals(bench.shape, scenarios);
  const results: BenchResults = {
    database: bench.kind,
    scale: bench.shape.scale,
    scenarios,
    rls_overhead: inProcess.rlsOverhead,
    peak_rss_mb: http.peakRssMb,
    ocds_export: http.ocds,
    overload,
    first_start: firstStart,
    measured_at: new Date().toISOString(),
    goals: {
      org_dashboard_p95: { goal: "p95 ≤ 300 ms bij 20 verzoeken/s", met: scenarios.org_dashboard.p95_ms <= 300 },
      org_dashboard_queries: { goal: "≤ 6 SQL-opdrachten per verzoek", met: scenarios.org_dashboard.queries <= 6 },
      org_dashboard_bytes: { goal: "≤ 200 KB HTML/RSC", met: scenarios.org_dashboard.bytes <= 200 * 1024 },
      org_dashboard_sql_ratio: {
        goal: "databasetijd ≤ 2× de beste hand-geschreven SQL",
        met: (scenarios.org_dashboard.ratio_to_sql ?? Infinity) <= 2,
      },
      review_save_p95: { goal: "p95 ≤ 150 ms", met: scenarios.review_save.p95_ms <= 150 },
      worklist_coordinator_p95: {
        goal: "Te doen van de coördinator (alle contracten): p95 ≤ 300 ms",
        met: scenarios.worklist_coordinator.p95_ms <= 300,
      },
      worklist_manager_p95: { goal: "Te doen van een contractmanager: p95 ≤ 300 ms", met: scenarios.worklist_manager.p95_ms <= 300 },
      audit_log_p95: { goal: "logboek, eerste pagina bij een miljoen wijzigingen: p95 ≤ 150 ms", met: scenarios.audit_log.p95_ms <= 150 },
      api_contracts_p95: {
        goal: `contractenlijst over een API-token (eerste pagina van 100 uit ${scale.contracts}): p95 ≤ 150 ms`,
        met: scenarios.api_contracts.p95_ms <= 150,
      },
      benchmark_p95: { goal: "benchmark van een deelnemende opdrachtgever: p95 ≤ 300 ms", met: scenarios.benchmark.p95_ms <= 300 },
      group_p95: { goal: "overzicht van een inkoopgroep van 50 opdrachtgevers: p95 ≤ 300 ms", met: scenarios.group.p95_ms <= 300 },
      ocds_export: {
        goal: `OCDS-export van de ${scale.contracts} contracten gestreamd in ≤ ${scale.ocdsSeconds} s, de app onder 500 MB`,
        met: http.ocds.seconds <= scale.ocdsSeconds && http.ocds.peakRssMb < 500,
      },
      rls_overhead: { goal: "RLS kost ≤ 10 %", met: inProcess.rlsOverhead <= 0.1 },
      peak_rss: { goal: `piekgeheugen van de app ≤ ${memoryGoal} MB`, met: http.peakRssMb <= memoryGoal },
      ...overloadGoals(overload, memoryGoal),
      // The database is prepared while Next compiles the first page, so a fresh start costs little more.
      first_start: { goal: "eerste pagina van een verse start ≤ 1,5× die met een bestaande database", met: firstStart.ratio <= 1.5 },
      ...scale.extra,
    },
    notes: [
      `machine: ${(await import("node:os")).cpus().length} cores; latencies are measured by the client on loopback from the moment each request was due`,
      ...inProcess.notes,
    ],
  };
  printResults(results);
  writeResults(results);
  console.log("\nbench-results.json geschreven.");
}

main().catch((error) => {
  console.error(error instanceof Error ? (error.stack ?? error.message) : error);
  process.exit(1);
});
