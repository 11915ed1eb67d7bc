"use client";

import { useId, useLayoutEffect, useMemo, useRef, useState } from "react";
import { PILLAR_KEYS, pillarLabel } from "@/lib/waardenwiel/rules";
import { CENTER, RADII, WHEEL_SIZE, layoutWheel, sectorPath, type ChartTheme, type TextBlock } from "@/lib/waardenwiel/wheel-layout";
import { PillarPatterns, PillarSwatch, pillarStyle } from "./pillar-style";
import "./waardenwiel.css";

type Squeezed = Record<string, true>;

function Lines(props: {
  id: string;
  block: TextBlock;
  fill: string;
  bold?: boolean;
  anchor: "middle" | "start";
  className: string;
  squeezed: Squeezed;
  /** The full text, as a tooltip where the drawing had to shorten it. */
  title?: string;
}) {
  const { block } = props;
  if (block.lines.length === 0) return null;
  return (
    <text
      transform={`translate(${block.origin.x} ${block.origin.y}) rotate(${block.rotation})`}
      fontSize={block.fontSize}
      fontWeight={props.bold ? 700 : 400}
      fill={props.fill}
      textAnchor={props.anchor}
      className={props.className}
    >
      {props.title ? <title>{props.title}</title> : null}
      {block.lines.map((line, i) => {
        const key = `${props.id}:${i}:${line.text}`;
        return (
          <tspan
            key={key}
            x={line.x}
            y={line.y}
            data-line={key}
            data-width={line.width}
            textLength={props.squeezed[key] ? line.width : undefined}
            lengthAdjust={props.squeezed[key] ? "spacingAndGlyphs" : undefined}
          >
            {line.text}
          </tspan>
        );
      })}
    </text>
  );
}

/**
 * The layout estimates text widths for Arial; where the browser has a wider font, the lines that
 * came out too wide are squeezed to their planned width, so no label leaves its slice.
 */
function useSqueezedLines(svg: React.RefObject<SVGSVGElement | null>, layout: unknown): Squeezed {
  const [squeezed, setSqueezed] = useState<Squeezed>({});
  useLayoutEffect(() => {
    const next: Squeezed = {};
    svg.current?.querySelectorAll<SVGTSpanElement>("tspan[data-line]").forEach((tspan) => {
      if (tspan.getComputedTextLength() > Number(tspan.dataset.width) + 0.5) next[tspan.dataset.line!] = true;
    });
    setSqueezed(next);
  }, [svg, layout]);
  return squeezed;
}

function priorityText(theme: ChartTheme): string {
  if (theme.priorityRank === null) return "nog geen prioriteit";
  return `prioriteit ${theme.priorityRank}${theme.priorityTied ? " (gedeeld)" : ""}`;
}

/**
 * The Waardenwiel drawn by hand in SVG: every theme an equal slice, its name on the outer ring in
 * the colour and pattern of its pillar, its sub-themes inside the slice and its priority in a
 * numbered badge. The same content follows as a text list for screen readers.
 */
