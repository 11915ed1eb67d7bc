// GET /api/v1/[org]/contracts/[id]/ocds (one contract's OCDS release package) and
// GET /api/v1/[org]/ocds (every contract of the buyer, streamed).
import { getContract, viewerOf } from "@/lib/contracts/queries";
import { ForbiddenError } from "@/lib/errors";
import { defineDownload } from "@/lib/http/route";
import { contractPackage, organisationPackage } from "./package";
import { contractRows } from "./queries";

export const contractOcdsRoute = defineDownload({
  name: "GET /api/v1/[org]/contracts/[id]/ocds",
  permission: "contracts.read",
  scope: "contracts:read",
  async handler(tx, ctx, params: { id: string }) {
    // Through the contract the viewer may see: another tenant's id is "not found", a supplier gets its own contracts.
    const contract = await getContract(tx, { viewer: viewerOf(ctx), id: params.id });
    const [rows] = await contractRows(tx, { tenantId: contract.tenantId, ids: [contract.id] });
    return contractPackage(ctx, rows);
  },
});

export const organisationOcdsRoute = defineDownload({
  name: "GET /api/v1/[org]/ocds",
  permission: "contracts.read",
  scope: "contracts:read",
  // The buyer publishes its contracting; a supplier's contracts belong to the buyers it serves.
  async handler(_tx, ctx) {
    if (ctx.org.kind !== "buyer") throw new ForbiddenError("Alleen een opdrachtgever exporteert al zijn contracten als OCDS.");
    return null;
  },
  afterCommit: async (db, _nothing, ctx) => organisationPackage(db, ctx),
});
