// Preparing a review: for every KPI active in the quarter, the reported value (from the submitted
// or accepted report), the growth-path target, the computed status, the trend and the raw malus.
// The page computes it live; planning and refreshing copy it into review_scores, so the signed
// record keeps what was looked at even when a report changes later.
import { and, eq, inArray } from "drizzle-orm";
import type { Db } from "@/db/client";
import { reports, reportValues, reviewScores, type Review } from "@/db/schema";
import type { ContractViewer } from "@/lib/contracts/queries";
import { normalizeDecimal } from "@/lib/decimal";
import type { MalusRule } from "@/lib/malus/rule";
import { quarterValuesCents } from "@/lib/malus/rule";
import { listContractKpis } from "@/lib/kpis/queries";
import { activeQuarters } from "@/lib/kpis/rules";
import { contractQuarters, quarterFromKey, quarterKey } from "@/lib/periods";
import { contractQuarter } from "@/lib/reports/queries";
import { requiredKpis } from "@/lib/reports/rules";
import { prepareKpiRow, type PreparedRow, type Reported } from "./rules";

/** Submitted or accepted values of every quarter of the contract: quarter → KPI id → value. */
async function reportedValues(db: Db, contract: { tenantId: string; id: string }) {
  const rows = await db
    .select({
      quarter: reports.quarter,
      kpiId: reportValues.kpiId,
      value: reportValues.value,
      score: reportValues.score,
      quantity: reportValues.quantity,
    })
    .from(reportValues)
    .innerJoin(reports, and(eq(reports.tenantId, reportValues.tenantId), eq(reports.id, reportValues.reportId)))
    .where(
      and(eq(reports.tenantId, contract.tenantId), eq(reports.contractId, contract.id), inArray(reports.status, ["submitted", "accepted"])),
    );
  const byKpi = new Map<string, Record<string, Reported>>();
  // numeric(18, 4) reads back as "35.0000": canonical decimals compare and display as typed.
  for (const r of rows) {
    const canonical = (v: string | null) => (v === null ? null : normalizeDecimal(v));
    byKpi.set(r.kpiId, {
      ...byKpi.get(r.kpiId),
      [r.quarter]: { value: canonical(r.value), score: r.score, quantity: canonical(r.quantity) },
    });
  }
  return byKpi;
}

/** The contract, its KPIs, the quarter and the prepared row of each KPI active in it. */
export async function loadPrepared(
  db: Db,
  { viewer, contractId, quarter: quarterText }: { viewer: ContractViewer; contractId: string; quarter: string },
) {
  const { contract, kpis } = await listContractKpis(db, { viewer, contractId });
  const quarter = contractQuarter(contract, quarterText);
  const key = quarterKey(quarter);
  const quarters = contractQuarters(contract.startDate, contract.endDate);
  const quarterList = quarters.map((q) => q.quarter);
  const values = quarterValuesCents(contract.valueCents, quarters);
  const quarterValue = values[quarters.findIndex((q) => q.key === key)];
  const reported = await reportedValues(db, contract);
  const active = requiredKpis(kpis, quarter);
  const rows: PreparedRow[] = active.map((k) =>
    prepareKpiRow({
      kpi: {
        id: k.id,
        kind: k.kind,
        direction: k.indicator?.direction ?? "higher_better",
        obligation: k.obligation,
        baselineValue: k.baselineValue,
        malusRule: (k.malusRule as MalusRule | null) ?? null,
      },
      quarter,
      quarters: quarters.map((q) => q.key),
      targets: Object.fromEntries(k.targets.map((t) => [t.key, t.target ?? null])),
      reported: reported.get(k.id) ?? {},
      quarterValueCents: quarterValue,
      activeQuarters: k.activeFrom
        ? activeQuarters(
            { activeFrom: quarterFromKey(k.activeFrom), retiredFrom: k.retiredFrom ? quarterFromKey(k.retiredFrom) : null },
            quarterList,
          ).map(quarterKey)
        : undefined,
    }),
  );
  return { contract, kpis, quarter, key, active, rows };
}

/**
 * Writes the prepared rows into the review's scores: new KPIs get a row, existing rows get the
 * latest copy while agreed scores, comments and waivers stay, and KPIs no longer in the quarter
 * lose their row. Returns how many rows were added, updated and removed.
 */
export async function syncScores(tx: Db, review: Review, rows: PreparedRow[]) {
  const existing = await tx
    .select()
    .from(reviewScores)
    .where(and(eq(reviewScores.tenantId, review.tenantId), eq(reviewScores.reviewId, review.id)));
  const counts = { added: 0, updated: 0, removed: 0 };
  for (const row of rows) {
    const copy = {
      reportedValue: row.reportedValue,
      reportedQuantity: row.reportedQuantity,
      reportedScore: row.reportedScore,
      target: row.target,
      computedStatus: row.computedStatus,
      malusRawCents: row.malus.rawCents,
    };
    const stored = existing.find((s) => s.kpiId === row.kpiId);
    if (stored) {
      // A changed malus needs a fresh four-eyes approval: the approval was for the amount as it was.
      const reapprove = stored.malusRawCents !== copy.malusRawCents ? { waiverApprovedByUserId: null, waiverApprovedAt: null } : {};
      await tx
        .update(reviewScores)
        .set({ ...copy, ...reapprove })
        .where(and(eq(reviewScores.tenantId, stored.tenantId), eq(reviewScores.id, stored.id)));
      counts.updated++;
    } else {
      await tx.insert(reviewScores).values({ tenantId: review.tenantId, reviewId: review.id, kpiId: row.kpiId, ...copy });
      counts.added++;
    }
  }
  const gone = existing.filter((s) => !rows.some((r) => r.kpiId === s.kpiId));
  if (gone.length) {
    await tx.delete(reviewScores).where(
      and(
        eq(reviewScores.tenantId, review.tenantId),
        inArray(
          reviewScores.id,
          gone.map((s) => s.id),
        ),
      ),
    );
    counts.removed = gone.length;
  }
  return counts;
}
