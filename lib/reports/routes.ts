import { viewerOf } from "@/lib/contracts/queries";
import { defineRoute } from "@/lib/api";
import { inTenant } from "@/lib/tenancy";
import { getEvidenceDownload } from "./queries";

export const evidenceRoute = defineRoute<{ id: string }>({
  name: "GET /api/v1/[org]/evidence/[id]",
  permission: "contracts.read",
  handler: (ctx, params) => inTenant(ctx, (tx) => getEvidenceDownload(tx, viewerOf(ctx), params.id)),
});
