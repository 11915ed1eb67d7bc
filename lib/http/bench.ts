// The benchmark's view of the query counter (db/query-count.ts). Answers only when the server
// was started by `npm run bench` with BENCH_COUNT_QUERIES=1; otherwise it does not exist.
import { queryCountTotal } from "@/db/query-count";

export function benchQueryCount(): Response {
  if (process.env.BENCH_COUNT_QUERIES !== "1") return new Response("Niet gevonden", { status: 404 });
  return Response.json({ total: queryCountTotal() }, { headers: { "Cache-Control": "no-store" } });
}
