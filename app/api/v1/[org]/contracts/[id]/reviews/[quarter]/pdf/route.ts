// GET /api/v1/[org]/contracts/[id]/reviews/[quarter]/pdf – the review report as a PDF download.
import { routeHandler } from "@/lib/http/next";
import { reviewPdfRoute } from "@/lib/reviews/output-routes";

export const GET = routeHandler(reviewPdfRoute, ({ id, quarter }: { org: string; id: string; quarter: string }) => ({ id, quarter }));
