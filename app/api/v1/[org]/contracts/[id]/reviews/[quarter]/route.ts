// GET /api/v1/[org]/contracts/[id]/reviews/[quarter] – the quarter's review ("2026-Q3"): status,
// signatures, per KPI the reported value, target, computed status, agreed score and malus, the decisions.
import { routeHandler } from "@/lib/http/next";
import { reviewRoute } from "@/lib/reviews/api";

export const GET = routeHandler(reviewRoute, ({ id, quarter }: { org: string; id: string; quarter: string }) => ({ id, quarter }));
