// Overload: per page a step load (20, 40, … 200 requests/s, a few seconds each) finds the knee, the
// highest rate served with p95 ≤ 300 ms and nothing refused or failed; then five times the knee
// says what the admission gate does with more than the server can take: the share it sheds, how
// fast the requests it took on were answered, and the server's peak memory.
// Part of `npm run bench`; `npm run bench:overload` runs it alone. BENCH_STEP_RPS (20),
// BENCH_STEP_MAX_RPS (200), BENCH_STEP_SECONDS (3), BENCH_OVERLOAD_SECONDS (10) and
// BENCH_OVERLOAD_MAX_RPS (500) change the load, BENCH_OVERLOAD_PAGES the pages; MAX_INFLIGHT,
// MAX_QUEUED and QUEUE_WAIT_MS the gate.
import { randomBytes } from "node:crypto";
import { sql } from "drizzle-orm";
import { queryRows } from "../../db/client";
import { benchApiToken } from "./api-token";
import { closeBenchDatabase, openBenchDatabase, type BenchDatabase } from "./database";
import { percentile, runLoad, type LoadResult } from "./load";
import { prepareReviewDrafts } from "./review-drafts";
import { benchScenarios, type ScenarioInputs, type ScenarioName } from "./scenarios";
import { startApp } from "./server";
import { startBenchSessions } from "./session";

const setting = (name: string, fallback: number) => Number(process.env[name] ?? fallback);
const STEP_RPS = setting("BENCH_STEP_RPS", 20);
const STEP_MAX_RPS = setting("BENCH_STEP_MAX_RPS", 200);
const STEP_SECONDS = setting("BENCH_STEP_SECONDS", 3);
const OVERLOAD_SECONDS = setting("BENCH_OVERLOAD_SECONDS", 10);
// Past this one load generator on the same two cores measures itself more than the server.
const OVERLOAD_MAX_RPS = setting("BENCH_OVERLOAD_MAX_RPS", 500);
const PORT = setting("BENCH_PORT", 3900);
const KNEE_P95_MS = 300;

// BENCH_OVERLOAD_PAGES=org_dashboard,review_save measures fewer.
/**
 * As many drafts as `npm run bench` prepares by default: at the rates the server serves, a save
 * meets its draft again only long after the last save of it answered.
 */
const DRAFTS = 420;

const PAGES = (process.env.BENCH_OVERLOAD_PAGES || "org_dashboard,contract_dashboard,review_save").split(",") as ScenarioName[];

type Step = { rps: number; p95_ms: number; shed: number; errors: number };

export type OverloadResult = {
  /** Highest offered rate of the climb, from the bottom, with p95 ≤ 300 ms, nothing shed and no errors; 0 if none. */
  knee_rps: number;
  steps: Step[];
  overload: {
    rps: number;
    requests: number;
    /** Requests answered 200 per second: what the server got done while shedding the rest. */
    served_rps: number;
    shed_share: number;
    errors: number;
    served_p95_ms: number;
    served_max_ms: number;
    peak_rss_mb: number;
  };
};

export type OverloadResults = {
  gate: Record<string, string>;
  pages: Partial<Record<ScenarioName, OverloadResult>>;
  /** Over the whole run: the climbs and the overloads of every page, minutes of one server mostly past its knee. */
  peak_rss_mb: number;
};

const stepOf = (rps: number, load: LoadResult): Step => ({
  rps,
  p95_ms: percentile(load.latenciesMs, 95),
  shed: load.shed,
  errors: load.errors,
});

const withinKnee = (step: Step) => step.shed === 0 && step.errors === 0 && step.p95_ms <= KNEE_P95_MS;

export async function runOverload(bench: BenchDatabase, inputs: ScenarioInputs): Promise<OverloadResults> {
  const secret = randomBytes(32).toString("hex");
  const app = await startApp(PORT, { ...bench.appEnv, AUTH_SECRET: secret, APP_URL: `http://127.0.0.1:${PORT}` });
  try {
    const scenarios = await benchScenarios(app.url, secret, bench, inputs);
    const pages: OverloadResults["pages"] = {};
    app.resetPeak();
    let peakOverall = 0;
    for (const name of PAGES) {
      const scenario = scenarios[name];
      for (let i = 0; i < 3; i++) await scenario.one(); // warm-up: compile, caches
      const steps: Step[] = [];
      let next = 0; // the i-th request over the whole climb, so each save meets another draft
      for (let rps = STEP_RPS; rps <= STEP_MAX_RPS; rps += STEP_RPS) {
        const offset = next;
        const load = await runLoad({ rps, seconds: STEP_SECONDS, send: (i) => scenario.many(offset + i) });
        next += load.latenciesMs.length;
        steps.push(stepOf(rps, load));
      }
      const firstMiss = steps.findIndex((step) => !withinKnee(step));
      const knee = firstMiss === 0 ? 0 : (steps[firstMiss - 1] ?? steps.at(-1)!).rps;

      const rps = Math.min(5 * Math.max(knee, STEP_RPS), OVERLOAD_MAX_RPS);
      peakOverall = Math.max(peakOverall, app.peakRssMb());
      app.resetPeak();
      const offset = next;
      const load = await runLoad({ rps, seconds: OVERLOAD_SECONDS, send: (i) => scenario.many(offset + i) });
      const peak = app.peakRssMb();
      peakOverall = Math.max(peakOverall, peak);
      pages[name] = {
        knee_rps: knee,
        steps,
        overload: {
          rps,
          requests: load.latenciesMs.length,
          served_rps: load.servedLatenciesMs.length / load.seconds,
          shed_share: load.shed / load.latenciesMs.length,
          errors: load.errors,
          served_p95_ms: percentile(load.servedLatenciesMs, 95),
          served_max_ms: Math.max(...load.servedLatenciesMs),
          peak_rss_mb: peak,
        },
      };
      printPage(name, pages[name]!);
    }
    const gate = Object.fromEntries(["MAX_INFLIGHT", "MAX_QUEUED", "QUEUE_WAIT_MS"].map((n) => [n, process.env[n] ?? "standaard"]));
    return { gate, pages, peak_rss_mb: peakOverall };
  } finally {
    await app.stop();
  }
}

