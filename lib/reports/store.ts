// Shared steps of the report writes: who may fill in a report, opening (or creating) the report
// of a contract and quarter, the lock, and writing values. Used by actions.ts,
// evidence-actions.ts and values-actions.ts; every caller runs inside the tenant transaction.
import { and, eq, sql } from "drizzle-orm";
import type { Db } from "@/db/client";
import { reports, reportValues } from "@/db/schema";
import { recordAudit } from "@/lib/audit";
import { viewerOf } from "@/lib/contracts/queries";
import { ConflictError, ForbiddenError, ValidationError } from "@/lib/errors";
import { listContractKpis } from "@/lib/kpis/queries";
import { addQuarters, quarterKey, reportDueDate } from "@/lib/periods";
import { contractQuarter, findReport, previousValues, reportDueDays } from "./queries";
import {
  isLocked,
  parseEnteredValues,
  requiredKpis,
  type EnteredValue,
  type ParsedValue,
  type ReportKpi,
  type ReportStatus,
} from "./rules";
import type { Actor } from "@/lib/auth/actor";
import { keepClosedKpis } from "./reopen";
import { reopenedKpis, storedValues } from "./rounds";

export function assertSupplier(ctx: Actor) {
  if (ctx.org.kind !== "supplier") throw new ForbiddenError("Alleen de leverancier vult de rapportage in.");
}

const LOCKED_MESSAGE = "Deze rapportage is ingediend en kan niet meer worden gewijzigd.";

/** Submitted and accepted reports refuse every change by the supplier. */
export function assertOpen(report: { status: ReportStatus }) {
  if (isLocked(report.status)) throw new ValidationError({ _form: LOCKED_MESSAGE }, LOCKED_MESSAGE);
}

/** The report of a contract and quarter, created on first use, with the KPIs it must cover. */
export async function openReport(tx: Db, ctx: Actor, contractId: string, quarterText: string) {
  const { contract, kpis } = await listContractKpis(tx, { viewer: viewerOf(ctx), contractId });
  const quarter = contractQuarter(contract, quarterText);
  const key = quarterKey(quarter);
  const required = requiredKpis(kpis, quarter);
  let report = await findReport(tx, { contract, quarter: key });
  if (!report) {
    [report] = await tx
      .insert(reports)
      .values({
        tenantId: contract.tenantId,
        contractId: contract.id,
        quarter: key,
        dueDate: reportDueDate(quarter, await reportDueDays(tx, contract)),
      })
      .returning();
    await recordAudit(tx, ctx, {
      tenantId: contract.tenantId,
      entity: "report",
      entityId: report.id,
      action: "create",
      after: { quarter: key },
    });
  }
  const previous = await previousValues(tx, { contract, quarter: quarterKey(addQuarters(quarter, -1)) });
  const reportKpis: ReportKpi[] = required.map((k) => ({
    id: k.id,
    kind: k.kind,
    evidenceMandatory: k.evidenceMandatory,
    range: k.indicator,
    activityUnitLabel: k.indicator?.activityUnitLabel ?? null,
    references: { target: k.targets.find((t) => t.key === key)?.target ?? null, previous: previous.get(k.id) ?? null },
  }));
  return { contract, quarter, report, kpis: required, allKpis: kpis, reportKpis };
}

const unchanged = sql`${reportValues.value} is not distinct from excluded.value`;
const keptProfileLink = {
  profileFactId: sql`case when ${unchanged} then ${reportValues.profileFactId} end`,
  profileFactVersion: sql`case when ${unchanged} then ${reportValues.profileFactVersion} end`,
  profileValidUntil: sql`case when ${unchanged} then ${reportValues.profileValidUntil} end`,
};

type OpenReport = { tenantId: string; id: string; version: number; narrative: string | null };

/**
 * Upserts parsed values and bumps the report's version (optimistic lock). The narrative is
 * replaced when given, kept when undefined.
 */
