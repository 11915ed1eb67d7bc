// GET /api/v1/[org]/contracts/[id]/reviews/[quarter]/pdf – the review report as a PDF download.
import { handleDownloadRoute } from "@/lib/auth/api-download";
import { reviewPdfRoute } from "@/lib/reviews/output-routes";

export async function GET(_request: Request, { params }: { params: Promise<{ org: string; id: string; quarter: string }> }) {
  const { org, id, quarter } = await params;
  return handleDownloadRoute(reviewPdfRoute, org, { id, quarter });
}
