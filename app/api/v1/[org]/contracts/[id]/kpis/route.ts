// GET /api/v1/[org]/contracts/[id]/kpis – the contract's KPIs with their growth paths and the target of every quarter.
import { routeHandler } from "@/lib/http/next";
import { contractKpisRoute } from "@/lib/kpis/api";

export const GET = routeHandler(contractKpisRoute, ({ id }: { org: string; id: string }) => ({ id }));
