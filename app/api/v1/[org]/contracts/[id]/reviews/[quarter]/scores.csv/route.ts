// GET /api/v1/[org]/contracts/[id]/reviews/[quarter]/scores.csv – the scores of a review for Excel.
import { routeHandler } from "@/lib/http/next";
import { reviewScoresCsvRoute } from "@/lib/reviews/output-routes";

export const GET = routeHandler(reviewScoresCsvRoute, ({ id, quarter }: { org: string; id: string; quarter: string }) => ({ id, quarter }));
