import { viewerOf } from "@/lib/contracts/queries";
import { defineRoute } from "@/lib/http/route";
import { ContractDashboardOut } from "./api-schemas";
import { contractDashboardJson } from "./service";

/** The contract dashboard as JSON, for integrations and the benchmark; a contract the caller may not see is a 404. */
export const contractDashboardRoute = defineRoute({
  name: "GET /api/v1/[org]/contracts/[id]/dashboard",
  permission: "contracts.read",
  scope: "dashboard:read",
  output: ContractDashboardOut,
  handler: (tx, ctx, params: { id: string }) => contractDashboardJson(tx, { viewer: viewerOf(ctx), contractId: params.id }),
});
