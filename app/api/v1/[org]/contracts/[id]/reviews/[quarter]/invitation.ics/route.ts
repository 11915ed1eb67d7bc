// GET /api/v1/[org]/contracts/[id]/reviews/[quarter]/invitation.ics – the meeting's current calendar invitation.
import { routeHandler } from "@/lib/http/next";
import { reviewInvitationRoute } from "@/lib/reviews/output-routes";

export const GET = routeHandler(reviewInvitationRoute, ({ id, quarter }: { org: string; id: string; quarter: string }) => ({
  id,
  quarter,
}));
