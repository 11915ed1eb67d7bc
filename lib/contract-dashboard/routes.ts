import { defineRoute } from "@/lib/api";
import { contractDashboardJson } from "./service";

/** The contract dashboard as JSON, for integrations and the benchmark; a contract the caller may not see is a 404. */
export const contractDashboardRoute = defineRoute<{ id: string }>({
  name: "GET /api/v1/[org]/contracts/[id]/dashboard",
  permission: "contracts.read",
  handler: (ctx, params) => contractDashboardJson(ctx, params.id),
});
