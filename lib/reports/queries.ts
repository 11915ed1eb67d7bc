// Reads of quarterly reports. Every read goes through the contract the viewer may see: a buyer
// its own tenant's contracts, a supplier the contracts it is party to, across buyers. Another
// tenant's id, or a guessed id of another supplier's report, is "not found".
import { and, asc, eq, inArray, isNull, type SQL } from "drizzle-orm";
import type { Db } from "@/db/client";
import { acrossTenants } from "@/db/cross-tenant";
import { contracts, evidenceFiles, people, reports, reportSubmissions, reportValues } from "@/db/schema";
import { listContracts, type ContractViewer } from "@/lib/contracts/queries";
import { UUID_PATTERN } from "@/lib/contracts/rules";
import { NotFoundError } from "@/lib/errors";
import { listContractKpis } from "@/lib/kpis/queries";
import {
  addQuarters,
  compareQuarters,
  contractQuarterList,
  contractQuarters,
  parseQuarter,
  quarterKey,
  quarterOf,
  reportDueDate,
  type Quarter,
} from "@/lib/periods";
import { displayStatus, requiredKpis } from "./rules";
import { evidenceFileName } from "./evidence";
import { plausibilityFlags } from "./plausibility";
import { listRounds, reopenedKpis } from "./rounds";

function partyTo(viewer: ContractViewer): SQL {
  return viewer.orgKind === "buyer"
    ? eq(contracts.tenantId, viewer.orgId)
    : acrossTenants("supplier-reports", eq(contracts.supplierOrgId, viewer.orgId));
}

/** A report the viewer may see, with the contract fields the writes need. */
export async function getReportInScope(db: Db, { viewer, reportId }: { viewer: ContractViewer; reportId: string }) {
  if (!UUID_PATTERN.test(reportId)) throw new NotFoundError("Deze rapportage bestaat niet.");
  const [row] = await db
    .select({ report: reports, contractManagerId: contracts.contractManagerId, supplierOrgId: contracts.supplierOrgId })
    .from(reports)
    .innerJoin(contracts, and(eq(contracts.tenantId, reports.tenantId), eq(contracts.id, reports.contractId)))
    .where(and(eq(reports.id, reportId), partyTo(viewer)))
    .limit(1);
  if (!row) throw new NotFoundError("Deze rapportage bestaat niet.");
  return row;
}

/** The quarter of a contract from the URL, or "not found" when it is no quarter of the contract. */
export function contractQuarter(contract: { startDate: string; endDate: string }, key: string): Quarter {
  const q = parseQuarter(key);
  if (!q || !contractQuarters(contract.startDate, contract.endDate).some((c) => c.key === quarterKey(q))) {
    throw new NotFoundError("Dit kwartaal hoort niet bij het contract.");
  }
  return q;
}

export async function reportDueDays(db: Db, contract: { tenantId: string; id: string }): Promise<number> {
  const [row] = await db
    .select({ days: contracts.reportDueDays })
    .from(contracts)
    .where(and(eq(contracts.tenantId, contract.tenantId), eq(contracts.id, contract.id)));
  return row?.days ?? 30;
}

export async function findReport(db: Db, { contract, quarter }: { contract: { tenantId: string; id: string }; quarter: string }) {
  const [row] = await db
    .select()
    .from(reports)
    .where(and(eq(reports.tenantId, contract.tenantId), eq(reports.contractId, contract.id), eq(reports.quarter, quarter)))
    .limit(1);
  return row ?? null;
}

/** The evidence of a report (not withdrawn), each under the name it downloads as (names stored before followed the content). */
export async function listEvidence(db: Db, report: { tenantId: string; id: string }) {
  const rows = await db
    .select({
      id: evidenceFiles.id,
      kpiId: evidenceFiles.kpiId,
      fileName: evidenceFiles.fileName,
      contentType: evidenceFiles.contentType,
      sizeBytes: evidenceFiles.sizeBytes,
      sha256: evidenceFiles.sha256,
      createdAt: evidenceFiles.createdAt,
    })
    .from(evidenceFiles)
    .where(and(eq(evidenceFiles.tenantId, report.tenantId), eq(evidenceFiles.reportId, report.id), isNull(evidenceFiles.withdrawnAt)))
    .orderBy(asc(evidenceFiles.createdAt));
  return rows.map((row) => ({ ...row, fileName: evidenceFileName(row.fileName, row.contentType) }));
}

