// GET /api/v1/[org]/contracts/[id] – one contract; another tenant's id is a 404 like a missing one.
import { handleRoute } from "@/lib/auth/api-session";
import { getContractRoute } from "@/lib/contracts/routes";

export async function GET(_request: Request, { params }: { params: Promise<{ org: string; id: string }> }) {
  const { org, id } = await params;
  return handleRoute(getContractRoute, org, { id });
}
