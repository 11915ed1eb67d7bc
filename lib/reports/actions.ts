// Writes of quarterly reports: the supplier saves a draft, uploads evidence and submits; the
// buyer's contract manager accepts or sends back. Each: permission, input, transaction, audit.
import { and, eq, max } from "drizzle-orm";
import { reports, reportSubmissions, reportValues } from "@/db/schema";
import { recordAudit } from "@/lib/audit";
import { sendAfterCommit } from "@/lib/email/send";
import { assertDecidesReports } from "./policy";
import { viewerOf } from "@/lib/contracts/queries";
import { ConflictError, ValidationError } from "@/lib/errors";
import { amsterdamToday } from "@/lib/time";
import { getReportInScope, listEvidence, type SubmissionSnapshot } from "./queries";
import { decisionEmails, submittedEmails } from "./notify";
import { submissionErrors } from "./rules";
import { DecideReport, ReportForm, enteredValuesOf, perKpi } from "./schemas";
import { answerRound, startRound } from "./rounds";
import { assertOpen, assertSupplier, enteredForReport, openReport, writeValues } from "./store";
import { defineAction } from "@/lib/http/action";
import { raiseWebhookEvent } from "@/lib/webhooks/events";
import type { Db } from "@/db/client";
import { linkProfileValues, profileLinksOf, takeFromProfile } from "@/lib/supplier-profile/report-source";
import { reopenedKpis } from "./rounds";
import type { ReportKpi, ReportStatus } from "./rules";

// Evidence and file uploads live in their own modules; re-exported so callers keep one import.
export { deleteEvidence, uploadEvidence } from "./evidence-actions";

const today = () => amsterdamToday();

/** The KPIs the supplier ticked "Neem over uit bedrijfsprofiel" for, and what it typed. */
function profileChoices(input: Record<string, unknown>) {
  const chosen = Object.entries(perKpi(input, "fromProfile"))
    .filter(([, v]) => v === "on" || v === "true")
    .map(([kpiId]) => kpiId);
  return { chosen, entered: enteredValuesOf(input) };
}

/** The KPIs a save may change: all, or after a send-back only the reopened ones. */
async function writableKpis(tx: Db, report: { tenantId: string; id: string; status: ReportStatus }, reportKpis: ReportKpi[]) {
  const reopened = await reopenedKpis(tx, report);
  return reportKpis.map((k) => k.id).filter((id) => !reopened || reopened.has(id));
}

export const saveReportDraft = defineAction({
  name: "reports.save_draft",
  permission: "reports.submit",
  input: ReportForm,
  handler: async (tx, ctx, input) => {
    assertSupplier(ctx);
    const { report, quarter, kpis, reportKpis } = await openReport(tx, ctx, input.contractId, input.quarter);
    assertOpen(report);
    const profile = await takeFromProfile(tx, { supplierOrgId: ctx.org.id, kpis, quarter, ...profileChoices(input) });
    const entered = await enteredForReport(tx, report, reportKpis, profile.entered);
    const { updated } = await writeValues(tx, report, input, reportKpis, entered);
    await linkProfileValues(tx, report, { writable: await writableKpis(tx, report, reportKpis), links: profile.links });
    await recordAudit(tx, ctx, { tenantId: report.tenantId, entityId: report.id, entity: "report", action: "save_draft" });
    return { id: updated.id, version: updated.version };
  },
});

export const submitReport = defineAction({
  name: "reports.submit",
  permission: "reports.submit",
  input: ReportForm,
  handler: async (tx, ctx, input) => {
    assertSupplier(ctx);
    const { report, quarter, kpis, reportKpis } = await openReport(tx, ctx, input.contractId, input.quarter);
    // The profile's value as it is at this submission: copied, so a later change of the profile leaves the report alone.
    const profile = await takeFromProfile(tx, { supplierOrgId: ctx.org.id, kpis, quarter, ...profileChoices(input) });
    const entered = await enteredForReport(tx, report, reportKpis, profile.entered);
    const files = await listEvidence(tx, report);
    const evidence: Record<string, number> = {};
    for (const file of files) if (file.kpiId) evidence[file.kpiId] = (evidence[file.kpiId] ?? 0) + 1;
    const errors = submissionErrors({ quarter, today: today(), status: report.status, kpis: reportKpis, entered, evidence });
    if (Object.keys(errors).length > 0) throw new ValidationError(errors, errors._form ?? "Controleer de gemarkeerde velden.");
    const { updated, values } = await writeValues(tx, report, input, reportKpis, entered);
    await linkProfileValues(tx, report, { writable: await writableKpis(tx, report, reportKpis), links: profile.links });
    const sources = await profileLinksOf(tx, report);
    const [last] = await tx
      .select({ n: max(reportSubmissions.submissionNumber) })
      .from(reportSubmissions)
      .where(and(eq(reportSubmissions.tenantId, report.tenantId), eq(reportSubmissions.reportId, report.id)));
    const submissionNumber = (last?.n ?? 0) + 1;
    const snapshot: SubmissionSnapshot = {
      narrative: updated.narrative,
      values: values.map((v) => ({
        ...v,
        name: kpis.find((k) => k.id === v.kpiId)?.name ?? "",
        // The files of this version: withdrawn later, they stay listed with it.
        evidence: files.filter((f) => f.kpiId === v.kpiId).map((f) => ({ id: f.id, fileName: f.fileName })),
        ...(sources.has(v.kpiId) ? { fromProfile: sources.get(v.kpiId) } : {}),
      })),
    };
    // One moment for the submission and the report, so the report's first submission (kept
    // by the database for reporting discipline) is the submission's own time.
    const now = new Date();
    await tx.insert(reportSubmissions).values({
      tenantId: report.tenantId,
      reportId: report.id,
      submissionNumber,
      snapshot: snapshot as unknown as Record<string, unknown>,
      submittedByUserId: ctx.userId,
      submittedAt: now,
    });
    const answeredRound = await answerRound(tx, ctx, report, { narrative: updated.narrative, values, at: now });
    const [submitted] = await tx
      .update(reports)
      .set({ status: "submitted", submittedAt: now, submittedByUserId: ctx.userId, version: updated.version + 1, updatedAt: now })
      .where(and(eq(reports.tenantId, report.tenantId), eq(reports.id, report.id)))
      .returning();
    await recordAudit(tx, ctx, {
      tenantId: report.tenantId,
      entity: "report",
      entityId: report.id,
      action: "submit",
      after: { submissionNumber, ...(answeredRound ? { answersRound: answeredRound } : {}) },
    });
    await raiseWebhookEvent(tx, {
      type: "report.submitted",
      contract: { tenantId: report.tenantId, id: report.contractId },
      data: { reportId: report.id, quarter: report.quarter, status: submitted.status, submissionNumber },
    });
    const emails = await submittedEmails(
      tx,
      { tenantId: report.tenantId, contractId: report.contractId, quarter: report.quarter },
      submissionNumber,
    );
    return { result: { id: submitted.id, version: submitted.version, submissionNumber }, emails };
  },
  afterCommit: sendAfterCommit,
});

