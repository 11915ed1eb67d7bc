import { defineRoute } from "@/lib/api";
import { inTenant } from "@/lib/tenancy";
import { getContract, listContracts, viewerOf } from "./queries";

export const listContractsRoute = defineRoute<Record<string, never>>({
  name: "GET /api/v1/[org]/contracts",
  permission: "contracts.read",
  handler: (ctx) => inTenant(ctx, (tx) => listContracts(tx, viewerOf(ctx))),
});

export const getContractRoute = defineRoute<{ id: string }>({
  name: "GET /api/v1/[org]/contracts/[id]",
  permission: "contracts.read",
  handler: (ctx, params) => inTenant(ctx, (tx) => getContract(tx, viewerOf(ctx), params.id)),
});
