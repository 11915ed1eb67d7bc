import { defineRoute } from "@/lib/http/route";
import { ContractListOut, ContractOut } from "./api-schemas";
import { getContract, listContracts, viewerOf } from "./queries";

export const listContractsRoute = defineRoute({
  name: "GET /api/v1/[org]/contracts",
  permission: "contracts.read",
  scope: "contracts:read",
  output: ContractListOut,
  handler: (tx, ctx) => listContracts(tx, { viewer: viewerOf(ctx) }),
});

export const getContractRoute = defineRoute({
  name: "GET /api/v1/[org]/contracts/[id]",
  permission: "contracts.read",
  scope: "contracts:read",
  output: ContractOut,
  handler: (tx, ctx, params: { id: string }) => getContract(tx, { viewer: viewerOf(ctx), id: params.id }),
});
