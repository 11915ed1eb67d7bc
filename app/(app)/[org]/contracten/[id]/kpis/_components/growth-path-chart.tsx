"use client";

import { CartesianGrid, Line, LineChart, ReferenceLine, Tooltip, XAxis, YAxis } from "recharts";
import { formatCompactNumber, formatMeasure } from "@/lib/format";

export type ChartQuarter = { key: string; label: string };
/** An earlier version's path over all quarters: drawn dashed, so what changed stays visible. */
export type SupersededPath = { version: number; label: string; values: Array<number | null> };

type Row = { label: string; target: number | null; milestone: boolean; actual?: number | null } & Record<
  string,
  number | string | boolean | null | undefined
>;

const PATH_COLOUR = "#1d6b47";
// Reported values (the contract dashboard): another colour and a square marker, not only a hue.
const ACTUAL_COLOUR = "#1f5a99";
const OLD_COLOURS = ["#8a6d1f", "#6b4f9a", "#1f5a99"];

type DotProps = { cx?: number; cy?: number; payload?: Row; index?: number };

/** Milestones as filled circles on the line: a shape, not only a colour. */
function MilestoneDot({ cx, cy, payload, index }: DotProps) {
  if (cx === undefined || cy === undefined || !payload?.milestone || payload.target === null) return <g key={`dot-${index}`} />;
  return (
    <circle
      key={`dot-${index}`}
      className="growth-path-milestone"
      cx={cx}
      cy={cy}
      r={5.5}
      fill={PATH_COLOUR}
      stroke="#fff"
      strokeWidth={1.5}
    />
  );
}

function ActualDot({ cx, cy, payload, index }: DotProps) {
  if (cx === undefined || cy === undefined || payload?.actual === null || payload?.actual === undefined)
    return <g key={`actual-${index}`} />;
  return (
    <rect
      key={`actual-${index}`}
      className="growth-path-actual"
      x={cx - 4.5}
      y={cy - 4.5}
      width={9}
      height={9}
      fill={ACTUAL_COLOUR}
      stroke="#fff"
      strokeWidth={1.5}
    />
  );
}

/**
 * The growth path of a KPI over the contract's quarters. The SVG is hidden from screen readers:
 * the wrapper carries the text alternative, and the page shows the same numbers in a table.
 */
