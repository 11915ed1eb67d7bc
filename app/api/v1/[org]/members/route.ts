// GET /api/v1/[org]/members – the members of the organisation with their roles.
import { handleRoute } from "@/lib/auth/api-session";
import { listMembersRoute } from "@/lib/members/routes";

export async function GET(_request: Request, { params }: { params: Promise<{ org: string }> }) {
  const { org } = await params;
  return handleRoute(listMembersRoute, org, {});
}
