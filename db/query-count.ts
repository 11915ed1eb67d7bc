// Counting the SQL statements the application sends, for the benchmark only (npm run bench sets
// BENCH_COUNT_QUERIES=1 and reads the total before and after one request through
// /api/bench/queries). Off otherwise: no logger, no cost. BEGIN/COMMIT are not counted.
import type { Logger } from "drizzle-orm/logger";

const state = globalThis as unknown as { __groeipadQueryCount?: { total: number } };

export function queryCountTotal(): number {
  return state.__groeipadQueryCount?.total ?? 0;
}

export function countingLogger(): Logger | undefined {
  if (process.env.BENCH_COUNT_QUERIES !== "1") return undefined;
  state.__groeipadQueryCount ??= { total: 0 };
  const counter = state.__groeipadQueryCount;
  return { logQuery: () => void counter.total++ };
}