export const decideReport = defineAction({
  name: "reports.decide",
  permission: "reports.decide",
  input: DecideReport,
  handler: async (tx, ctx, input) => {
    const { report, contractManagerId } = await getReportInScope(tx, { viewer: viewerOf(ctx), reportId: input.reportId });
    assertDecidesReports(ctx, { contractManagerId });
    if (report.version !== input.version) throw new ConflictError();
    if (report.status !== "submitted") {
      throw new ValidationError(
        { _form: "Alleen een ingediende rapportage kan worden geaccepteerd of teruggestuurd." },
        "Alleen een ingediende rapportage kan worden geaccepteerd of teruggestuurd.",
      );
    }
    const comments = perKpi(input, "comment");
    const values = await tx
      .select()
      .from(reportValues)
      .where(and(eq(reportValues.tenantId, report.tenantId), eq(reportValues.reportId, report.id)));
    for (const kpiId of Object.keys(comments)) {
      if (!values.some((v) => v.kpiId === kpiId))
        throw new ValidationError({ [`comments.${kpiId}`]: "Deze KPI hoort niet bij de rapportage." });
    }
    const given = Object.entries(comments).filter(([, c]) => c.trim() !== "");
    if (input.decision === "send_back" && given.length === 0 && !input.decisionComment) {
      throw new ValidationError({
        decisionComment: "Schrijf bij minstens één KPI of in de algemene toelichting wat de leverancier moet aanpassen.",
      });
    }
    for (const v of values) {
      const comment = input.decision === "send_back" ? comments[v.kpiId]?.trim() || null : null;
      await tx
        .update(reportValues)
        .set({ buyerComment: comment })
        .where(and(eq(reportValues.tenantId, v.tenantId), eq(reportValues.id, v.id)));
    }
    const now = new Date();
    const round =
      input.decision === "send_back"
        ? await startRound(tx, ctx, report, {
            question: input.decisionComment ?? null,
            questions: given.map(([kpiId, c]) => [kpiId, c.trim()]),
            at: now,
          })
        : null;
    const [decided] = await tx
      .update(reports)
      .set({
        status: input.decision === "accept" ? "accepted" : "clarification_requested",
        decidedAt: now,
        decidedByUserId: ctx.userId,
        decisionComment: input.decisionComment,
        version: report.version + 1,
        updatedAt: now,
      })
      .where(and(eq(reports.tenantId, report.tenantId), eq(reports.id, report.id), eq(reports.version, report.version)))
      .returning();
    if (!decided) throw new ConflictError();
    await recordAudit(tx, ctx, {
      tenantId: report.tenantId,
      entity: "report",
      entityId: report.id,
      action: input.decision === "accept" ? "accept" : "send_back",
      after: {
        decisionComment: input.decisionComment,
        comments: Object.fromEntries(given),
        ...(round ? { round: round.roundNumber } : {}),
      },
    });
    await raiseWebhookEvent(tx, {
      type: input.decision === "accept" ? "report.accepted" : "report.sent_back",
      contract: { tenantId: report.tenantId, id: report.contractId },
      data: { reportId: report.id, quarter: report.quarter, status: decided.status },
    });
    const emails = await decisionEmails(
      tx,
      { tenantId: report.tenantId, contractId: report.contractId, quarter: report.quarter },
      {
        kind: input.decision === "accept" ? "accept" : "send_back",
        decisionComment: input.decisionComment ?? null,
        comments: input.decision === "accept" ? [] : given,
      },
    );
    return { result: { id: decided.id, version: decided.version, status: decided.status }, emails };
  },
  afterCommit: sendAfterCommit,
});
