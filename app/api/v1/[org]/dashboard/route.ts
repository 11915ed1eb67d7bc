// GET /api/v1/[org]/dashboard?pakket=&samenwerking=&contractmanager=&leverancier=&van=&tot=&indicator=&leverancierslijst=kort
// – every section of the organisation dashboard for the filters (buyers only).
import { routeHandler } from "@/lib/http/next";
import { dashboardRoute } from "@/lib/dashboard/routes";

export const GET = routeHandler(dashboardRoute, (_segments: { org: string }, search) => ({ search }));
