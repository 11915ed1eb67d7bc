// GET /api/v1/[org]/contracts/[id]/dashboard – the contract dashboard as JSON; a contract the
// caller is no party to is a 404 like a missing one.
import { routeHandler } from "@/lib/http/next";
import { contractDashboardRoute } from "@/lib/contract-dashboard/routes";

export const GET = routeHandler(contractDashboardRoute, ({ id }: { org: string; id: string }) => ({ id }));
