"use client";

import type { DashboardView } from "@/lib/dashboard/shape";
import { formatShare } from "@/lib/dashboard/rules";

type Theme = DashboardView["wheel"]["themes"][number];

const BAND_COLOURS = { high: "#23804f", mid: "#e0a526", low: "#c0392b", none: "#cfd6d2" } as const;
const BAND_TEXT = { high: "#fff", mid: "#1f2a24", low: "#fff", none: "#1f2a24" } as const;
const TREND_WORDS = {
  up: "▲ beter dan de vorige review",
  down: "▼ slechter dan de vorige review",
  same: "● gelijk aan de vorige review",
  new: "nieuw: geen vorige review",
} as const;

const SIZE = 320;
const C = SIZE / 2;
const R_OUT = 150;
const R_IN = 62;
// SVG path coordinates to the hundredth of a pixel: markup, not a number a person reads.
const coordinate = (v: number) => String(Math.round(v * 100) / 100);
const point = (r: number, a: number) => `${coordinate(C + r * Math.cos(a))} ${coordinate(C + r * Math.sin(a))}`;

function sector(i: number, n: number): string {
  if (n === 1) {
    return `M ${point(R_OUT, 0)} A ${R_OUT} ${R_OUT} 0 1 1 ${point(R_OUT, Math.PI)} A ${R_OUT} ${R_OUT} 0 1 1 ${point(R_OUT, 0)} M ${point(R_IN, 0)} A ${R_IN} ${R_IN} 0 1 0 ${point(R_IN, Math.PI)} A ${R_IN} ${R_IN} 0 1 0 ${point(R_IN, 0)} Z`;
  }
  const a0 = -Math.PI / 2 + (2 * Math.PI * i) / n;
  const a1 = a0 + (2 * Math.PI) / n;
  const large = a1 - a0 > Math.PI ? 1 : 0;
  return `M ${point(R_OUT, a0)} A ${R_OUT} ${R_OUT} 0 ${large} 1 ${point(R_OUT, a1)} L ${point(R_IN, a1)} A ${R_IN} ${R_IN} 0 ${large} 0 ${point(R_IN, a0)} Z`;
}

function describe(t: Theme): string {
  const trend = t.trend ? `; ${TREND_WORDS[t.trend]}${t.trend !== "new" ? ` (${formatShare(t.previous)})` : ""}` : "";
  return t.scored === 0
    ? `${t.name}: nog geen gescoorde KPI's`
    : `${t.name}: ${t.onTrack} van ${t.scored} KPI's op koers (${formatShare(t.share)})${trend}`;
}

/** The wheel coloured by progress: colour band and the percentage in every slice, the words beside it. */
export function WheelProgress({ wheel }: { wheel: DashboardView["wheel"] }) {
  const n = wheel.themes.length;
  const summary = wheel.themes.map(describe).join(". ");
  return (
    <div className="wheel-progress">
      <svg
        viewBox={`0 0 ${SIZE} ${SIZE}`}
        width={SIZE}
        height={SIZE}
        role="img"
        aria-label={`Waardenwiel ${wheel.year ?? ""} naar voortgang. ${summary}.`}
      >
        {wheel.themes.map((t, i) => {
          const mid = -Math.PI / 2 + (2 * Math.PI * (i + 0.5)) / n;
          const [x, y] = point((R_OUT + R_IN) / 2, n === 1 ? -Math.PI / 2 : mid)
            .split(" ")
            .map(Number);
          return (
            <g key={t.id}>
              <path d={sector(i, n)} fill={BAND_COLOURS[t.band.band]} stroke="#fff" strokeWidth={3} fillRule="evenodd" />
              <text x={x} y={y} textAnchor="middle" dominantBaseline="middle" fontSize={15} fontWeight={700} fill={BAND_TEXT[t.band.band]}>
                {t.scored === 0 ? "–" : formatShare(t.share)}
              </text>
            </g>
          );
        })}
        <text x={C} y={C - 8} textAnchor="middle" fontSize={14} fontWeight={700} fill="#0f3d28">
          Waardenwiel
        </text>
        <text x={C} y={C + 12} textAnchor="middle" fontSize={14} fill="#0f3d28">
          {wheel.year ?? ""}
        </text>
      </svg>
      <ol className="wheel-legend">
        {wheel.themes.map((t) => (
          <li key={t.id}>
            <span className="swatch" style={{ background: BAND_COLOURS[t.band.band] }} aria-hidden="true" />
            <span>
              <strong>{t.name}</strong>{" "}
              <span className="muted small">
                ({t.pillarLabel}
                {t.priorityRank ? `, prioriteit ${t.priorityRank}` : ""})
              </span>
              <br />
              <span className="small">
                {describe(t).slice(t.name.length + 2)} · {t.band.label}
              </span>
            </span>
          </li>
        ))}
      </ol>
    </div>
  );
}
