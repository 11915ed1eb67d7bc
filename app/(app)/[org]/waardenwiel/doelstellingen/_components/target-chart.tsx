"use client";

import { CartesianGrid, Line, LineChart, Tooltip, XAxis, YAxis } from "recharts";
import { formatCompactNumber, formatMeasure } from "@/lib/format";
import type { SeriesPoint } from "@/lib/targets/rules";

export type ActualPoint = { year: number; value: number };

type ChartRow = { year: number; target: number | null; kind: SeriesPoint["kind"] | "outside"; actual: number | null };

const TARGET_COLOUR = "#1d6b47";
const ACTUAL_COLOUR = "#1f5a99";

/** Target line and, once later modules provide them, actuals side by side per year. */
function chartRows(series: SeriesPoint[], actuals: ActualPoint[]): ChartRow[] {
  const rows = new Map<number, ChartRow>(
    series.map((p) => [p.year, { year: p.year, target: p.target ?? null, kind: p.kind, actual: null }]),
  );
  for (const a of actuals) {
    const row = rows.get(a.year) ?? { year: a.year, target: null, kind: "outside" as const, actual: null };
    rows.set(a.year, { ...row, actual: a.value });
  }
  return [...rows.values()].sort((x, y) => x.year - y.year);
}

type DotProps = { cx?: number; cy?: number; payload?: ChartRow; index?: number };

/** The base year as a square and the milestones as circles: shape, not only colour, tells them apart. */
function TargetDot({ cx, cy, payload, index }: DotProps) {
  const key = `dot-${index}`;
  if (cx === undefined || cy === undefined || !payload) return <g key={key} />;
  if (payload.kind === "base") {
    return (
      <rect
        key={key}
        className="target-dot-base"
        x={cx - 5}
        y={cy - 5}
        width={10}
        height={10}
        fill="#fff"
        stroke={TARGET_COLOUR}
        strokeWidth={2.5}
      />
    );
  }
  if (payload.kind === "milestone") {
    return (
      <circle key={key} className="target-dot-milestone" cx={cx} cy={cy} r={5.5} fill={TARGET_COLOUR} stroke="#fff" strokeWidth={1.5} />
    );
  }
  return <g key={key} />;
}

/**
 * The target line of an organisation target. The SVG is hidden from screen readers: the wrapper
 * carries the text alternative and the page shows the same numbers in a table.
 */
export function TargetChart(props: {
  description: string;
  unitLabel: string;
  series: SeriesPoint[];
  /** Aggregated contract actuals per year; drawn when a later module provides them. */
  actuals?: ActualPoint[];
  percentage?: boolean;
}) {
  const actuals = props.actuals ?? [];
  const data = chartRows(props.series, actuals);
  const years = data.map((d) => d.year);
  const unit = props.unitLabel === "%" ? "%" : props.unitLabel;
  const format = (value: number) => formatMeasure(value, props.unitLabel);
  return (
    <div className="target-chart">
      <p className="chart-unit" aria-hidden="true">
        {unit}
      </p>
      <div role="img" aria-label={props.description} className="target-chart-canvas">
        <LineChart
          responsive
          style={{ width: "100%", height: 260 }}
          data={data}
          margin={{ top: 12, right: 24, bottom: 4, left: 8 }}
          accessibilityLayer={false}
        >
          <CartesianGrid stroke="#e3e8e5" vertical={false} />
          <XAxis
            dataKey="year"
            type="number"
            domain={[Math.min(...years), Math.max(...years)]}
            ticks={years}
            allowDecimals={false}
            tick={{ fill: "#4a5650", fontSize: 13 }}
            tickLine={false}
          />
          <YAxis
            width={64}
            domain={props.percentage ? [0, 100] : [0, "auto"]}
            tickFormatter={formatCompactNumber}
            tick={{ fill: "#4a5650", fontSize: 13 }}
            tickLine={false}
            axisLine={false}
          />
          <Tooltip
            separator=": "
            formatter={(value, name) => [format(Number(value)), name === "actual" ? "Gerealiseerd" : "Doel"]}
            labelFormatter={(label) => `Jaar ${label}`}
          />
          <Line
            type="linear"
            dataKey="target"
            name="target"
            stroke={TARGET_COLOUR}
            strokeWidth={2.5}
            dot={TargetDot}
            activeDot={{ r: 4 }}
            connectNulls={false}
            isAnimationActive={false}
          />
          {actuals.length > 0 ? (
            <Line
              type="linear"
              dataKey="actual"
              name="actual"
              stroke={ACTUAL_COLOUR}
              strokeWidth={2}
              strokeDasharray="6 4"
              dot={{ r: 4, fill: ACTUAL_COLOUR }}
              connectNulls
              isAnimationActive={false}
            />
          ) : null}
        </LineChart>
      </div>
      <ul className="chart-legend" aria-hidden="true">
        <li>
          <svg width="28" height="12">
            <line x1="0" y1="6" x2="28" y2="6" stroke={TARGET_COLOUR} strokeWidth="2.5" />
          </svg>
          Doellijn
        </li>
        <li>
          <svg width="12" height="12">
            <rect x="1.5" y="1.5" width="9" height="9" fill="#fff" stroke={TARGET_COLOUR} strokeWidth="2.5" />
          </svg>
          Basisjaar
        </li>
        <li>
          <svg width="12" height="12">
            <circle cx="6" cy="6" r="5" fill={TARGET_COLOUR} />
          </svg>
          Mijlpaal
        </li>
        {actuals.length > 0 ? (
          <li>
            <svg width="28" height="12">
              <line x1="0" y1="6" x2="28" y2="6" stroke={ACTUAL_COLOUR} strokeWidth="2" strokeDasharray="6 4" />
            </svg>
            Gerealiseerd
          </li>
        ) : null}
      </ul>
    </div>
  );
}
