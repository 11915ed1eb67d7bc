import { and, asc, desc, eq, inArray } from "drizzle-orm";
import type { Db } from "@/db/client";
import { contracts, kpis, reportValues, reports, valueVerifications, verificationSamples, verifierAssignments } from "@/db/schema";
import type { VerificationStatus } from "./rules";

/** Reported values count once the supplier submitted them; a draft is not evidence yet. */
const REPORTED = ["submitted", "accepted", "clarification_requested"] as const;

export type ReportedValue = {
  id: string;
  kpiId: string;
  contractId: string;
  contractTitle: string;
  kpiName: string;
  quarter: string;
  value: string | null;
  score: number | null;
  status: VerificationStatus;
};

/**
 * The reported values of a quarter (or of every quarter), each with its latest verification as its
 * status. A verifier's transaction sees only their assigned contracts: row-level security leaves
 * the others out, so the same query serves both.
 */
export async function reportedValues(
  db: Db,
  { tenantId, quarter, contractId, id }: { tenantId: string; quarter?: string; contractId?: string; id?: string },
) {
  const conditions = [eq(reportValues.tenantId, tenantId), inArray(reports.status, [...REPORTED])];
  if (id) conditions.push(eq(reportValues.id, id));
  if (quarter) conditions.push(eq(reports.quarter, quarter));
  if (contractId) conditions.push(eq(reports.contractId, contractId));
  const rows = await db
    .select({
      id: reportValues.id,
      kpiId: reportValues.kpiId,
      contractId: reports.contractId,
      contractTitle: contracts.title,
      kpiName: kpis.name,
      quarter: reports.quarter,
      value: reportValues.value,
      score: reportValues.score,
    })
    .from(reportValues)
    .innerJoin(reports, and(eq(reports.tenantId, reportValues.tenantId), eq(reports.id, reportValues.reportId)))
    .innerJoin(kpis, and(eq(kpis.tenantId, reportValues.tenantId), eq(kpis.id, reportValues.kpiId)))
    .innerJoin(contracts, and(eq(contracts.tenantId, reports.tenantId), eq(contracts.id, reports.contractId)))
    .where(and(...conditions))
    .orderBy(asc(contracts.title), asc(reports.quarter), asc(kpis.name));
  const latest = await latestStatuses(
    db,
    tenantId,
    rows.map((r) => r.id),
  );
  return rows.map((r): ReportedValue => ({ ...r, status: latest.get(r.id) ?? "niet_geverifieerd" }));
}

async function latestStatuses(db: Db, tenantId: string, ids: string[]): Promise<Map<string, VerificationStatus>> {
  const found = new Map<string, VerificationStatus>();
  if (ids.length === 0) return found;
  const rows = await db
    .select({ id: valueVerifications.reportValueId, status: valueVerifications.status })
    .from(valueVerifications)
    .where(and(eq(valueVerifications.tenantId, tenantId), inArray(valueVerifications.reportValueId, ids)))
    .orderBy(desc(valueVerifications.createdAt), desc(valueVerifications.id));
  for (const row of rows) if (!found.has(row.id)) found.set(row.id, row.status as VerificationStatus);
  return found;
}

/** Every verification of one value, newest first: who, when, which status, with which note. */
export async function verificationHistory(db: Db, { tenantId, reportValueId }: { tenantId: string; reportValueId: string }) {
  return db
    .select({
      id: valueVerifications.id,
      status: valueVerifications.status,
      note: valueVerifications.note,
      at: valueVerifications.createdAt,
      byUserId: valueVerifications.verifiedByUserId,
    })
    .from(valueVerifications)
    .where(and(eq(valueVerifications.tenantId, tenantId), eq(valueVerifications.reportValueId, reportValueId)))
    .orderBy(desc(valueVerifications.createdAt), desc(valueVerifications.id));
}

/** The contracts assigned to a verifier (readable by the verifier themselves and by the buyer). */
export async function assignedContracts(db: Db, { tenantId, verifierUserId }: { tenantId: string; verifierUserId?: string }) {
  const conditions = [eq(verifierAssignments.tenantId, tenantId)];
  if (verifierUserId) conditions.push(eq(verifierAssignments.verifierUserId, verifierUserId));
  return db
    .select({ contractId: contracts.id, title: contracts.title, verifierUserId: verifierAssignments.verifierUserId })
    .from(verifierAssignments)
    .innerJoin(contracts, and(eq(contracts.tenantId, verifierAssignments.tenantId), eq(contracts.id, verifierAssignments.contractId)))
    .where(and(...conditions))
    .orderBy(asc(contracts.title));
}

/** The latest sample of a quarter, if one was drawn. */
export async function latestSample(db: Db, { tenantId, quarter }: { tenantId: string; quarter: string }) {
  const [row] = await db
    .select({
      id: verificationSamples.id,
      seed: verificationSamples.seed,
      size: verificationSamples.size,
      populationSize: verificationSamples.populationSize,
      drawnValueIds: verificationSamples.drawnValueIds,
      at: verificationSamples.createdAt,
    })
    .from(verificationSamples)
    .where(and(eq(verificationSamples.tenantId, tenantId), eq(verificationSamples.quarter, quarter)))
    .orderBy(desc(verificationSamples.createdAt))
    .limit(1);
  return row ?? null;
}
