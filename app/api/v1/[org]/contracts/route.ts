// GET /api/v1/[org]/contracts – the contracts the organisation may see (own, or as supplier).
import { handleRoute } from "@/lib/auth/api-session";
import { listContractsRoute } from "@/lib/contracts/routes";

export async function GET(_request: Request, { params }: { params: Promise<{ org: string }> }) {
  const { org } = await params;
  return handleRoute(listContractsRoute, org, {});
}
