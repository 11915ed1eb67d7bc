import { viewerOf } from "@/lib/contracts/queries";
import { defineDownload } from "@/lib/http/route";
import { NotFoundError } from "@/lib/errors";
import { evidenceFileName, evidenceHeaders, servedEvidenceType } from "./evidence";
import { getEvidenceInScope } from "./queries";
import { readEvidenceBytes } from "./storage";

export const evidenceRoute = defineDownload({
  name: "GET /api/v1/[org]/evidence/[id]",
  permission: "contracts.read",
  scope: "reports:read",
  handler: (tx, ctx, params: { id: string }) => getEvidenceInScope(tx, { viewer: viewerOf(ctx), id: params.id }),
  // Fetched after the commit: object storage may take a while, the transaction need not wait.
  async afterCommit(_db, file) {
    const bytes = await readEvidenceBytes(file);
    if (!bytes) throw new NotFoundError("Dit bestand bestaat niet.");
    // Names stored before names followed the content ("bewijs.pdf.html") are served by the same rule.
    const served = { filename: evidenceFileName(file.fileName, file.contentType), contentType: servedEvidenceType(file.contentType) };
    return { ...served, bytes, headers: evidenceHeaders(served) };
  },
});
