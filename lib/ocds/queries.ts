// Reads of the OCDS export: a page of a buyer's contract ids, and everything the releases of a
// set of contracts of one tenant are built from, in seven queries however many contracts there are.
import { and, asc, eq, gt, inArray, sql } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import type { Db } from "@/db/client";
import {
  contracts,
  growthPathVersions,
  indicators,
  kpis,
  organisations,
  reportValues,
  reports,
  reviewDecisions,
  reviews,
} from "@/db/schema";
import type { ContractRows } from "./rows";

const buyer = alias(organisations, "buyer");
const supplier = alias(organisations, "supplier");
const addedBy = alias(reviews, "added_by");
const retiredBy = alias(reviews, "retired_by");

/** The next `limit` contract ids of a buyer after `after`, in id order: keyset pages that stay consistent while streaming. */
export async function contractIdPage(db: Db, params: { tenantId: string; after: string | null; limit: number }): Promise<string[]> {
  const rows = await db
    .select({ id: contracts.id })
    .from(contracts)
    .where(and(eq(contracts.tenantId, params.tenantId), params.after ? gt(contracts.id, params.after) : undefined))
    .orderBy(asc(contracts.id))
    .limit(params.limit);
  return rows.map((r) => r.id);
}

function organisation(org: { id: string | null; name: string | null; kvk: string | null; oin: string | null } | null) {
  return org?.id ? { id: org.id, name: org.name ?? "", kvk: org.kvk, oin: org.oin } : null;
}

/**
 * The rows of the releases of these contracts of one tenant, in the order of `ids`. The caller has
 * checked that the viewer may see them (a single contract through getContract, a page through the
 * buyer's own tenant); row-level security checks it again.
 */
