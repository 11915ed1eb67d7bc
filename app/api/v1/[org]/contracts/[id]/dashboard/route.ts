// GET /api/v1/[org]/contracts/[id]/dashboard – the contract dashboard as JSON; a contract the
// caller is no party to is a 404 like a missing one.
import { handleRoute } from "@/lib/auth/api-session";
import { contractDashboardRoute } from "@/lib/contract-dashboard/routes";

export async function GET(_request: Request, { params }: { params: Promise<{ org: string; id: string }> }) {
  const { org, id } = await params;
  return handleRoute(contractDashboardRoute, org, { id });
}
