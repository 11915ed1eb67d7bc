// GET /api/v1/[org]/contracts/[id]/reviews/[quarter]/scores.csv – the scores of a review for Excel.
import { handleDownloadRoute } from "@/lib/auth/api-download";
import { reviewScoresCsvRoute } from "@/lib/reviews/output-routes";

export async function GET(_request: Request, { params }: { params: Promise<{ org: string; id: string; quarter: string }> }) {
  const { org, id, quarter } = await params;
  return handleDownloadRoute(reviewScoresCsvRoute, org, { id, quarter });
}
