import { Badge } from "@/app/_components/ui/badge";
import { formatEuroCents } from "@/lib/format";
import { AGREED_SCORE_LABELS, type AgreedScore, type DashboardKpi } from "@/lib/contract-dashboard/shape";
import { GrowthPathChart, type ChartQuarter } from "../../kpis/_components/growth-path-chart";

const SCORE_TONES: Record<AgreedScore, "green" | "amber" | "red" | "grey"> = {
  on_track: "green",
  at_risk: "amber",
  off_track: "red",
  not_scored: "grey",
};
const REPORT_LABELS = { submitted: "ingediend", accepted: "geaccepteerd" } as const;

export function ScoreBadge({ score }: { score: AgreedScore }) {
  return <Badge tone={SCORE_TONES[score]}>{AGREED_SCORE_LABELS[score]}</Badge>;
}

type PanelKpi = DashboardKpi & {
  chart: { targets: Array<number | null>; actuals: Array<number | null>; milestones: boolean[]; domain?: [number, number] };
};

/** One KPI: its chart (with the text alternative), the review outcomes as badges, and the table behind both. */
export function KpiPanel({ kpi, quarters, nowKey }: { kpi: PanelKpi; quarters: ChartQuarter[]; nowKey: string }) {
  const headingId = `kpi-${kpi.id}`;
  const reviewed = kpi.points.filter((p) => p.agreedScore !== null);
  return (
    <section className="card" aria-labelledby={headingId}>
      <div className="target-card-header">
        <h2 id={headingId}>{kpi.name}</h2>
        {kpi.status === "retired" ? <Badge>Beëindigd</Badge> : null}
      </div>
      <figure className="chart-figure">
        <GrowthPathChart
          description={kpi.description}
          unitLabel={kpi.unit}
          quarters={quarters}
          targets={kpi.chart.targets}
          milestones={kpi.chart.milestones}
          actuals={kpi.chart.actuals}
          domain={kpi.chart.domain}
          nowKey={nowKey}
        />
        <figcaption className="small muted">{kpi.description}</figcaption>
      </figure>
      <h3 className="small">Uitkomst van de kwartaalreviews</h3>
      {reviewed.length === 0 ? (
        <p className="small muted">Nog geen definitieve review met een score voor deze KPI.</p>
      ) : (
        <ul className="chart-legend" style={{ paddingLeft: 0 }}>
          {reviewed.map((p) => (
            <li key={p.key}>
              <span>{p.label}:</span> <ScoreBadge score={p.agreedScore!} />
            </li>
          ))}
        </ul>
      )}
      <details className="target-table">
        <summary>Tabel met doelen, waarden en scores</summary>
        <div className="table-wrap">
          <table className="data">
            <caption className="small muted" style={{ textAlign: "left" }}>
              {kpi.name} per kwartaal
            </caption>
            <thead>
              <tr>
                <th scope="col">Kwartaal</th>
                <th scope="col" className="num">Doel</th>
                <th scope="col" className="num">Gerapporteerd</th>
                <th scope="col">Rapportage</th>
                <th scope="col">Reviewscore</th>
                <th scope="col" className="num">Malus</th>
              </tr>
            </thead>
            <tbody>
              {kpi.points.map((p) => (
                <tr key={p.key}>
                  <th scope="row">{p.label}</th>
                  <td className="num">{p.target === null ? "—" : kpi.format(p.target)}</td>
                  <td className="num">{p.reported === null ? "—" : kpi.format(p.reported)}</td>
                  <td>{p.reportStatus ? REPORT_LABELS[p.reportStatus] : "—"}</td>
                  <td>{p.agreedScore ? AGREED_SCORE_LABELS[p.agreedScore] : "—"}</td>
                  <td className="num">{p.malusAppliedCents > 0 ? formatEuroCents(p.malusAppliedCents) : "—"}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </details>
      {kpi.malusTotalCents > 0 ? <p className="small">Malus op deze KPI: {formatEuroCents(kpi.malusTotalCents)}</p> : null}
    </section>
  );
}
