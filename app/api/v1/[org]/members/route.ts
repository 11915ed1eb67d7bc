// GET /api/v1/[org]/members – the members of the organisation with their roles.
import { routeHandler } from "@/lib/http/next";
import { listMembersRoute } from "@/lib/members/routes";

export const GET = routeHandler(listMembersRoute, () => ({}));
