// The benchmark's figures anew (refresh_benchmark, migration 0051): by the nightly job, and at
// once when a buyer joins or leaves, so a buyer that leaves is out of the figures straight away.
import { sql } from "drizzle-orm";
import { queryRows, type Db } from "@/db/client";

/** Returns how many cells (indicator × package × year of five or more buyers) were kept. */
export async function refreshBenchmark(db: Db, { now = new Date() }: { now?: Date } = {}): Promise<number> {
  const [row] = await queryRows<{ kept: number }>(db, sql`select refresh_benchmark(${now.toISOString()}::timestamptz) as kept`);
  return Number(row?.kept ?? 0);
}