export type SubmissionSnapshot = {
  narrative: string | null;
  values: Array<{
    kpiId: string;
    name: string;
    value: string | null;
    score: number | null;
    explanation: string | null;
    quantity?: string | null;
    /** Absent in versions submitted before evidence was kept per version. */
    evidence?: Array<{ id: string; fileName: string }>;
    /** Taken from the supplier's profile: the fact, its version and validity at submission. */
    fromProfile?: { factId: string; version: number; validUntil: string | null };
  }>;
};

/** Per KPI the value of a quarter's submitted or accepted report, to hold the next quarter's values against. */
export async function previousValues(
  db: Db,
  { contract, quarter }: { contract: { tenantId: string; id: string }; quarter: string },
): Promise<Map<string, string>> {
  const rows = await db
    .select({ kpiId: reportValues.kpiId, value: reportValues.value })
    .from(reportValues)
    .innerJoin(reports, and(eq(reports.tenantId, reportValues.tenantId), eq(reports.id, reportValues.reportId)))
    .where(
      and(
        eq(reports.tenantId, contract.tenantId),
        eq(reports.contractId, contract.id),
        eq(reports.quarter, quarter),
        inArray(reports.status, ["submitted", "accepted"]),
      ),
    );
  return new Map(rows.filter((r) => r.value !== null).map((r) => [r.kpiId, r.value!]));
}

/** Everything the report page shows: the KPIs to cover with their target, values, evidence and earlier submissions. */
export async function getReportPage(
  db: Db,
  { viewer, contractId, quarter: quarterText }: { viewer: ContractViewer; contractId: string; quarter: string },
) {
  const { contract, kpis } = await listContractKpis(db, { viewer, contractId });
  const quarter = contractQuarter(contract, quarterText);
  const key = quarterKey(quarter);
  const dueDate = reportDueDate(quarter, await reportDueDays(db, contract));
  const report = await findReport(db, { contract, quarter: key });
  const [values, evidence, submissions] = report
    ? await Promise.all([
        db
          .select()
          .from(reportValues)
          .where(and(eq(reportValues.tenantId, report.tenantId), eq(reportValues.reportId, report.id))),
        listEvidence(db, report),
        db
          .select({
            submissionNumber: reportSubmissions.submissionNumber,
            snapshot: reportSubmissions.snapshot,
            submittedAt: reportSubmissions.submittedAt,
            submittedByName: people.name,
          })
          .from(reportSubmissions)
          .leftJoin(people, eq(people.id, reportSubmissions.submittedByUserId))
          .where(and(eq(reportSubmissions.tenantId, report.tenantId), eq(reportSubmissions.reportId, report.id)))
          .orderBy(asc(reportSubmissions.submissionNumber)),
      ])
    : [[], [], []];
  const previous = await previousValues(db, { contract, quarter: quarterKey(addQuarters(quarter, -1)) });
  const [rounds, reopened] = report ? await Promise.all([listRounds(db, report), reopenedKpis(db, report)]) : [[], null];
  const required = requiredKpis(kpis, quarter).map((k) => {
    const target = k.targets.find((t) => t.key === key)?.target ?? null;
    const entered = values.find((v) => v.kpiId === k.id) ?? null;
    return {
      ...k,
      target,
      entered,
      evidence: evidence.filter((e) => e.kpiId === k.id),
      /** False for a KPI a send-back did not reopen: the supplier sees it, but cannot change it. */
      reopened: !reopened || reopened.has(k.id),
      /** What makes the entered value implausible, for the buyer deciding on it (lib/reports/plausibility.ts). */
      flags: plausibilityFlags(entered?.value ?? null, { target, previous: previous.get(k.id) ?? null }),
    };
  });
  return {
    contract,
    quarter,
    key,
    dueDate,
    report,
    kpis: required,
    rounds,
    submissions: submissions.map((s) => ({ ...s, snapshot: s.snapshot as unknown as SubmissionSnapshot })),
  };
}

