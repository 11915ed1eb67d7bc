import { sql } from "drizzle-orm";
import { queryRows, type Db } from "@/db/client";
import { defineDownload } from "@/lib/http/route";
import { ForbiddenError, NotFoundError } from "@/lib/errors";
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

type SharedFile = { file_name: string; content_type: string; storage_key: string | null; data: Uint8Array | string | null };

/**
 * An evidence file of a fact the supplier shares with this buyer. The file is the supplier's row,
 * read through shared_profile_file(), which answers only while the profile is shared with the
 * asking buyer and the fact is among what it sees; anything else looks like a missing file.
 */
async function sharedProfileFile(tx: Db, id: string) {
  const [row] = await queryRows<SharedFile>(tx, sql`select * from shared_profile_file(${id}::uuid)`);
  if (!row) throw new NotFoundError("Dit bestand bestaat niet, of het bedrijfsprofiel wordt niet (meer) met jullie gedeeld.");
  // postgres.js gives a bytea as a Buffer, PGlite as a Uint8Array; either way the bytes.
  const data =
    row.data === null ? null : typeof row.data === "string" ? Buffer.from(row.data.replace(/^\\x/, ""), "hex") : Buffer.from(row.data);
  return { fileName: row.file_name, contentType: row.content_type, storageKey: row.storage_key, data };
}

// The buyer's side: the certificate behind a fact on the supplier's contract page.
export const sharedProfileFileRoute = defineDownload({
  name: "GET /api/v1/[org]/shared-profile-files/[id]",
  permission: "contracts.read",
  scope: null,
  handler: (tx, ctx, params: { id: string }) => {
    if (ctx.org.kind !== "buyer") throw new ForbiddenError("Alleen een opdrachtgever opent een gedeeld bedrijfsprofiel.");
    return sharedProfileFile(tx, params.id);
  },
  async afterCommit(_db, file) {
    const bytes = await readEvidenceBytes(file);
    if (!bytes) throw new NotFoundError("Dit bestand bestaat niet.");
    const served = { filename: evidenceFileName(file.fileName, file.contentType), contentType: servedEvidenceType(file.contentType) };
    return { ...served, bytes, headers: evidenceHeaders(served) };
  },
});
