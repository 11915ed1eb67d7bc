import { viewerOf } from "@/lib/contracts/queries";
import { defineRoute } from "@/lib/api";
import { NotFoundError } from "@/lib/errors";
import { inTenant } from "@/lib/tenancy";
import { getEvidenceInScope } from "./queries";
import { readEvidenceBytes } from "./storage";

export const evidenceRoute = defineRoute<{ id: string }>({
  name: "GET /api/v1/[org]/evidence/[id]",
  permission: "contracts.read",
  handler: async (ctx, params) => {
    const file = await inTenant(ctx, (tx) => getEvidenceInScope(tx, viewerOf(ctx), params.id));
    // Fetched after the transaction: object storage may take a while, the row lock need not wait.
    const bytes = await readEvidenceBytes(file);
    if (!bytes) throw new NotFoundError("Dit bestand bestaat niet.");
    return { filename: file.fileName, contentType: file.contentType, bytes };
  },
});
