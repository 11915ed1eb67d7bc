"use client";

import { useState } from "react";
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
const COLUMNS = ["Doel", "Gerapporteerd", "Rapportage", "Reviewscore", "Malus"];
const NUMERIC = [true, true, false, false, true];

function ScoreBadge({ score }: { score: AgreedScore }) {
  return <Badge tone={SCORE_TONES[score]}>{AGREED_SCORE_LABELS[score]}</Badge>;
}

/**
 * One KPI: its chart (with the text alternative), the review outcomes as badges, and the table
 * behind both. A client component fed with compact, already formatted data (lib/contract-dashboard/panel.ts).
 */
export function KpiPanel({ kpi, quarters, nowKey }: { kpi: KpiPanelData; quarters: ChartQuarter[]; nowKey: string }) {
  const headingId = `kpi-${kpi.id}`;
  // The table is drawn when its disclosure opens: the data is already here, and fifteen closed
  // tables of sixteen rows were a third of the page's HTML and of the server's rendering time.
  const [tableOpen, setTableOpen] = useState(false);
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
      <details className="target-table" onToggle={(event) => setTableOpen(event.currentTarget.open)}>
        <summary>Tabel met doelen, waarden en scores</summary>
        {tableOpen ? <KpiTable kpi={kpi} /> : null}
      </details>
      {kpi.malusTotal ? <p className="small">Malus op deze KPI: {kpi.malusTotal}</p> : null}
    </section>
  );
}

function KpiTable({ kpi }: { kpi: KpiPanelData }) {
  return (
    <div className="table-wrap">
      <table className="data">
        <caption className="small muted" style={{ textAlign: "left" }}>
          {kpi.name} per kwartaal
        </caption>
        <thead>
          <tr>
            <th scope="col">Kwartaal</th>
            {COLUMNS.map((column, i) => (
              <th key={column} scope="col" className={NUMERIC[i] ? "num" : undefined}>
                {column}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {kpi.rows.map(([label, ...cells]) => (
            <tr key={label}>
              <th scope="row">{label}</th>
              {cells.map((cell, i) => (
                <td key={COLUMNS[i]} className={NUMERIC[i] ? "num" : undefined}>
                  {cell}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
