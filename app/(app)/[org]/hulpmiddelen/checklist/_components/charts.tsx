"use client";

import { Bar, BarChart, CartesianGrid, LabelList, Line, LineChart, Tooltip, XAxis, YAxis } from "recharts";
import { formatFixed } from "@/lib/format";
import type { DistributionRow, TrendRow } from "@/lib/guidance/checklist/view";

// Orange for disagreeing, blue for agreeing: a palette that colour-blind readers can still tell
// apart. The count inside each segment and the table beside the chart carry the same numbers.
const SCORE_COLOURS = ["#b35806", "#f6c07e", "#9ec5e8", "#1f5a99"] as const;
const SCORE_TEXT = ["#ffffff", "#1f2a24", "#1f2a24", "#ffffff"] as const;
const AXIS_TICK = { fill: "#4a5650", fontSize: 13 };

/**
 * A stacked bar per statement (or theme) with how many answers gave each score. The SVG is hidden
 * from screen readers: the wrapper carries the text alternative and the page shows the table.
 */
export function DistributionChart(props: { rows: DistributionRow[]; scale: string[]; description: string; labelWidth?: number }) {
  const data = props.rows.map((r) => ({
    label: r.label,
    mean: r.mean,
    s1: r.scores[0],
    s2: r.scores[1],
    s3: r.scores[2],
    s4: r.scores[3],
  }));
  const height = props.rows.length * 38 + 48;
  return (
    <figure className="chart-figure">
      <div role="img" aria-label={props.description} className="distribution-chart">
        <BarChart
          responsive
          layout="vertical"
          data={data}
          style={{ width: "100%", height }}
          margin={{ top: 8, right: 24, bottom: 4, left: 8 }}
          barCategoryGap={8}
          accessibilityLayer={false}
        >
          <CartesianGrid stroke="#e3e8e5" horizontal={false} />
          <XAxis type="number" allowDecimals={false} tick={AXIS_TICK} tickLine={false} />
          <YAxis type="category" dataKey="label" width={props.labelWidth ?? 48} tick={AXIS_TICK} tickLine={false} />
          <Tooltip
            separator=": "
            formatter={(value, name) => [`${String(value)}×`, String(name)]}
            labelFormatter={(label, payload) => {
              const mean = payload?.[0]?.payload?.mean as number | null | undefined;
              return mean == null ? String(label) : `${String(label)} (gemiddeld ${formatFixed(mean, 1)})`;
            }}
          />
          {props.scale.map((label, i) => (
            <Bar key={label} dataKey={`s${i + 1}`} name={label} stackId="scores" fill={SCORE_COLOURS[i]} isAnimationActive={false}>
              <LabelList
                dataKey={`s${i + 1}`}
                position="center"
                fill={SCORE_TEXT[i]}
                fontSize={13}
                formatter={(v) => (Number(v) > 0 ? String(v) : "")}
              />
            </Bar>
          ))}
        </BarChart>
      </div>
      <ul className="chart-legend" style={{ paddingLeft: (props.labelWidth ?? 48) + 8 }} aria-hidden="true">
        {props.scale.map((label, i) => (
          <li key={label}>
            <svg width="14" height="14">
              <rect width="14" height="14" rx="2" fill={SCORE_COLOURS[i]} />
            </svg>
            {i + 1} {label}
          </li>
        ))}
      </ul>
    </figure>
  );
}

// Line style and marker differ per theme as well as colour.
const THEME_LINES = [
  { colour: "#1d6b47", dash: undefined, marker: "circle" },
  { colour: "#1f5a99", dash: "8 4", marker: "square" },
  { colour: "#8a5a00", dash: "2 4", marker: "diamond" },
] as const;

type DotProps = { cx?: number; cy?: number; index?: number; value?: unknown };

function marker(kind: (typeof THEME_LINES)[number]["marker"], colour: string) {
  function ThemeDot({ cx, cy, index, value }: DotProps) {
    const key = `${kind}-${index}`;
    if (cx === undefined || cy === undefined || value == null) return <g key={key} />;
    if (kind === "square") return <rect key={key} x={cx - 5} y={cy - 5} width={10} height={10} fill={colour} />;
    if (kind === "diamond") return <path key={key} d={`M${cx},${cy - 7}L${cx + 7},${cy}L${cx},${cy + 7}L${cx - 7},${cy}Z`} fill={colour} />;
    return <circle key={key} cx={cx} cy={cy} r={5.5} fill={colour} />;
  }
  return ThemeDot;
}

/** The mean per theme over the rounds, on the 1–4 scale. */
export function TrendChart(props: { rows: TrendRow[]; themes: { id: string; name: string }[]; description: string }) {
  return (
    <figure className="chart-figure">
      <div role="img" aria-label={props.description} className="trend-chart">
        <LineChart
          responsive
          data={props.rows}
          style={{ width: "100%", height: 280 }}
          margin={{ top: 12, right: 32, bottom: 4, left: 8 }}
          accessibilityLayer={false}
        >
          <CartesianGrid stroke="#e3e8e5" vertical={false} />
          <XAxis dataKey="label" tick={AXIS_TICK} tickLine={false} interval={0} padding={{ left: 72, right: 72 }} />
          <YAxis domain={[1, 4]} ticks={[1, 2, 3, 4]} width={40} tick={AXIS_TICK} tickLine={false} axisLine={false} />
          <Tooltip separator=": " formatter={(value, name) => [value == null ? "—" : formatFixed(Number(value), 1), String(name)]} />
          {props.themes.map((theme, i) => {
            const style = THEME_LINES[i % THEME_LINES.length]!;
            return (
              <Line
                key={theme.id}
                type="linear"
                dataKey={theme.id}
                name={theme.name}
                stroke={style.colour}
                strokeWidth={2.5}
                strokeDasharray={style.dash}
                dot={marker(style.marker, style.colour)}
                connectNulls
                isAnimationActive={false}
              />
            );
          })}
        </LineChart>
      </div>
      <ul className="chart-legend" aria-hidden="true">
        {props.themes.map((theme, i) => {
          const style = THEME_LINES[i % THEME_LINES.length]!;
          return (
            <li key={theme.id}>
              <svg width="34" height="14">
                <line x1="0" y1="7" x2="34" y2="7" stroke={style.colour} strokeWidth="2.5" strokeDasharray={style.dash} />
                {marker(style.marker, style.colour)({ cx: 17, cy: 7, index: 0, value: 1 })}
              </svg>
              {theme.name}
            </li>
          );
        })}
      </ul>
    </figure>
  );
}
