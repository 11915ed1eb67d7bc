// GET /api/v1/[org]/worklist – what waits for the signed-in person: count, urgent count and items.
import { routeHandler } from "@/lib/http/next";
import { worklistRoute } from "@/lib/worklist/routes";

export const GET = routeHandler(worklistRoute, () => ({}));