export async function contractRows(db: Db, { tenantId, ids }: { tenantId: string; ids: string[] }): Promise<ContractRows[]> {
  if (ids.length === 0) return [];
  const ofContracts = (column: typeof kpis.contractId | typeof reports.contractId | typeof reviews.contractId) => inArray(column, ids);
  const [contractList, kpiList, versionList, reportList, valueList, reviewList, additions] = await Promise.all([
    db
      .select({
        contract: {
          id: contracts.id,
          title: contracts.title,
          reference: contracts.reference,
          purchasingPackage: contracts.purchasingPackage,
          status: contracts.status,
          startDate: contracts.startDate,
          endDate: contracts.endDate,
          valueCents: contracts.valueCents,
          reportDueDays: contracts.reportDueDays,
        },
        buyer: { id: buyer.id, name: buyer.name, kvk: buyer.kvk, oin: buyer.oin },
        supplier: { id: supplier.id, name: supplier.name, kvk: supplier.kvk, oin: supplier.oin },
      })
      .from(contracts)
      .innerJoin(buyer, eq(buyer.id, contracts.tenantId))
      .leftJoin(supplier, eq(supplier.id, contracts.supplierOrgId))
      .where(and(eq(contracts.tenantId, tenantId), inArray(contracts.id, ids))),
    db
      .select({
        contractId: kpis.contractId,
        id: kpis.id,
        name: kpis.name,
        description: kpis.description,
        indicatorName: indicators.name,
        unitCode: indicators.unitCode,
        unitLabel: indicators.unitLabel,
        kind: kpis.kind,
        status: kpis.status,
        activeFrom: kpis.activeFrom,
        retiredFrom: kpis.retiredFrom,
        retiredReason: kpis.retiredReason,
        baselineValue: kpis.baselineValue,
        baselineQuarter: kpis.baselineQuarter,
        decidedAt: kpis.decidedAt,
        updatedAt: kpis.updatedAt,
        addedByReviewId: kpis.addedByReviewId,
        addedByReviewAt: addedBy.finalizedAt,
        retiredByReviewAt: retiredBy.finalizedAt,
      })
      .from(kpis)
      .leftJoin(indicators, eq(indicators.id, kpis.indicatorId))
      .leftJoin(addedBy, and(eq(addedBy.tenantId, kpis.tenantId), eq(addedBy.id, kpis.addedByReviewId)))
      .leftJoin(retiredBy, and(eq(retiredBy.tenantId, kpis.tenantId), eq(retiredBy.id, kpis.retiredByReviewId)))
      .where(and(eq(kpis.tenantId, tenantId), ofContracts(kpis.contractId)))
      .orderBy(asc(kpis.createdAt), asc(kpis.name)),
    db
      .select({ version: growthPathVersions })
      .from(growthPathVersions)
      .innerJoin(kpis, and(eq(kpis.tenantId, growthPathVersions.tenantId), eq(kpis.id, growthPathVersions.kpiId)))
      .where(and(eq(growthPathVersions.tenantId, tenantId), ofContracts(kpis.contractId)))
      .orderBy(asc(growthPathVersions.versionNumber)),
    db
      .select({
        id: reports.id,
        contractId: reports.contractId,
        quarter: reports.quarter,
        status: reports.status,
        dueDate: reports.dueDate,
        decidedAt: reports.decidedAt,
        updatedAt: reports.updatedAt,
      })
      .from(reports)
      .where(and(eq(reports.tenantId, tenantId), ofContracts(reports.contractId)))
      .orderBy(asc(reports.quarter)),
    // Only what was accepted leaves as a result: a draft or a report sent back is not a fact yet.
    db
      .select({ reportId: reportValues.reportId, kpiId: reportValues.kpiId, value: reportValues.value, score: reportValues.score })
      .from(reportValues)
      .innerJoin(reports, and(eq(reports.tenantId, reportValues.tenantId), eq(reports.id, reportValues.reportId)))
      .where(and(eq(reportValues.tenantId, tenantId), ofContracts(reports.contractId), eq(reports.status, "accepted"))),
    db
      .select({
        contractId: reviews.contractId,
        quarter: reviews.quarter,
        status: reviews.status,
        meetingAt: reviews.meetingAt,
        finalizedAt: reviews.finalizedAt,
        overallScore: reviews.overallScore,
      })
      .from(reviews)
      .where(and(eq(reviews.tenantId, tenantId), ofContracts(reviews.contractId)))
      .orderBy(asc(reviews.quarter)),
    // Why a review added a KPI: the decision's reason (the KPI is made at sign-off and named in the payload).
    db
      .select({
        reviewId: reviewDecisions.reviewId,
        kpiId: reviewDecisions.kpiId,
        name: sql<string | null>`${reviewDecisions.payload}->>'name'`,
        reason: reviewDecisions.reason,
      })
      .from(reviewDecisions)
      .innerJoin(reviews, and(eq(reviews.tenantId, reviewDecisions.tenantId), eq(reviews.id, reviewDecisions.reviewId)))
      .where(and(eq(reviewDecisions.tenantId, tenantId), ofContracts(reviews.contractId), eq(reviewDecisions.kind, "add_kpi"))),
  ]);

  const group = <T, K>(list: T[], key: (row: T) => K) => {
    const map = new Map<K, T[]>();
    for (const row of list) {
      const rows = map.get(key(row));
      if (rows) rows.push(row);
      else map.set(key(row), [row]);
    }
    return map;
  };
  const versionsOf = group(
    versionList.map((r) => r.version),
    (v) => v.kpiId,
  );
  const valuesOf = group(valueList, (v) => v.reportId);
  const kpisOf = group(kpiList, (k) => k.contractId);
  const reportsOf = group(reportList, (r) => r.contractId);
  const reviewsOf = group(reviewList, (r) => r.contractId);
  const byId = new Map(contractList.map((c) => [c.contract.id, c]));

  return ids.flatMap((id) => {
    const row = byId.get(id);
    if (!row) return [];
    return [
      {
        contract: row.contract,
        buyer: organisation(row.buyer)!,
        supplier: organisation(row.supplier),
        kpis: (kpisOf.get(id) ?? []).map((k) => ({
          ...k,
          unit: k.unitCode && k.unitLabel !== null ? { unitCode: k.unitCode, unitLabel: k.unitLabel } : null,
          addedAt: k.addedByReviewAt ?? k.decidedAt,
          addedReason: additions.find((d) => d.reviewId === k.addedByReviewId && (d.kpiId === k.id || d.name === k.name))?.reason ?? null,
          retiredAt: k.retiredFrom ? (k.retiredByReviewAt ?? k.updatedAt) : null,
          versions: versionsOf.get(k.id) ?? [],
        })),
        reports: (reportsOf.get(id) ?? []).map((r) => ({ ...r, values: r.status === "accepted" ? (valuesOf.get(r.id) ?? []) : [] })),
        reviews: reviewsOf.get(id) ?? [],
      },
    ];
  });
}
