// The Metrics extension's two lists of a contract: agreedMetrics, every agreed KPI with its
// growth-path target for each quarter it counts in, and implementation.metrics, the values of
// accepted reports. A KPI keeps its id in both, so targets and results line up.
import { targetsByQuarter } from "@/lib/kpis/growth-path";
import { toPathVersion } from "@/lib/kpis/queries";
import { contractQuarters, quarterEndDate, quarterFromKey, quarterStartDate, type ContractQuarter } from "@/lib/periods";
import { activeIn, periodOf, reportMilestoneRef, text, type AgreedKpi, type Observation, type ReportRow } from "./rows";
import { ocdsQuantity } from "./units";

type Metric = { id: string; title: string; description?: string; observations?: Observation[] };

/** A qualitative KPI is scored 1–4 whatever indicator it names. */
const unitOf = (kpi: AgreedKpi) => (kpi.kind === "qualitative" ? null : kpi.unit);

export function agreedMetrics(kpis: AgreedKpi[], quarters: ContractQuarter[]): Metric[] {
  return kpis.map((kpi) => {
    const targets = targetsByQuarter(
      kpi.versions.map((v) => toPathVersion(v, kpi)),
      quarters.map((q) => q.quarter),
    );
    const observations = targets.flatMap((t, i): Observation[] =>
      t.target === undefined || !activeIn(kpi, t.quarter)
        ? []
        : [
            {
              id: `${kpi.id}-${t.key}`,
              period: periodOf(quarters[i].startDate, quarters[i].endDate),
              ...ocdsQuantity(unitOf(kpi), t.target),
              dimensions: { growthPathVersion: String(t.version) },
            },
          ],
    );
    const description = text(kpi.description) ?? text(kpi.indicatorName);
    // A KPI without targets yet is still named, without the empty list the schema refuses.
    return { id: kpi.id, title: kpi.name, ...(description ? { description } : {}), ...(observations.length ? { observations } : {}) };
  });
}

/** The accepted values per KPI, each linked to the report milestone of its quarter. */
export function implementationMetrics(kpis: AgreedKpi[], reports: ReportRow[], span: { startDate: string; endDate: string }): Metric[] {
  const quarters = new Map(contractQuarters(span.startDate, span.endDate).map((q) => [q.key, q]));
  const accepted = reports.filter((r) => r.status === "accepted");
  return kpis.flatMap((kpi) => {
    const observations = accepted.flatMap((report): Observation[] => {
      const entry = report.values.find((v) => v.kpiId === kpi.id);
      const amount = kpi.kind === "qualitative" ? entry?.score : entry?.value;
      if (amount === null || amount === undefined) return [];
      const q = quarterFromKey(report.quarter);
      const covered = quarters.get(report.quarter);
      return [
        {
          id: `${kpi.id}-${report.quarter}`,
          period: periodOf(covered?.startDate ?? quarterStartDate(q), covered?.endDate ?? quarterEndDate(q)),
          ...ocdsQuantity(unitOf(kpi), amount),
          relatedImplementationMilestone: reportMilestoneRef(report.quarter),
        },
      ];
    });
    return observations.length ? [{ id: kpi.id, title: kpi.name, observations }] : [];
  });
}
