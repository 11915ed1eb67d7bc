// PUT /api/v1/[org]/reviews/[id]/score – the agreed score of one KPI in a draft review:
// { "version": 3, "kpiId": "…", "score": "on_track" | "at_risk" | "off_track" | "not_scored", "reason": "…" }.
// The same action as the review page; a stale version answers 409 and changes nothing.
import { actionHandler } from "@/lib/http/next";
import { scoreKpi } from "@/lib/reviews/score-actions";

export const PUT = actionHandler(scoreKpi, "reviews:write", ({ id }: { org: string; id: string }, body) => ({ ...body, reviewId: id }));
