// From the raw SQL result to what the contract dashboard shows: per KPI the target and the
// reported value of every contract quarter (the chart's two series), the agreed score of each
// final review, the malus ledger per quarter and the open action items. Pure, so the numbers are
// tested without a database. Chart numbers are for drawing; tables keep the decimal strings.
import { formatTarget, unitOf } from "@/lib/kpis/chart";
import { toPathVersion } from "@/lib/kpis/queries";
import { targetsByQuarter } from "@/lib/kpis/growth-path";
import { contractQuarters, quarterFromKey, quarterLabel } from "@/lib/periods";
import type { GrowthPathVersionRow } from "@/db/schema";
import type { RawContractDashboard, RawDashboardKpi, RawReviewScore } from "./queries";

import { AGREED_SCORE_LABELS, type AgreedScore } from "./scores";
import { formatMeasure } from "@/lib/format";

type DashboardQuarter = { key: string; label: string };

export type KpiQuarterPoint = {
  key: string;
  label: string;
  target: string | null;
  isMilestone: boolean;
  reported: string | null;
  reportStatus: "submitted" | "accepted" | null;
  agreedScore: AgreedScore | null;
  malusAppliedCents: number;
};

export type DashboardKpi = {
  id: string;
  name: string;
  kind: RawDashboardKpi["kind"];
  status: RawDashboardKpi["status"];
  unit: string;
  points: KpiQuarterPoint[];
  malusTotalCents: number;
  description: string;
  /** For the table: a target or a value with its unit ("45 %", "score 3"). */
  format: (value: string) => string;
};

function pathVersions(kpi: RawDashboardKpi) {
  return kpi.versions.map((v) =>
    toPathVersion(
      {
        versionNumber: v.version,
        effectiveFrom: v.effectiveFrom,
        interpolation: v.interpolation,
        milestones: v.milestones,
        reason: v.reason,
      } as GrowthPathVersionRow,
      kpi,
    ),
  );
}

/** The text alternative of one KPI's chart: the latest reported value against its target, and the review outcomes. */
function describeKpi(kpi: Pick<DashboardKpi, "name" | "points" | "format">): string {
  const reported = kpi.points.filter((p) => p.reported !== null);
  const scored = kpi.points.filter((p) => p.agreedScore !== null);
  if (reported.length === 0) return `${kpi.name}: nog geen gerapporteerde waarden.`;
  const last = reported[reported.length - 1];
  let text = `${kpi.name}: ${reported.length} gerapporteerde ${reported.length === 1 ? "waarde" : "waarden"}; de laatste, ${last.label}, is ${kpi.format(last.reported!)}`;
  text += last.target !== null ? ` tegen een doel van ${kpi.format(last.target)}.` : " (geen doel in dat kwartaal).";
  if (scored.length > 0) {
    text += ` Reviews: ${scored.map((p) => `${p.label} ${AGREED_SCORE_LABELS[p.agreedScore!].toLowerCase()}`).join(", ")}.`;
  }
  return text;
}

export type ContractDashboardShape = ReturnType<typeof shapeContractDashboard>;

export function shapeContractDashboard(contract: { startDate: string; endDate: string }, raw: RawContractDashboard, today: string) {
  const contractQs = contractQuarters(contract.startDate, contract.endDate);
  const quarters: DashboardQuarter[] = contractQs.map((q) => ({ key: q.key, label: quarterLabel(q.quarter) }));
  const values = new Map(raw.values.map((v) => [`${v.kpiId}|${v.quarter}`, v]));
  const scores = new Map<string, RawReviewScore>();
  for (const review of raw.reviews) for (const s of review.scores) scores.set(`${s.kpiId}|${review.quarter}`, s);

  const kpis: DashboardKpi[] = raw.kpis.map((kpi) => {
    const shapeKpi = { kind: kpi.kind, indicator: kpi.unitLabel === null ? null : { unitLabel: kpi.unitLabel } };
    const unit = unitOf(shapeKpi);
    const format = (value: string) => (kpi.kind === "qualitative" ? formatTarget(value, shapeKpi) : formatMeasure(value, unit));
    const targets = targetsByQuarter(
      pathVersions(kpi),
      contractQs.map((q) => q.quarter),
    );
    const points = quarters.map((q, i): KpiQuarterPoint => {
      const value = values.get(`${kpi.id}|${q.key}`);
      const score = scores.get(`${kpi.id}|${q.key}`);
      const reported = value ? (kpi.kind === "qualitative" ? (value.score === null ? null : String(value.score)) : value.value) : null;
      // Outside the quarters the KPI runs (before activeFrom, from retiredFrom) there is nothing to reach.
      const active = (!kpi.activeFrom || q.key >= kpi.activeFrom) && (!kpi.retiredFrom || q.key < kpi.retiredFrom);
      return {
        key: q.key,
        label: q.label,
        target: active ? (targets[i].target ?? null) : null,
        isMilestone: active && targets[i].isMilestone,
        reported,
        reportStatus: value?.reportStatus ?? null,
        agreedScore: score?.agreedScore ?? null,
        malusAppliedCents: score?.malusAppliedCents ?? 0,
      };
    });
    const shaped = { id: kpi.id, name: kpi.name, kind: kpi.kind, status: kpi.status, unit, points, format };
    return { ...shaped, malusTotalCents: points.reduce((sum, p) => sum + p.malusAppliedCents, 0), description: describeKpi(shaped) };
  });

  // The ledger per quarter of the final reviews: the review's applied total (after waivers and
  // caps) is what is charged; the sum of the KPI lines is shown next to it, so a cap is visible.
  const malus = raw.reviews.map((review) => ({
    key: review.quarter,
    label: quarterLabel(quarterFromKey(review.quarter)),
    appliedCents: review.malusAppliedCents ?? 0,
    overallScore: review.overallScore,
    kpiLinesCents: review.scores.reduce((sum, s) => sum + (s.malusAppliedCents ?? 0), 0),
    onTrack: review.scores.filter((s) => s.agreedScore === "on_track").length,
    scored: review.scores.filter((s) => s.agreedScore === "on_track" || s.agreedScore === "at_risk" || s.agreedScore === "off_track")
      .length,
  }));
  const actions = raw.actions.map((a) => ({
    ...a,
    overdue: a.dueDate < today,
    reviewLabel: quarterLabel(quarterFromKey(a.reviewQuarter)),
  }));
  return {
    quarters,
    kpis,
    malus,
    malusTotalCents: malus.reduce((sum, m) => sum + m.appliedCents, 0),
    actions,
    overdueActions: actions.filter((a) => a.overdue).length,
  };
}

/** The JSON of the API: the shape without functions, values as decimal strings. */
export function dashboardJson(
  contract: { id: string; title: string; buyerName: string; supplierName: string | null },
  shape: ContractDashboardShape,
) {
  return {
    contract: { id: contract.id, title: contract.title, buyerName: contract.buyerName, supplierName: contract.supplierName },
    quarters: shape.quarters,
    kpis: shape.kpis.map(({ format: _format, ...kpi }) => kpi),
    malus: { totalCents: shape.malusTotalCents, quarters: shape.malus },
    actions: shape.actions,
  };
}
