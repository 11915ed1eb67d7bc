import { defineDownload } from "@/lib/http/route";
import { NotFoundError } from "@/lib/errors";
import { evidenceFileName, evidenceHeaders, servedEvidenceType } from "@/lib/reports/evidence";
import { readEvidenceBytes } from "@/lib/reports/storage";
import { assertSupplierSide } from "./actions";
import { getProfileFile } from "./queries";

// The supplier's own certificate or other evidence, served like a report's evidence file. For the
// browser only: no token scope covers the profile (yet), so a token is refused.
export const profileFileRoute = defineDownload({
  name: "GET /api/v1/[org]/profile-files/[id]",
  permission: "profile.read",
  scope: null,
  handler: (tx, ctx, params: { id: string }) => {
    assertSupplierSide(ctx);
    return getProfileFile(tx, { tenantId: ctx.org.id, id: params.id });
  },
  async afterCommit(_db, file) {
    const bytes = await readEvidenceBytes(file);
    if (!bytes) throw new NotFoundError("Dit bestand bestaat niet.");
    const served = { filename: evidenceFileName(file.fileName, file.contentType), contentType: servedEvidenceType(file.contentType) };
    return { ...served, bytes, headers: evidenceHeaders(served) };
  },
});
