// The benchmark's output: a table on the terminal and bench-results.json, one object per scenario.
import fs from "node:fs";
import type { SeedScale } from "../../db/seed/large-shape";
import type { OverloadResults } from "./overload";

export type ScenarioResult = {
  /** Median of seven requests one after another, without load. */
  alone_ms: number;
  p50_ms: number;
  p95_ms: number;
  p99_ms: number;
  rps: number;
  errors: number;
  queries: number;
  bytes: number;
  sql_ms: number | null;
  ratio_to_sql: number | null;
};

export type BenchResults = {
  database: "pglite" | "postgresql";
  /** The data set measured on (BENCH_SCALE): figures compare only within one scale. */
  scale: SeedScale;
  scenarios: Record<string, ScenarioResult>;
  rls_overhead: number;
  peak_rss_mb: number;
  /** A fresh clone's first page against the same start on a prepared database (first-start.ts). */
  first_start?: { fresh_ms: number; prepared_ms: number; ratio: number };
  /** The large buyer's whole OCDS export, streamed once over HTTP. */
  ocds_export?: { status: number; seconds: number; megabytes: number; peakRssMb: number };
  /** Per page the knee of a step load, and what the admission gate does at five times it (overload.ts). */
  overload?: OverloadResults;
  goals: Record<string, { goal: string; met: boolean }>;
  measured_at: string;
  notes: string[];
};

const fixed = (n: number | null, digits = 1) => (n === null || Number.isNaN(n) ? "–" : n.toFixed(digits));

export function printResults(results: BenchResults): void {
  const rows = Object.entries(results.scenarios).map(([name, s]) => ({
    scenario: name,
    "alone ms": fixed(s.alone_ms),
    "p50 ms": fixed(s.p50_ms),
    "p95 ms": fixed(s.p95_ms),
    "p99 ms": fixed(s.p99_ms),
    rps: fixed(s.rps),
    errors: s.errors,
    queries: s.queries,
    KB: fixed(s.bytes / 1024),
    "sql ms": fixed(s.sql_ms),
    "app/sql": fixed(s.ratio_to_sql, 2),
  }));
  console.log(`\nDatabase: ${results.database}, dataset: ${results.scale}`);
  console.table(rows);
  console.log(`RLS overhead: ${(results.rls_overhead * 100).toFixed(1)} %   peak RSS: ${results.peak_rss_mb.toFixed(0)} MB`);
  const first = results.first_start;
  if (first)
    console.log(`Eerste pagina: vers ${first.fresh_ms} ms, met bestaande database ${first.prepared_ms} ms (${fixed(first.ratio, 2)}×)`);
  if (results.overload) {
    console.log(`Overbelasting (piekgeheugen over de hele overbelasting ${results.overload.peak_rss_mb.toFixed(0)} MB):`);
    console.table(
      Object.entries(results.overload.pages).map(([page, r]) => ({
        page,
        "knee rps": r.knee_rps,
        "5× rps": r.overload.rps,
        "shed %": fixed(r.overload.shed_share * 100, 0),
        "served rps": fixed(r.overload.served_rps, 0),
        "served p95 ms": fixed(r.overload.served_p95_ms, 0),
        "served max ms": fixed(r.overload.served_max_ms, 0),
        errors: r.overload.errors,
        "peak MB": fixed(r.overload.peak_rss_mb, 0),
      })),
    );
  }
  console.log("Goals:");
  for (const [name, g] of Object.entries(results.goals)) console.log(`  ${g.met ? "✓" : "✗"} ${name}: ${g.goal}`);
  for (const note of results.notes) console.log(`  · ${note}`);
}

export function writeResults(results: BenchResults, file = "bench-results.json"): void {
  const { scenarios, ...rest } = results;
  fs.writeFileSync(file, JSON.stringify({ ...scenarios, ...rest }, null, 2) + "\n");
}
