// The contract dashboard's KPIs as the page sends them to the browser: per KPI the chart series as
// plain numbers and the table already formatted as text. The panel is a client component, so these
// props are all the page payload carries for it; a server-rendered table of fifteen KPIs × sixteen
// quarters made the payload (and the server's work) three times larger (docs/performance.md).
import { formatEuroCents } from "@/lib/format";
import { AGREED_SCORE_LABELS, type AgreedScore } from "./scores";
import type { DashboardKpi } from "./shape";

const number = (value: string | null) => (value === null ? null : Number(value));
const REPORT_LABELS = { submitted: "ingediend", accepted: "geaccepteerd" } as const;
const NONE = "—";

export type KpiPanelData = {
  id: string;
  name: string;
  retired: boolean;
  description: string;
  unit: string;
  chart: { targets: Array<number | null>; actuals: Array<number | null>; milestones: boolean[]; domain?: [number, number] };
  /** The final reviews that scored this KPI: quarter label and agreed score. */
  reviewed: Array<[label: string, score: AgreedScore]>;
  /** Per quarter: label, target, reported value, report status, review score, malus, as shown. */
  rows: string[][];
  malusTotal: string | null;
};

export function kpiPanel(kpi: DashboardKpi): KpiPanelData {
  return {
    id: kpi.id,
    name: kpi.name,
    retired: kpi.status === "retired",
    description: kpi.description,
    unit: kpi.unit,
    chart: {
      targets: kpi.points.map((p) => number(p.target)),
      actuals: kpi.points.map((p) => number(p.reported)),
      milestones: kpi.points.map((p) => p.isMilestone),
      domain: kpi.kind === "qualitative" ? [1, 4] : undefined,
    },
    reviewed: kpi.points.filter((p) => p.agreedScore !== null).map((p) => [p.label, p.agreedScore!]),
    rows: kpi.points.map((p) => [
      p.label,
      p.target === null ? NONE : kpi.format(p.target),
      p.reported === null ? NONE : kpi.format(p.reported),
      p.reportStatus ? REPORT_LABELS[p.reportStatus] : NONE,
      p.agreedScore ? AGREED_SCORE_LABELS[p.agreedScore] : NONE,
      p.malusAppliedCents > 0 ? formatEuroCents(p.malusAppliedCents) : NONE,
    ]),
    malusTotal: kpi.malusTotalCents > 0 ? formatEuroCents(kpi.malusTotalCents) : null,
  };
}
