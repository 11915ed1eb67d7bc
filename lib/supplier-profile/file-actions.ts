// Certificates and other evidence of a profile fact. The same content checks and the same storage
// as a report's evidence (lib/reports/evidence.ts, lib/reports/storage): one way to take a file in.
import { createHash, randomUUID } from "node:crypto";
import { and, eq } from "drizzle-orm";
import { supplierProfileFiles } from "@/db/schema";
import { recordAudit } from "@/lib/audit";
import { ValidationError } from "@/lib/errors";
import { defineAction } from "@/lib/http/action";
import { checkEvidenceFile, evidenceMaxBytes } from "@/lib/reports/evidence";
import { evidenceStorage, removeEvidenceBytes } from "@/lib/reports/storage";
import { assertSupplierSide } from "./actions";
import { republish } from "./publish";
import { getProfileFact, getProfileFile } from "./queries";
import { FACT_KIND_LABELS } from "./rules";
import { DeleteProfileFile, UploadProfileFile } from "./schemas";

export const uploadProfileFile = defineAction({
  name: "supplier_profile.upload_file",
  permission: "profile.edit",
  input: UploadProfileFile,
  async prepare(ctx, input) {
    assertSupplierSide(ctx);
    return { ...input, bytes: new Uint8Array(await input.file.arrayBuffer()) };
  },
  async handler(tx, ctx, { bytes, ...input }) {
    const fact = await getProfileFact(tx, { tenantId: ctx.org.id, id: input.factId });
    const check = checkEvidenceFile({ name: input.file.name, bytes }, evidenceMaxBytes());
    if (!check.ok) throw new ValidationError({ file: check.error }, check.error);
    const sha256 = createHash("sha256").update(bytes).digest("hex");
    const fileId = randomUUID();
    const storage = evidenceStorage();
    // Keyed "<supplier>/<fact>/<file>": the fact stands where a report's evidence has its report.
    const stored = await storage.put({ tenantId: ctx.org.id, reportId: fact.id, fileId }, bytes, check.contentType);
    try {
      await tx.insert(supplierProfileFiles).values({
        tenantId: ctx.org.id,
        id: fileId,
        factId: fact.id,
        fileName: check.fileName,
        contentType: check.contentType,
        sizeBytes: bytes.length,
        sha256,
        ...stored,
        uploadedByUserId: ctx.userId,
      });
      await recordAudit(tx, ctx, {
        tenantId: ctx.org.id,
        entity: "supplier_profile",
        entityId: fact.id,
        action: "upload_file",
        after: { name: FACT_KIND_LABELS[fact.kind], fileId, fileName: check.fileName, sha256 },
      });
      await republish(tx, { id: ctx.org.id, partnerOrgIds: ctx.org.partnerOrgIds });
    } catch (error) {
      await storage.remove(stored).catch(() => undefined);
      throw error;
    }
    return { id: fileId, sha256 };
  },
});

export const deleteProfileFile = defineAction({
  name: "supplier_profile.delete_file",
  permission: "profile.edit",
  input: DeleteProfileFile,
  async handler(tx, ctx, input) {
    assertSupplierSide(ctx);
    const file = await getProfileFile(tx, { tenantId: ctx.org.id, id: input.fileId });
    await tx.delete(supplierProfileFiles).where(and(eq(supplierProfileFiles.tenantId, ctx.org.id), eq(supplierProfileFiles.id, file.id)));
    await recordAudit(tx, ctx, {
      tenantId: ctx.org.id,
      entity: "supplier_profile",
      entityId: file.factId,
      action: "delete_file",
      before: { fileId: file.id, fileName: file.fileName, sha256: file.sha256 },
    });
    await republish(tx, { id: ctx.org.id, partnerOrgIds: ctx.org.partnerOrgIds });
    return { id: file.id, stored: { storageKey: file.storageKey, data: null } };
  },
  async afterCommit(_db, { id, stored }) {
    if (stored.storageKey)
      await removeEvidenceBytes(stored).catch((error) =>
        console.error("Bewijsstuk niet uit de opslag verwijderd:", error instanceof Error ? error.message : error),
      );
    return { id };
  },
});
