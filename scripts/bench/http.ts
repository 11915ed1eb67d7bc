// The load half of the benchmark: the built app started as `npm start` starts it, on the bench
// database, each scenario (scenarios.ts) at a fixed request rate, the SQL statements of one request
// counted by the server itself (BENCH_COUNT_QUERIES), and the peak memory of the server's process tree.
import { randomBytes } from "node:crypto";
import type { BenchDatabase } from "./database";
import { percentile, runLoad } from "./load";
import { benchScenarios, type ScenarioInputs, type ScenarioName } from "./scenarios";
import { startApp } from "./server";
import { sessionCookie } from "./session";

type LoadFigures = {
  alone_ms: number;
  p50_ms: number;
  p95_ms: number;
  p99_ms: number;
  rps: number;
  errors: number;
  queries: number;
  bytes: number;
};
type Options = ScenarioInputs & { rps: number; coldRps: number; seconds: number };

const PORT = Number(process.env.BENCH_PORT ?? 3900);
/** Each scenario's load runs this often; the table shows the run with the worst p95. */
const RUNS = Number(process.env.BENCH_RUNS_PER_SCENARIO ?? 3);

export async function runHttpScenarios(bench: BenchDatabase, options: Options) {
  const secret = randomBytes(32).toString("hex");
  const app = await startApp(PORT, { ...bench.appEnv, AUTH_SECRET: secret, APP_URL: `http://127.0.0.1:${PORT}`, BENCH_COUNT_QUERIES: "1" });
  try {
    const org = bench.shape.bigBuyerSlug;
    const scenarios = await benchScenarios(app.url, secret, bench, options);
    const coordinator = await sessionCookie(bench.coordinator, options.sessions.get(bench.coordinator.id)!, secret);
    // First, on its own: the buyer's whole OCDS export, streamed, with the app's memory watched
    // from its start, before the load below has grown the heap.
    app.resetPeak();
    const started = performance.now();
    const response = await fetch(`${app.url}/api/v1/${org}/ocds`, { headers: { cookie: coordinator } });
    let bytes = 0;
    for await (const chunk of response.body as unknown as AsyncIterable<Uint8Array>) bytes += chunk.byteLength;
    const ocds = {
      status: response.status,
      seconds: (performance.now() - started) / 1000,
      megabytes: bytes / 1_048_576,
      peakRssMb: app.peakRssMb(),
    };
    console.log(`  ocds_export: ${ocds.seconds.toFixed(1)} s, ${ocds.megabytes.toFixed(0)} MB, piek ${ocds.peakRssMb.toFixed(0)} MB`);

    const results: Record<string, LoadFigures> = {};
    app.resetPeak();
    for (const [name, scenario] of Object.entries(scenarios)) {
      for (let i = 0; i < 3; i++) await scenario.one(); // warm-up: compile, caches (another period when cold)
      const before = await queryCount(app.url);
      const size = await scenario.one();
      const bytes = typeof size === "number" ? size : 0;
      const queries = (await queryCount(app.url)) - before;
      // A request's own time with nothing queued beside it: on a shared machine the load figures
      // move with what else runs, this one far less.
      const alone: number[] = [];
      for (let i = 0; i < 7; i++) {
        const started = performance.now();
        await scenario.one();
        alone.push(performance.now() - started);
      }
      const rps = name === "org_dashboard_cold" ? options.coldRps : options.rps;
      // Three runs, and the worst of them counts: one lucky run on a quiet moment says little
      // about the next, and a goal should hold run after run.
      const runs = [];
      for (let run = 0; run < RUNS; run++) runs.push(await runLoad({ rps, seconds: options.seconds, send: scenario.many }));
      const p95s = runs.map((load) => percentile(load.latenciesMs, 95));
      const worst = runs[p95s.indexOf(Math.max(...p95s))];
      // At a rate the goals name, a request the server turned away is one it did not serve.
      const errors = runs.reduce((sum, load) => sum + load.errors + load.shed, 0);
      const shed = runs.reduce((sum, load) => sum + load.shed, 0);
      results[name] = {
        alone_ms: percentile(alone, 50),
        p50_ms: percentile(worst.latenciesMs, 50),
        p95_ms: percentile(worst.latenciesMs, 95),
        p99_ms: percentile(worst.latenciesMs, 99),
        rps: Math.min(...runs.map((load) => load.achievedRps)),
        errors,
        queries,
        bytes: Math.max(bytes, ...runs.map((load) => load.bytes)),
      };
      console.log(
        `  ${name}: alleen ${results[name].alone_ms.toFixed(0)} ms, p95 per run ${p95s.map((p) => p.toFixed(0)).join(" / ")} ms, ${errors} fouten` +
          (shed ? ` (waarvan ${shed} afgewezen met 503)` : ""),
      );
    }
    return { scenarios: results as Record<ScenarioName, LoadFigures>, peakRssMb: app.peakRssMb(), ocds };
  } finally {
    await app.stop();
  }
}

async function queryCount(url: string): Promise<number> {
  const response = await fetch(`${url}/api/bench/queries`);
  if (!response.ok) throw new Error("De server telt geen SQL-opdrachten (BENCH_COUNT_QUERIES).");
  return ((await response.json()) as { total: number }).total;
}