export function GrowthPathChart(props: {
  description: string;
  unitLabel: string;
  quarters: ChartQuarter[];
  targets: Array<number | null>;
  milestones: boolean[];
  superseded?: SupersededPath[];
  /** Quarters from which a later version applies, marked with a vertical line. */
  changes?: Array<{ key: string; version: number }>;
  nowKey?: string;
  compact?: boolean;
  /** Reported values per quarter (null where nothing was reported), drawn as a second line. */
  actuals?: Array<number | null>;
  /** A fixed value axis, e.g. [1, 4] for the scores of a qualitative KPI. */
  domain?: [number, number];
}) {
  const superseded = props.superseded ?? [];
  const labelOf = new Map(props.quarters.map((q) => [q.key, q.label]));
  const data: Row[] = props.quarters.map((q, i) => {
    const row: Row = { label: q.label, target: props.targets[i], milestone: props.milestones[i] };
    if (props.actuals) row.actual = props.actuals[i];
    for (const old of superseded) row[`v${old.version}`] = old.values[i];
    return row;
  });
  const unit = props.unitLabel.trim();
  const format = (value: number) => formatMeasure(value, unit);
  const height = props.compact ? 140 : 280;
  const nowLabel = props.nowKey ? labelOf.get(props.nowKey) : undefined;
  return (
    <div className={`growth-path-chart${props.compact ? " growth-path-chart-compact" : ""}`}>
      {props.compact ? null : (
        <p className="chart-unit" aria-hidden="true">
          {unit}
        </p>
      )}
      <div role="img" aria-label={props.description}>
        <LineChart
          responsive
          style={{ width: "100%", height }}
          data={data}
          margin={{ top: 12, right: props.compact ? 20 : 28, bottom: 4, left: props.compact ? 0 : 8 }}
          accessibilityLayer={false}
        >
          <CartesianGrid stroke="#e3e8e5" vertical={false} />
          <XAxis
            dataKey="label"
            interval={0}
            // One tick label per year keeps sixteen or more quarters readable.
            tickFormatter={(label: string) => (label.endsWith("K1") || label === data[0]?.label ? label.slice(0, 4) : "")}
            tick={{ fill: "#4a5650", fontSize: props.compact ? 11 : 13 }}
            tickLine={false}
          />
          <YAxis
            width={props.compact ? 44 : 64}
            domain={props.domain ?? (unit === "%" ? [0, 100] : [0, "auto"])}
            allowDecimals={!props.domain}
            tickFormatter={formatCompactNumber}
            tick={{ fill: "#4a5650", fontSize: props.compact ? 11 : 13 }}
            tickLine={false}
            axisLine={false}
          />
          {props.compact ? null : (
            <Tooltip
              separator=": "
              formatter={(value, name) => [
                format(Number(value)),
                name === "target" ? "Doel" : name === "actual" ? "Gerapporteerd" : `Eerder: versie ${String(name).slice(1)}`,
              ]}
            />
          )}
          {nowLabel ? (
            <ReferenceLine
              x={nowLabel}
              stroke="#4a5650"
              strokeDasharray="2 3"
              label={props.compact ? undefined : { value: "nu", position: "top", fill: "#4a5650", fontSize: 12 }}
            />
          ) : null}
          {(props.changes ?? []).map((c) => (
            <ReferenceLine key={c.key} x={labelOf.get(c.key)} stroke="#8a6d1f" strokeDasharray="4 3" />
          ))}
          {superseded.map((old, i) => (
            <Line
              key={old.version}
              type="linear"
              dataKey={`v${old.version}`}
              stroke={OLD_COLOURS[i % OLD_COLOURS.length]}
              strokeWidth={1.5}
              strokeDasharray="6 4"
              dot={false}
              connectNulls={false}
              isAnimationActive={false}
            />
          ))}
          <Line
            type="linear"
            dataKey="target"
            name="target"
            stroke={PATH_COLOUR}
            strokeWidth={2.5}
            dot={props.compact ? false : MilestoneDot}
            activeDot={props.compact ? false : { r: 4 }}
            connectNulls={false}
            isAnimationActive={false}
          />
          {props.actuals ? (
            <Line
              type="linear"
              dataKey="actual"
              name="actual"
              stroke={ACTUAL_COLOUR}
              strokeWidth={2}
              dot={ActualDot}
              activeDot={props.compact ? false : { r: 4 }}
              connectNulls={false}
              isAnimationActive={false}
            />
          ) : null}
        </LineChart>
      </div>
      {props.compact ? null : (
        <ul className="chart-legend" aria-hidden="true">
          <li>
            <svg width="28" height="12">
              <line x1="0" y1="6" x2="28" y2="6" stroke={PATH_COLOUR} strokeWidth="2.5" />
            </svg>
            Doel per kwartaal
          </li>
          <li>
            <svg width="12" height="12">
              <circle cx="6" cy="6" r="5" fill={PATH_COLOUR} />
            </svg>
            Mijlpaal
          </li>
          {props.actuals ? (
            <li>
              <svg width="28" height="12">
                <line x1="0" y1="6" x2="28" y2="6" stroke={ACTUAL_COLOUR} strokeWidth="2" />
                <rect x="9.5" y="1.5" width="9" height="9" fill={ACTUAL_COLOUR} />
              </svg>
              Gerapporteerd
            </li>
          ) : null}
          {superseded.map((old, i) => (
            <li key={old.version}>
              <svg width="28" height="12">
                <line x1="0" y1="6" x2="28" y2="6" stroke={OLD_COLOURS[i % OLD_COLOURS.length]} strokeWidth="1.5" strokeDasharray="6 4" />
              </svg>
              {old.label}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
