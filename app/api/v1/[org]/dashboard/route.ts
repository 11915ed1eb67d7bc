// GET /api/v1/[org]/dashboard?pakket=&samenwerking=&contractmanager=&leverancier=&van=&tot=&indicator=
// – every section of the organisation dashboard for the filters (buyers only).
import { handleRoute } from "@/lib/auth/api-session";
import { dashboardRoute } from "@/lib/dashboard/routes";

export async function GET(request: Request, { params }: { params: Promise<{ org: string }> }) {
  const { org } = await params;
  return handleRoute(dashboardRoute, org, { search: new URL(request.url).searchParams });
}
