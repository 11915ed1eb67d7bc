"use client";

import { CartesianGrid, Line, LineChart, ReferenceLine, Tooltip, XAxis, YAxis } from "recharts";
import { formatPercent } from "@/lib/format";

export type PeopleTrendPoint = {
  label: string;
  afwachtende_realisten: number;
  intuitieve_volgers: number;
  actieve_ambassadeurs: number;
};

// Each group differs in line style and marker as well as colour; the table beside the chart
// carries the same numbers.
const GROUP_LINES = [
  { key: "afwachtende_realisten", colour: "#8a5a00", dash: "2 4" },
  { key: "intuitieve_volgers", colour: "#1f5a99", dash: "8 4" },
  { key: "actieve_ambassadeurs", colour: "#1d6b47", dash: undefined },
] as const;
const AXIS_TICK = { fill: "#4a5650", fontSize: 13 };

/** The share of each group over the saved estimates, with the tipping point as a reference line. */
export function PeopleTrendChart(props: {
  points: PeopleTrendPoint[];
  names: Record<string, string>;
  threshold: number;
  description: string;
}) {
  return (
    <figure className="chart-figure">
      <div role="img" aria-label={props.description} className="trend-chart">
        <LineChart
          responsive
          data={props.points}
          style={{ width: "100%", height: 300 }}
          margin={{ top: 16, right: 32, bottom: 4, left: 8 }}
          accessibilityLayer={false}
        >
          <CartesianGrid stroke="#e3e8e5" vertical={false} />
          <XAxis dataKey="label" tick={AXIS_TICK} tickLine={false} interval={0} padding={{ left: 48, right: 48 }} />
          <YAxis domain={[0, 100]} ticks={[0, 25, 50, 75, 100]} unit=" %" width={56} tick={AXIS_TICK} tickLine={false} axisLine={false} />
          <Tooltip separator=": " formatter={(value, name) => [formatPercent(Number(value)), String(name)]} />
          <ReferenceLine
            y={props.threshold}
            stroke="#a4262c"
            strokeWidth={2}
            strokeDasharray="6 3"
            label={{
              value: `Kantelpunt ± ${props.threshold} %`,
              position: "insideTopRight",
              fill: "#a4262c",
              fontSize: 13,
            }}
          />
          {GROUP_LINES.map((g) => (
            <Line
              key={g.key}
              type="linear"
              dataKey={g.key}
              name={props.names[g.key]}
              stroke={g.colour}
              strokeWidth={g.key === "actieve_ambassadeurs" ? 3 : 2}
              strokeDasharray={g.dash}
              dot={{ r: 4, fill: g.colour }}
              isAnimationActive={false}
            />
          ))}
        </LineChart>
      </div>
      <ul className="chart-legend" aria-hidden="true">
        {GROUP_LINES.map((g) => (
          <li key={g.key}>
            <svg width="34" height="14">
              <line x1="0" y1="7" x2="34" y2="7" stroke={g.colour} strokeWidth="2.5" strokeDasharray={g.dash} />
            </svg>
            {props.names[g.key]}
          </li>
        ))}
        <li>
          <svg width="34" height="14">
            <line x1="0" y1="7" x2="34" y2="7" stroke="#a4262c" strokeWidth="2" strokeDasharray="6 3" />
          </svg>
          Kantelpunt ± {props.threshold} % actieve ambassadeurs
        </li>
      </ul>
    </figure>
  );
}