export async function storeValues(tx: Db, report: OpenReport, values: ParsedValue[], narrative: string | null | undefined) {
  for (const v of values) {
    await tx
      .insert(reportValues)
      .values({
        tenantId: report.tenantId,
        reportId: report.id,
        kpiId: v.kpiId,
        value: v.value,
        score: v.score,
        explanation: v.explanation,
        quantity: v.quantity ?? null,
      })
      .onConflictDoUpdate({
        target: [reportValues.tenantId, reportValues.reportId, reportValues.kpiId],
        set: {
          value: v.value,
          score: v.score,
          explanation: v.explanation,
          ...(v.quantity === undefined ? {} : { quantity: v.quantity }),
          // A value that changes is no longer the profile's (lib/supplier-profile/report-source.ts).
          ...keptProfileLink,
        },
      });
  }
  const [updated] = await tx
    .update(reports)
    .set({ narrative: narrative === undefined ? report.narrative : narrative, version: report.version + 1, updatedAt: new Date() })
    .where(and(eq(reports.tenantId, report.tenantId), eq(reports.id, report.id), eq(reports.version, report.version)))
    .returning();
  if (!updated) throw new ConflictError();
  return updated;
}

/** Writes the typed values and narrative of an open report; the caller has checked the lock. */
export async function writeValues(
  tx: Db,
  report: OpenReport,
  input: { version?: string; narrative?: string | null },
  reportKpis: ReportKpi[],
  entered: Record<string, EnteredValue>,
) {
  // An empty version is the form of a report that did not exist yet: version 1 on creation.
  if (Number(input.version || "1") !== report.version) throw new ConflictError();
  const { values, errors } = parseEnteredValues(reportKpis, entered);
  if (Object.keys(errors).length > 0) throw new ValidationError(errors);
  const updated = await storeValues(tx, report, values, input.narrative || null);
  return { updated, values };
}

/**
 * What the supplier typed, with the KPIs a send-back did not reopen kept at their submitted
 * values; changing one of them is refused at its field.
 */
export async function enteredForReport(
  tx: Db,
  report: { tenantId: string; id: string; status: ReportStatus },
  reportKpis: ReportKpi[],
  entered: Record<string, EnteredValue>,
) {
  const reopened = await reopenedKpis(tx, report);
  if (!reopened) return entered;
  const kept = keepClosedKpis(
    entered,
    await storedValues(tx, report),
    reopened,
    reportKpis.map((k) => k.id),
  );
  if (Object.keys(kept.errors).length > 0)
    throw new ValidationError(kept.errors, "Alleen de teruggestuurde KPI's kunnen worden gewijzigd.");
  return kept.entered;
}

/** Evidence can be added or removed only at a KPI the send-back reopened (or any, when all are open). */
export async function assertKpiReopened(tx: Db, report: { tenantId: string; id: string; status: ReportStatus }, kpiId: string | null) {
  const reopened = await reopenedKpis(tx, report);
  if (reopened && (!kpiId || !reopened.has(kpiId))) {
    const message = "Deze KPI is niet teruggestuurd: het bewijs blijft zoals het is ingediend.";
    throw new ValidationError({ file: message }, message);
  }
}

/**
 * The values of a file for a sent-back report: those of KPIs the send-back did not reopen are
 * left out when they are the submitted ones, and refuse the file when they differ.
 */
export async function reopenedValuesOnly(tx: Db, report: { tenantId: string; id: string; status: ReportStatus }, values: ParsedValue[]) {
  const reopened = await reopenedKpis(tx, report);
  if (!reopened) return values;
  const stored = await storedValues(tx, report);
  const same = (a: string | null | undefined, b: string | null) => (a == null ? b == null : b != null && Number(a) === Number(b));
  const changed = values.filter((v) => {
    if (reopened.has(v.kpiId)) return false;
    const s = stored.find((x) => x.kpiId === v.kpiId);
    return !(same(v.value, s?.value ?? null) && v.score === (s?.score ?? null) && (v.explanation ?? "") === (s?.explanation ?? ""));
  });
  if (changed.length > 0) {
    const message = "Het bestand wijzigt KPI's die niet zijn teruggestuurd; alleen de teruggestuurde KPI's kunnen worden gewijzigd.";
    throw new ValidationError({ file: message }, message);
  }
  return values.filter((v) => reopened.has(v.kpiId));
}
