// Evidence files of a report: the supplier uploads them per KPI and may delete its own while the
// report is open (draft or sent back). The bytes go through the storage interface (./storage):
// the database by default, S3 when configured. Every change leaves an audit event.
import { createHash, randomUUID } from "node:crypto";
import { and, eq, gte } from "drizzle-orm";
import { evidenceFiles, reportSubmissions } from "@/db/schema";
import { recordAudit } from "@/lib/audit";
import { viewerOf } from "@/lib/contracts/queries";
import { NotFoundError, ValidationError } from "@/lib/errors";
import { checkEvidenceFile, evidenceMaxBytes } from "./evidence";
import { getEvidenceInScope } from "./queries";
import { DeleteEvidence, UploadEvidence } from "./schemas";
import { evidenceStorage, removeEvidenceBytes, type StoredColumns } from "./storage";
import { assertKpiReopened, assertOpen, assertSupplier, openReport } from "./store";
import { defineAction } from "@/lib/http/action";

export const uploadEvidence = defineAction({
  name: "reports.upload_evidence",
  permission: "reports.submit",
  input: UploadEvidence,
  // Read before the transaction opens, so no other request waits for a file being read.
  async prepare(ctx, input) {
    assertSupplier(ctx);
    return { ...input, bytes: new Uint8Array(await input.file.arrayBuffer()) };
  },
  handler: async (tx, ctx, { bytes, ...input }) => {
    const storage = evidenceStorage();
    const { report, reportKpis } = await openReport(tx, ctx, input.contractId, input.quarter);
    assertOpen(report);
    if (!reportKpis.some((k) => k.id === input.kpiId)) throw new NotFoundError("Deze KPI hoort niet bij de rapportage van dit kwartaal.");
    await assertKpiReopened(tx, report, input.kpiId);
    const check = checkEvidenceFile({ name: input.file.name, bytes }, evidenceMaxBytes());
    if (!check.ok) throw new ValidationError({ file: check.error }, check.error);
    const sha256 = createHash("sha256").update(bytes).digest("hex");
    // The id is chosen here so object storage can key the bytes by it before the row exists.
    const fileId = randomUUID();
    const stored = await storage.put({ tenantId: report.tenantId, reportId: report.id, fileId }, bytes, check.contentType);
    try {
      await tx.insert(evidenceFiles).values({
        tenantId: report.tenantId,
        id: fileId,
        reportId: report.id,
        kpiId: input.kpiId,
        fileName: check.fileName,
        contentType: check.contentType,
        sizeBytes: bytes.length,
        sha256,
        ...stored,
        uploadedByUserId: ctx.userId,
      });
      await recordAudit(tx, ctx, {
        tenantId: report.tenantId,
        entity: "report",
        entityId: report.id,
        action: "upload_evidence",
        after: { fileId, sha256, kpiId: input.kpiId },
      });
    } catch (error) {
      // No row, no object: an orphan in the bucket would never be found again.
      await storage.remove(stored).catch(() => undefined);
      throw error;
    }
    return { id: fileId, sha256, contentType: check.contentType };
  },
});

export const deleteEvidence = defineAction({
  name: "reports.delete_evidence",
  permission: "reports.submit",
  input: DeleteEvidence,
  handler: async (tx, ctx, input) => {
    assertSupplier(ctx);
    const file = await getEvidenceInScope(tx, { viewer: viewerOf(ctx), id: input.evidenceId });
    if (file.withdrawnAt) throw new NotFoundError("Dit bestand bestaat niet.");
    assertOpen({ status: file.reportStatus });
    await assertKpiReopened(tx, { tenantId: file.tenantId, id: file.reportId, status: file.reportStatus }, file.kpiId);
    const fileKey = and(eq(evidenceFiles.tenantId, file.tenantId), eq(evidenceFiles.id, file.id));
    // A file that was there when a version was submitted belongs to that version: it is withdrawn
    // from the report being written, and the version keeps listing (and downloading) it.
    const [submittedWith] = await tx
      .select({ n: reportSubmissions.submissionNumber })
      .from(reportSubmissions)
      .where(
        and(
          eq(reportSubmissions.tenantId, file.tenantId),
          eq(reportSubmissions.reportId, file.reportId),
          gte(reportSubmissions.submittedAt, file.createdAt),
        ),
      )
      .limit(1);
    if (submittedWith) await tx.update(evidenceFiles).set({ withdrawnAt: new Date() }).where(fileKey);
    else await tx.delete(evidenceFiles).where(fileKey);
    await recordAudit(tx, ctx, {
      tenantId: file.tenantId,
      entity: "report",
      entityId: file.reportId,
      action: submittedWith ? "withdraw_evidence" : "delete_evidence",
      before: { fileId: file.id, fileName: file.fileName, sha256: file.sha256, kpiId: file.kpiId },
    });
    const stored: StoredColumns | null = submittedWith ? null : { storageKey: file.storageKey, data: null };
    return { id: input.evidenceId, stored };
  },
  // Only after the commit: a rolled-back delete must still find its bytes. A failure here
  // leaves an unreachable object behind, never a row without bytes.
  async afterCommit(_db, { id, stored }) {
    if (!stored) return { id };
    await removeEvidenceBytes(stored).catch((error) =>
      console.error("Bewijsstuk niet uit de opslag verwijderd:", error instanceof Error ? error.message : error),
    );
    return { id };
  },
});
