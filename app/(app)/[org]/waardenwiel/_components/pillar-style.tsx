// Colours and patterns of the three pillars. Colour is never the only signal: each pillar also
// has its own pattern (none, stripes, dots), and its name is in the legend and the text list.
// The ring colours carry white text at a contrast of at least 6:1.

export type PillarStyle = { ring: string; tint: string; ink: string; pattern: "none" | "stripes" | "dots"; patternName: string };

const PILLAR_STYLE: Record<string, PillarStyle> = {
  ecologisch_sociaal: { ring: "#1d6b47", tint: "#e6f2ea", ink: "#0f3d28", pattern: "none", patternName: "effen" },
  samenwerking: { ring: "#1f5a99", tint: "#e8eff8", ink: "#13385f", pattern: "stripes", patternName: "gestreept" },
  gedragsverandering: { ring: "#8a4b08", tint: "#fbf0e1", ink: "#573004", pattern: "dots", patternName: "gestippeld" },
};

const FALLBACK_STYLE: PillarStyle = { ring: "#4a5650", tint: "#eceeed", ink: "#1f2a24", pattern: "none", patternName: "effen" };

export function pillarStyle(pillar: string): PillarStyle {
  return PILLAR_STYLE[pillar] ?? FALLBACK_STYLE;
}

/** The <pattern> definitions, with ids prefixed so that two drawings on one page do not clash. */
export function PillarPatterns({ prefix }: { prefix: string }) {
  return (
    <>
      <pattern id={`${prefix}-stripes`} width="12" height="12" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
        <rect width="5" height="12" fill="#ffffff" fillOpacity="0.2" />
      </pattern>
      <pattern id={`${prefix}-dots`} width="11" height="11" patternUnits="userSpaceOnUse">
        <circle cx="5.5" cy="5.5" r="2.2" fill="#ffffff" fillOpacity="0.3" />
      </pattern>
    </>
  );
}

/** A small square in the pillar's colour and pattern, for legends. */
export function PillarSwatch({ pillar, idPrefix, size = 18 }: { pillar: string; idPrefix: string; size?: number }) {
  const style = pillarStyle(pillar);
  const prefix = `${idPrefix}-swatch-${pillar}`;
  return (
    <svg width={size} height={size} viewBox="0 0 18 18" aria-hidden="true" focusable="false" className="pillar-swatch">
      <defs>
        <PillarPatterns prefix={prefix} />
      </defs>
      <rect width="18" height="18" rx="3" fill={style.ring} />
      {style.pattern !== "none" ? <rect width="18" height="18" rx="3" fill={`url(#${prefix}-${style.pattern})`} /> : null}
    </svg>
  );
}
