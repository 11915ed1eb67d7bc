// GET /api/bench/queries – the statements counted since start, for npm run bench only (outside the public API).
import { benchQueryCount } from "@/lib/http/bench";

export const dynamic = "force-dynamic";

export function GET() {
  return benchQueryCount();
}