/**
 * Per contract the viewer is party to (or, with managedBy, that this contract manager manages), every
 * quarter that has started or ended, with its report status.
 */
export async function reportOverview(db: Db, { viewer, today, managedBy }: { viewer: ContractViewer; today: string; managedBy?: string }) {
  const rows = await listContracts(db, { viewer, managedBy });
  if (rows.length === 0) return [];
  // The same contracts as the list by its conditions, not by a list of thousands of ids.
  const ofContracts = and(partyTo(viewer), managedBy ? eq(contracts.contractManagerId, managedBy) : undefined);
  const [reportRows, dueDays] = await Promise.all([
    db
      .select({
        id: reports.id,
        version: reports.version,
        tenantId: reports.tenantId,
        contractId: reports.contractId,
        quarter: reports.quarter,
        status: reports.status,
        submittedAt: reports.submittedAt,
      })
      .from(reports)
      .innerJoin(contracts, and(eq(contracts.tenantId, reports.tenantId), eq(contracts.id, reports.contractId)))
      .where(ofContracts),
    db.select({ id: contracts.id, days: contracts.reportDueDays }).from(contracts).where(ofContracts),
  ]);
  // Looked up by key: with thousands of contracts, searching the lists per quarter took seconds.
  const reportOf = new Map(reportRows.map((r) => [`${r.tenantId}:${r.contractId}:${r.quarter}`, r]));
  const daysOf = new Map(dueDays.map((d) => [d.id, d.days]));
  const current = quarterOf(today);
  // Thousands of contracts share a few dozen quarters and due-day settings: each due date once.
  const dueDates = new Map<string, string>();
  const dueDateOf = (quarter: Quarter, key: string, days: number | undefined) => {
    const cacheKey = `${key}:${days ?? ""}`;
    let due = dueDates.get(cacheKey);
    if (due === undefined) dueDates.set(cacheKey, (due = reportDueDate(quarter, days)));
    return due;
  };
  return rows.map((contract) => {
    const days = daysOf.get(contract.id) ?? undefined;
    const quarters = contractQuarterList(contract.startDate, contract.endDate)
      .filter((quarter) => compareQuarters(quarter, current) <= 0)
      .map((quarter) => {
        const key = quarterKey(quarter);
        const report = reportOf.get(`${contract.tenantId}:${contract.id}:${key}`) ?? null;
        const dueDate = dueDateOf(quarter, key, days);
        return {
          key,
          quarter,
          dueDate,
          status: displayStatus(report, quarter, dueDate, today),
          submittedAt: report?.submittedAt ?? null,
          report: report ? { id: report.id, version: report.version } : null,
        };
      });
    return { contract, quarters };
  });
}

/** An evidence file the viewer may see, with the status of its report and where its bytes are. */
export async function getEvidenceInScope(db: Db, { viewer, id }: { viewer: ContractViewer; id: string }) {
  if (!UUID_PATTERN.test(id)) throw new NotFoundError("Dit bestand bestaat niet.");
  const [row] = await db
    .select({
      id: evidenceFiles.id,
      tenantId: evidenceFiles.tenantId,
      reportId: evidenceFiles.reportId,
      kpiId: evidenceFiles.kpiId,
      fileName: evidenceFiles.fileName,
      contentType: evidenceFiles.contentType,
      sha256: evidenceFiles.sha256,
      storageKey: evidenceFiles.storageKey,
      data: evidenceFiles.data,
      createdAt: evidenceFiles.createdAt,
      withdrawnAt: evidenceFiles.withdrawnAt,
      reportStatus: reports.status,
    })
    .from(evidenceFiles)
    .innerJoin(reports, and(eq(reports.tenantId, evidenceFiles.tenantId), eq(reports.id, evidenceFiles.reportId)))
    .innerJoin(contracts, and(eq(contracts.tenantId, reports.tenantId), eq(contracts.id, reports.contractId)))
    .where(and(eq(evidenceFiles.id, id), partyTo(viewer)))
    .limit(1);
  if (!row) throw new NotFoundError("Dit bestand bestaat niet.");
  return row;
}