const ms = (n: number) => (Number.isFinite(n) ? `${Math.round(n)} ms` : "–");

function printPage(name: string, result: OverloadResult): void {
  const climb = result.steps.map(
    (s) => `${s.rps}: ${ms(s.p95_ms)}${s.shed ? `, ${s.shed}× 503` : ""}${s.errors ? `, ${s.errors} fouten` : ""}`,
  );
  const o = result.overload;
  console.log(`  ${name}: knie ${result.knee_rps} verzoeken/s (p95 per stap: ${climb.join(" | ")})`);
  console.log(
    `    bij ${o.rps}/s: ${(o.shed_share * 100).toFixed(0)} % afgewezen (503), ${o.served_rps.toFixed(0)}/s bediend, p95 ${ms(o.served_p95_ms)}, max ${ms(o.served_max_ms)}, ` +
      `${o.errors} fouten, piekgeheugen ${o.peak_rss_mb.toFixed(0)} MB`,
  );
}

/** The bench's memory goal: the embedded database lives inside the app's process. */
export const memoryGoalOf = (bench: BenchDatabase) => (bench.kind === "postgresql" ? 500 : 800);

/** The goals of the overload scenario, in the shape of the bench's other goals; memory as the bench's own goal for the database. */
export function overloadGoals(results: OverloadResults, memoryGoalMb: number): Record<string, { goal: string; met: boolean }> {
  const pages = Object.values(results.pages);
  return {
    overload_knee: {
      goal: `organisatiedashboard (uit de cache): knie ≥ 100 verzoeken/s (p95 ≤ ${KNEE_P95_MS} ms, niets afgewezen)`,
      met: (results.pages.org_dashboard?.knee_rps ?? 0) >= 100,
    },
    overload_served: {
      goal: "bij 5× de knie: elk bediend verzoek binnen 1 s (maximum), de rest direct afgewezen met 503, geen andere fouten",
      met: pages.length > 0 && pages.every((p) => p.overload.served_max_ms <= 1000 && p.overload.errors === 0),
    },
    overload_memory: {
      goal: `piekgeheugen van de app < ${memoryGoalMb} MB over de hele overbelasting (alle stappen en 5× de knie, alle pagina's)`,
      met: pages.length > 0 && results.peak_rss_mb < memoryGoalMb,
    },
  };
}

async function main() {
  const bench = await openBenchDatabase((line) => console.log(line));
  const drafts = await prepareReviewDrafts(bench, DRAFTS);
  const sessions = await startBenchSessions(bench.db, [bench.coordinator.id, ...drafts.map((d) => d.managerId)]);
  const apiToken = await benchApiToken(bench.db, { organisationId: bench.tenantId, userId: bench.coordinator.id });
  // The contract of the first draft, whose manager's session asks for its dashboard.
  const [{ contractId }] = await queryRows<{ contractId: string }>(
    bench.db,
    sql`select contract_id as "contractId" from reviews where tenant_id = ${bench.tenantId}::uuid and id = ${drafts[0].reviewId}::uuid`,
  );
  await closeBenchDatabase(bench);
  console.log(`Overbelasting: stappen van ${STEP_RPS} tot ${STEP_MAX_RPS} verzoeken/s, ${STEP_SECONDS} s per stap…`);
  const results = await runOverload(bench, { contractId, drafts, sessions, apiToken });
  console.log(`  piekgeheugen over de hele overbelasting: ${results.peak_rss_mb.toFixed(0)} MB`);
  console.log("Goals:");
  for (const [name, g] of Object.entries(overloadGoals(results, memoryGoalOf(bench))))
    console.log(`  ${g.met ? "✓" : "✗"} ${name}: ${g.goal}`);
  console.log(
    `  · toelating: ${Object.entries(results.gate)
      .map(([k, v]) => `${k}=${v}`)
      .join(", ")}`,
  );
}

if (process.argv[1]?.endsWith("overload.ts")) {
  main().catch((error) => {
    console.error(error instanceof Error ? (error.stack ?? error.message) : error);
    process.exit(1);
  });
}
