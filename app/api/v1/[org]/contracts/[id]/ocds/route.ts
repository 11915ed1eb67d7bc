// GET /api/v1/[org]/contracts/[id]/ocds – the contract's OCDS release package (JSON); another tenant's id is a 404.
import { routeHandler } from "@/lib/http/next";
import { contractOcdsRoute } from "@/lib/ocds/routes";

export const GET = routeHandler(contractOcdsRoute, ({ id }: { org: string; id: string }) => ({ id }));
