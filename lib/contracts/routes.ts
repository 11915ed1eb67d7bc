import { defineRoute } from "@/lib/api";
import { withTenant } from "@/lib/tenancy";
import { tenantScope as scope } from "./actions";
import { getContract, listContracts, viewerOf } from "./queries";

export const listContractsRoute = defineRoute<Record<string, never>>({
  name: "GET /api/v1/[org]/contracts",
  permission: "contracts.read",
  handler: (ctx) => withTenant(ctx.db, scope(ctx), (tx) => listContracts(tx, viewerOf(ctx))),
});

export const getContractRoute = defineRoute<{ id: string }>({
  name: "GET /api/v1/[org]/contracts/[id]",
  permission: "contracts.read",
  handler: (ctx, params) => withTenant(ctx.db, scope(ctx), (tx) => getContract(tx, viewerOf(ctx), params.id)),
});
