import { defineRoute } from "@/lib/api";
import { withTenant } from "@/lib/tenancy";
import { getContract, listContracts } from "./queries";

function viewerOf(ctx: { org: { id: string; kind: "buyer" | "supplier" } }) {
  return { orgId: ctx.org.id, orgKind: ctx.org.kind };
}

function scope(ctx: { userId: string; org: { id: string; kind: "buyer" | "supplier" } }) {
  return { userId: ctx.userId, orgId: ctx.org.id, orgKind: ctx.org.kind };
}

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
