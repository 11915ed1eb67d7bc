// PUT /api/v1/[org]/reviews/[id]/score – the agreed score of one KPI in a draft review:
// { "version": 3, "kpiId": "…", "score": "on_track" | "at_risk" | "off_track" | "not_scored", "reason": "…" }.
// The same action as the review page; a stale version answers 409 and changes nothing.
import { handleActionRoute } from "@/lib/auth/api-action";
import { scoreKpi } from "@/lib/reviews/score-actions";

export async function PUT(request: Request, { params }: { params: Promise<{ org: string; id: string }> }) {
  const { org, id } = await params;
  return handleActionRoute(scoreKpi, org, request, { reviewId: id });
}
