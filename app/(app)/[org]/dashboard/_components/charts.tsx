"use client";

import { Bar, BarChart, CartesianGrid, Legend, Tooltip, XAxis, YAxis } from "recharts";
import { formatCompactNumber, formatEuroCents, formatMeasure } from "@/lib/format";

const AXIS = { fill: "#4a5650", fontSize: 13 };

/** Bars of one value per category; the SVG is an image with the text alternative as its name. */
export function ValueBars(props: {
  description: string;
  data: Array<{ label: string; value: number }>;
  unit: string;
  colour?: string;
  euros?: boolean;
}) {
  const format = (v: number) => (props.euros ? formatEuroCents(v * 100, { whole: true }) : formatMeasure(v, props.unit));
  return (
    <div role="img" aria-label={props.description} className="dashboard-chart">
      <BarChart
        responsive
        style={{ width: "100%", height: 260 }}
        data={props.data}
        margin={{ top: 12, right: 16, bottom: 4, left: 8 }}
        accessibilityLayer={false}
      >
        <CartesianGrid stroke="#e3e8e5" vertical={false} />
        <XAxis dataKey="label" tick={AXIS} tickLine={false} interval={0} />
        <YAxis width={72} tickFormatter={formatCompactNumber} tick={AXIS} tickLine={false} axisLine={false} />
        <Tooltip separator=": " formatter={(value) => [format(Number(value)), props.euros ? "Malus" : props.unit]} />
        <Bar dataKey="value" fill={props.colour ?? "#1f5a99"} isAnimationActive={false} maxBarSize={64} />
      </BarChart>
    </div>
  );
}

const DISCIPLINE_SERIES = [
  { key: "onTime", label: "Op tijd", colour: "#23804f" },
  { key: "late", label: "Te laat", colour: "#e0a526" },
  { key: "missing", label: "Ontbreekt", colour: "#c0392b" },
  { key: "notDue", label: "Nog niet verschuldigd", colour: "#cfd6d2" },
] as const;

/** Reports per quarter, stacked: on time, late, missing, not yet due. */
export function DisciplineBars(props: {
  description: string;
  data: Array<{ label: string; onTime: number; late: number; missing: number; notDue: number }>;
}) {
  return (
    <div role="img" aria-label={props.description} className="dashboard-chart">
      <BarChart
        responsive
        style={{ width: "100%", height: 280 }}
        data={props.data}
        margin={{ top: 12, right: 16, bottom: 4, left: 8 }}
        accessibilityLayer={false}
      >
        <CartesianGrid stroke="#e3e8e5" vertical={false} />
        <XAxis dataKey="label" tick={AXIS} tickLine={false} />
        <YAxis width={48} allowDecimals={false} tick={AXIS} tickLine={false} axisLine={false} />
        <Tooltip separator=": " />
        {/* Legend text in ink, not in the series colour: grey and amber text would be unreadable. */}
        <Legend formatter={(value) => <span style={{ color: "#1f2a24" }}>{value}</span>} />
        {DISCIPLINE_SERIES.map((s) => (
          <Bar key={s.key} dataKey={s.key} name={s.label} stackId="reports" fill={s.colour} isAnimationActive={false} maxBarSize={56} />
        ))}
      </BarChart>
    </div>
  );
}
