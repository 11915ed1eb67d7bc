// GET /api/v1/[org]/contracts – the contracts the organisation may see (own, or as supplier).
import { routeHandler } from "@/lib/http/next";
import { listContractsRoute } from "@/lib/contracts/routes";

export const GET = routeHandler(listContractsRoute, (_segments: { org: string }, search) => ({ search }));
