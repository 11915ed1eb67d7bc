import { pageRequestOf } from "@/lib/http/paging";
import { definePagedRoute, defineRoute } from "@/lib/http/route";
import { ContractOut } from "./api-schemas";
import { getContract, pageContracts, viewerOf } from "./queries";

export const listContractsRoute = definePagedRoute({
  name: "GET /api/v1/[org]/contracts",
  permission: "contracts.read",
  scope: "contracts:read",
  item: ContractOut,
  handler: (tx, ctx, params: { search: URLSearchParams }) =>
    pageContracts(tx, { viewer: viewerOf(ctx), page: pageRequestOf(params.search) }),
});

export const getContractRoute = defineRoute({
  name: "GET /api/v1/[org]/contracts/[id]",
  permission: "contracts.read",
  scope: "contracts:read",
  output: ContractOut,
  handler: (tx, ctx, params: { id: string }) => getContract(tx, { viewer: viewerOf(ctx), id: params.id }),
});
