"use client";

import { ChartData } from "@/app/_components/ui/chart-data";
import { Badge } from "@/app/_components/ui/badge";
import { AGREED_SCORE_LABELS, type AgreedScore } from "@/lib/contract-dashboard/scores";
import type { KpiPanelData } from "@/lib/contract-dashboard/panel";
import { GrowthPathChart, type ChartQuarter } from "../../kpis/_components/growth-path-chart";

const SCORE_TONES: Record<AgreedScore, "green" | "amber" | "red" | "grey"> = {
  on_track: "green",
  at_risk: "amber",
  off_track: "red",
  not_scored: "grey",
};
// The columns of a panel's rows (lib/contract-dashboard/panel.ts); the amounts align right.
const COLUMNS = ["Kwartaal", "Doel", "Gerapporteerd", "Rapportage", "Reviewscore", "Malus"];
const NUMERIC_COLUMNS = [1, 2, 5];

function ScoreBadge({ score }: { score: AgreedScore }) {
  return <Badge tone={SCORE_TONES[score]}>{AGREED_SCORE_LABELS[score]}</Badge>;
}

/**
 * One KPI: its chart (with the text alternative), the review outcomes as badges, and the table
 * behind both. A client component fed with compact, already formatted data (lib/contract-dashboard/panel.ts).
 */
export function KpiPanel({ kpi, quarters, nowKey }: { kpi: KpiPanelData; quarters: ChartQuarter[]; nowKey: string }) {
  const headingId = `kpi-${kpi.id}`;
  return (
    <section className="card" aria-labelledby={headingId}>
      <div className="target-card-header">
        <h2 id={headingId}>{kpi.name}</h2>
        {kpi.retired ? <Badge>Beëindigd</Badge> : null}
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
      {kpi.reviewed.length === 0 ? (
        <p className="small muted">Nog geen definitieve review met een score voor deze KPI.</p>
      ) : (
        <ul className="chart-legend" style={{ paddingLeft: 0 }}>
          {kpi.reviewed.map(([label, score]) => (
            <li key={label}>
              <span>{label}:</span> <ScoreBadge score={score} />
            </li>
          ))}
        </ul>
      )}
      <ChartData
        summary="Tabel met doelen, waarden en scores"
        caption={`${kpi.name} per kwartaal`}
        columns={COLUMNS}
        rows={kpi.rows}
        numeric={NUMERIC_COLUMNS}
      />
      {kpi.malusTotal ? <p className="small">Malus op deze KPI: {kpi.malusTotal}</p> : null}
    </section>
  );
}
