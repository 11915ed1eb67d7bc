// GET /api/v1/[org]/dashboard/suppliers?zoek=… – the buyer's suppliers whose name holds every word
// typed (at least two letters), at most 20 (buyers only).
import { routeHandler } from "@/lib/http/next";
import { dashboardSupplierSearchRoute } from "@/lib/dashboard/routes";

export const GET = routeHandler(dashboardSupplierSearchRoute, (_segments: { org: string }, search) => ({ text: search.get("zoek") ?? "" }));
