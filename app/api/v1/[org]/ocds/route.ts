// GET /api/v1/[org]/ocds – every contract of the buyer as one OCDS release package, streamed.
import { routeHandler } from "@/lib/http/next";
import { organisationOcdsRoute } from "@/lib/ocds/routes";

export const GET = routeHandler(organisationOcdsRoute, (_segments: { org: string }) => ({}));
