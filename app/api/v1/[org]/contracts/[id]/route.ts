// GET /api/v1/[org]/contracts/[id] – one contract; another tenant's id is a 404 like a missing one.
import { routeHandler } from "@/lib/http/next";
import { getContractRoute } from "@/lib/contracts/routes";

export const GET = routeHandler(getContractRoute, ({ id }: { org: string; id: string }) => ({ id }));
