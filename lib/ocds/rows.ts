// What a contract's OCDS release is built from, as plain rows (read by queries.ts), and the few
// rules the parts of the release share: which KPIs were agreed, and periods as Amsterdam dates.
import type { GrowthPathVersionRow } from "@/db/schema";
import { isActiveInQuarter, type KpiKind } from "@/lib/kpis/rules";
import { quarterFromKey, quarterLabel, type Quarter } from "@/lib/periods";
import type { ReportStatus } from "@/lib/reports/rules";
import { amsterdamDayBounds } from "@/lib/time";
import type { KpiUnit, OcdsQuantity } from "./units";

export type OcdsOrganisation = { id: string; name: string; kvk: string | null; oin: string | null };

type KpiRow = {
  id: string;
  name: string;
  description: string | null;
  indicatorName: string | null;
  unit: KpiUnit;
  kind: KpiKind;
  status: "proposed" | "active" | "rejected" | "retired";
  activeFrom: string | null;
  retiredFrom: string | null;
  retiredReason: string | null;
  baselineValue: string | null;
  baselineQuarter: string | null;
  /** When the KPI was agreed: the final review that added it, or the buyer's decision on the proposal. */
  addedAt: Date | null;
  /** Why a review added it, when one did. */
  addedReason: string | null;
  /** When it was retired: the final review that retired it, or its last change. */
  retiredAt: Date | null;
  versions: GrowthPathVersionRow[];
};

export type ReportRow = {
  quarter: string;
  status: ReportStatus;
  dueDate: string;
  decidedAt: Date | null;
  updatedAt: Date;
  /** Only an accepted report's values; empty for any other. */
  values: Array<{ kpiId: string; value: string | null; score: number | null }>;
};

export type ReviewRow = {
  quarter: string;
  status: "draft" | "final";
  meetingAt: Date | null;
  finalizedAt: Date | null;
  overallScore: number | null;
};

/** Everything one release is built from. */
export type ContractRows = {
  contract: {
    id: string;
    title: string;
    reference: string | null;
    purchasingPackage: string;
    status: "draft" | "active" | "completed" | "terminated";
    startDate: string;
    endDate: string;
    valueCents: number;
    reportDueDays: number;
  };
  buyer: OcdsOrganisation;
  supplier: OcdsOrganisation | null;
  kpis: KpiRow[];
  reports: ReportRow[];
  reviews: ReviewRow[];
};

/** A KPI both parties agreed at some point, so it has a first quarter. */
export type AgreedKpi = KpiRow & { activeFrom: string };

type Period = { startDate: string; endDate: string };
export type MilestoneRef = { id: string; title: string };
export type Observation = {
  id: string;
  period: Period;
  dimensions?: Record<string, string>;
  relatedImplementationMilestone?: MilestoneRef;
} & OcdsQuantity;

/** A proposal or a rejected KPI was never part of the contract. */
export function agreed(kpi: KpiRow): kpi is AgreedKpi {
  return (kpi.status === "active" || kpi.status === "retired") && kpi.activeFrom !== null;
}

export function activeIn(kpi: AgreedKpi, q: Quarter): boolean {
  return isActiveInQuarter(
    { activeFrom: quarterFromKey(kpi.activeFrom), retiredFrom: kpi.retiredFrom ? quarterFromKey(kpi.retiredFrom) : null },
    q,
  );
}

// The same few quarters come back for every KPI of every contract, and each bound asks the time
// zone database several times: remembered, the export of thousands of contracts spends its time
// writing rather than converting dates. Bounded, since contracts may start and end on any day.
const periods = new Map<string, Period>();
const MAX_REMEMBERED_PERIODS = 10_000;

/** From the first second of the first day to the last second of the last, in Amsterdam. */
export function periodOf(startDate: string, endDate: string): Period {
  const key = `${startDate}/${endDate}`;
  const known = periods.get(key);
  if (known) return { ...known };
  const period = { startDate: amsterdamDayBounds(startDate).start, endDate: amsterdamDayBounds(endDate).end };
  if (periods.size >= MAX_REMEMBERED_PERIODS) periods.clear();
  periods.set(key, period);
  return { ...period };
}

/** A text or nothing: OCDS refuses an empty string where it asks for one. */
export const text = (value: string | null | undefined) => (value?.trim() ? value.trim() : undefined);

/** The milestone of a quarter's report, to which the values reported in it point. */
export function reportMilestoneRef(quarter: string): MilestoneRef {
  return { id: `report-${quarter}`, title: `Kwartaalrapportage ${quarterLabel(quarterFromKey(quarter))}` };
}