export function WheelChart({
  themes,
  title,
  centre,
  compact = false,
}: {
  themes: ChartTheme[];
  title: string;
  centre: [string, string];
  compact?: boolean;
}) {
  const id = useId().replace(/:/g, "");
  const slices = useMemo(() => layoutWheel(themes), [themes]);
  const svgRef = useRef<SVGSVGElement>(null);
  const squeezed = useSqueezedLines(svgRef, slices);
  const pillarsUsed = PILLAR_KEYS.map((p) => ({ pillar: p, count: themes.filter((t) => t.pillar === p).length }));
  const label =
    themes.length === 0
      ? `${title}: nog geen thema's.`
      : `${title}: ${themes.length} thema's, ${pillarsUsed
          .filter((p) => p.count > 0)
          .map((p) => `${p.count} ${pillarLabel(p.pillar)}`)
          .join(", ")}. De thema's staan hieronder ook als tekst.`;
  return (
    <figure className={`wheel-figure${compact ? " wheel-compact" : ""}`}>
      <svg
        ref={svgRef}
        viewBox={`0 0 ${WHEEL_SIZE} ${WHEEL_SIZE}`}
        role="img"
        aria-label={label}
        className="wheel-svg"
        data-themes={themes.length}
      >
        <defs>
          <PillarPatterns prefix={id} />
        </defs>
        {slices.length === 0 ? (
          <path
            d={sectorPath({ r0: RADII.inner, r1: RADII.ring, a0: 0, a1: Math.PI * 2 })}
            fill="#f5f7f5"
            stroke="#8c9a92"
            strokeDasharray="8 6"
            fillRule="evenodd"
          />
        ) : null}
        {slices.map((slice) => {
          const style = pillarStyle(slice.theme.pillar);
          return (
            <g key={slice.theme.id} className="wheel-slice" data-pillar={slice.theme.pillar}>
              <path d={slice.innerPath} fill={style.tint} stroke="#ffffff" strokeWidth={3} className="wheel-inner" />
              <path d={slice.ringPath} fill={style.ring} stroke="#ffffff" strokeWidth={3} className="wheel-ring" />
              {style.pattern !== "none" ? <path d={slice.ringPath} fill={`url(#${id}-${style.pattern})`} stroke="none" /> : null}
              <Lines
                id={`${slice.theme.id}-name`}
                block={slice.name}
                fill="#ffffff"
                bold
                anchor="middle"
                className="wheel-theme-name"
                squeezed={squeezed}
              />
              {slice.subthemes ? (
                <Lines
                  id={`${slice.theme.id}-sub`}
                  block={slice.subthemes}
                  fill={style.ink}
                  anchor="middle"
                  className="wheel-subthemes"
                  squeezed={squeezed}
                  title={`${slice.theme.name}: ${slice.theme.subthemes.join("; ")}`}
                />
              ) : null}
              {slice.badge ? (
                <g className="wheel-badge">
                  <circle cx={slice.badge.x} cy={slice.badge.y} r={18} fill="#ffffff" stroke={style.ring} strokeWidth={3} />
                  <text x={slice.badge.x} y={slice.badge.y + 6} textAnchor="middle" fontSize={17} fontWeight={700} fill="#1f2a24">
                    {slice.theme.priorityRank}
                    {slice.theme.priorityTied ? "=" : ""}
                  </text>
                </g>
              ) : null}
            </g>
          );
        })}
        <circle cx={CENTER} cy={CENTER} r={RADII.hub - 4} fill="#ffffff" stroke="#d5dcd7" strokeWidth={2} />
        <text x={CENTER} y={CENTER - 6} textAnchor="middle" fontSize={13} fill="#4a5650">
          {centre[0]}
        </text>
        <text x={CENTER} y={CENTER + 18} textAnchor="middle" fontSize={22} fontWeight={700} fill="#0f3d28">
          {centre[1]}
        </text>
        {slices.length === 0 ? (
          <text x={CENTER} y={CENTER - RADII.ring - 14} textAnchor="middle" fontSize={18} fill="#4a5650">
            Nog geen thema&apos;s op de ring
          </text>
        ) : null}
      </svg>
      <figcaption>
        <ul className="wheel-legend" aria-label="Legenda">
          {pillarsUsed.map(({ pillar, count }) => (
            <li key={pillar}>
              <PillarSwatch pillar={pillar} idPrefix={id} />
              <span>
                {pillarLabel(pillar)}{" "}
                <span className="muted small">
                  ({pillarStyle(pillar).patternName}, {count} thema{count === 1 ? "" : "'s"})
                </span>
              </span>
            </li>
          ))}
          <li>
            <span className="legend-badge" aria-hidden="true">
              1
            </span>
            <span className="small">prioriteit (1 = hoogst, &quot;=&quot; gedeeld)</span>
          </li>
        </ul>
        <ol className="visually-hidden">
          {themes.map((theme) => (
            <li key={theme.id}>
              {theme.name}: pijler {pillarLabel(theme.pillar)}, {priorityText(theme)}.
              {theme.subthemes.length > 0 ? ` Subthema's: ${theme.subthemes.join("; ")}.` : " Nog geen subthema's."}
            </li>
          ))}
        </ol>
      </figcaption>
    </figure>
  );
}
