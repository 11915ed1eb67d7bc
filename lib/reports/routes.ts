import { viewerOf } from "@/lib/contracts/queries";
import { defineRoute } from "@/lib/api";
import type { Download } from "@/lib/auth/api-download";
import { NotFoundError } from "@/lib/errors";
import { inTenant } from "@/lib/tenancy";
import { evidenceFileName, evidenceHeaders, servedEvidenceType } from "./evidence";
import { getEvidenceInScope } from "./queries";
import { readEvidenceBytes } from "./storage";

export const evidenceRoute = defineRoute<{ id: string }>({
  name: "GET /api/v1/[org]/evidence/[id]",
  permission: "contracts.read",
  handler: async (ctx, params): Promise<Download> => {
    const file = await inTenant(ctx, (tx) => getEvidenceInScope(tx, viewerOf(ctx), params.id));
    // Fetched after the transaction: object storage may take a while, the row lock need not wait.
    const bytes = await readEvidenceBytes(file);
    if (!bytes) throw new NotFoundError("Dit bestand bestaat niet.");
    // Names stored before names followed the content ("bewijs.pdf.html") are served by the same rule.
    const served = { filename: evidenceFileName(file.fileName, file.contentType), contentType: servedEvidenceType(file.contentType) };
    return { ...served, bytes, headers: evidenceHeaders(served) };
  },
});
