// The load half of the benchmark: the built app started with `next start` on the bench database,
// three scenarios at a fixed request rate, the SQL statements of one request counted by the
// server itself (BENCH_COUNT_QUERIES), and the peak memory of the server's process tree.
import { randomBytes } from "node:crypto";
import type { BenchDatabase } from "./database";
import { percentile, runLoad } from "./load";
import type { ReviewDraft } from "./review-drafts";
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
type Options = {
  rps: number;
  coldRps: number;
  seconds: number;
  contractId: string;
  drafts: ReviewDraft[];
  sessions: Map<string, string>;
  apiToken: string;
};
export type ScenarioName =
  | "org_dashboard"
  | "org_dashboard_cold"
  | "contract_dashboard"
  | "review_save"
  | "audit_log"
  | "worklist_coordinator"
  | "worklist_manager"
  | "api_contracts"
  | "benchmark"
  | "group";

/**
 * A period no earlier request asked for, so the dashboard is computed rather than served from the
 * cache: periods of 1 to 16 quarters ending in 2024-Q4 … 2026-Q4 (144 combinations).
 */
function coldPeriod(n: number): string {
  const quarter = (index: number) => `${2021 + Math.floor(index / 4)}-Q${(index % 4) + 1}`; // 0 = 2021-Q1
  const to = 23 - (n % 9);
  const length = 1 + (Math.floor(n / 9) % 16);
  return `van=${quarter(to - length + 1)}&tot=${quarter(to)}`;
}

const PORT = Number(process.env.BENCH_PORT ?? 3900);

export async function runHttpScenarios(bench: BenchDatabase, options: Options) {
  const secret = randomBytes(32).toString("hex");
  const app = await startApp(PORT, { ...bench.appEnv, AUTH_SECRET: secret, APP_URL: `http://127.0.0.1:${PORT}`, BENCH_COUNT_QUERIES: "1" });
  try {
    const org = bench.shape.bigBuyerSlug;
    const coordinator = await sessionCookie(bench.coordinator, options.sessions.get(bench.coordinator.id)!, secret);
    const managerCookies = new Map<string, string>();
    for (const d of options.drafts) {
      if (!managerCookies.has(d.managerId))
        managerCookies.set(
          d.managerId,
          await sessionCookie({ id: d.managerId, email: "", name: null }, options.sessions.get(d.managerId)!, secret),
        );
    }
    const [draftForContract] = options.drafts;
    const contractManagerCookie = managerCookies.get(draftForContract.managerId)!;

    const get = (path: string, cookie: string) => async () => {
      const headers: Record<string, string> = cookie.startsWith("Bearer ") ? { authorization: cookie } : { cookie };
      const response = await fetch(`${app.url}${path}`, { headers, redirect: "manual" });
      const body = await response.arrayBuffer();
      return response.status === 200 ? body.byteLength : null;
    };
    const versions = new Map(options.drafts.map((d) => [d.reviewId, d.version]));
    const save = (i: number) => async () => {
      const draft = options.drafts[i % options.drafts.length];
      const response = await fetch(`${app.url}/api/v1/${org}/reviews/${draft.reviewId}/score`, {
        method: "PUT",
        headers: { cookie: managerCookies.get(draft.managerId)!, "content-type": "application/json" },
        body: JSON.stringify({ version: versions.get(draft.reviewId), kpiId: draft.kpiId, score: "on_track" }),
      });
      const body = (await response.json()) as { data?: { version: number } };
      if (response.status !== 200 || !body.data) return null;
      versions.set(draft.reviewId, body.data.version);
      return JSON.stringify(body).length;
    };

    let cold = 0;
    const scenarios = {
      org_dashboard: { one: () => get(`/${org}/dashboard`, coordinator), many: () => get(`/${org}/dashboard`, coordinator) },
      org_dashboard_cold: {
        one: () => get(`/${org}/dashboard?${coldPeriod(cold++)}`, coordinator),
        many: () => get(`/${org}/dashboard?${coldPeriod(cold++)}`, coordinator),
      },
      contract_dashboard: {
        one: () => get(`/${org}/contracten/${options.contractId}/dashboard`, contractManagerCookie),
        many: () => get(`/${org}/contracten/${options.contractId}/dashboard`, contractManagerCookie),
      },
      review_save: { one: () => save(options.drafts.length - 1), many: (i: number) => save(i) },
      // The first page of a log of a million events, as a coordinator opens Beheer → Logboek.
      audit_log: { one: () => get(`/${org}/beheer/logboek`, coordinator), many: () => get(`/${org}/beheer/logboek`, coordinator) },
      // The home page with "Te doen": the coordinator's over every contract, a contract manager's over theirs.
      worklist_coordinator: { one: () => get(`/${org}`, coordinator), many: () => get(`/${org}`, coordinator) },
      worklist_manager: { one: () => get(`/${org}`, contractManagerCookie), many: () => get(`/${org}`, contractManagerCookie) },
      // An integration reading the contracts with a token: the first page of 100 of 2,000.
      api_contracts: {
        one: () => get(`/api/v1/${org}/contracts`, `Bearer ${options.apiToken}`),
        many: () => get(`/api/v1/${org}/contracts`, `Bearer ${options.apiToken}`),
      },
      // The benchmark page of a participating buyer: the stored cells and its own figures over 2,000 contracts.
      benchmark: { one: () => get(`/${org}/benchmark`, coordinator), many: () => get(`/${org}/benchmark`, coordinator) },
      // The overview of a buyer group of all 50 buyers: members, standards, adoption matrix and shared results.
      group: { one: () => get(`/${org}-inkoopgroep`, coordinator), many: () => get(`/${org}-inkoopgroep`, coordinator) },
    };
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
      for (let i = 0; i < 3; i++) await scenario.one()(); // warm-up: compile, caches (another period when cold)
      const before = await queryCount(app.url);
      const bytes = (await scenario.one()()) ?? 0;
      const queries = (await queryCount(app.url)) - before;
      // A request's own time with nothing queued beside it: on a shared machine the load figures
      // move with what else runs, this one far less.
      const alone: number[] = [];
      for (let i = 0; i < 7; i++) {
        const started = performance.now();
        await scenario.one()();
        alone.push(performance.now() - started);
      }
      const rps = name === "org_dashboard_cold" ? options.coldRps : options.rps;
      const load = await runLoad({ rps, seconds: options.seconds, send: (i) => scenario.many(i)() });
      results[name] = {
        alone_ms: percentile(alone, 50),
        p50_ms: percentile(load.latenciesMs, 50),
        p95_ms: percentile(load.latenciesMs, 95),
        p99_ms: percentile(load.latenciesMs, 99),
        rps: load.achievedRps,
        errors: load.errors,
        queries,
        bytes: Math.max(bytes, load.bytes),
      };
      console.log(
        `  ${name}: alleen ${results[name].alone_ms.toFixed(0)} ms, p95 ${results[name].p95_ms.toFixed(0)} ms, ${load.errors} fouten`,
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
