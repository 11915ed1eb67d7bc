// Geometry of the wheel drawing: equal slices around a hub, the theme name on the outer ring,
// the sub-themes in the inner part of the slice, the priority badge just outside the ring.
// Text runs along the ring (perpendicular to the slice's middle), turned upright in the lower
// half, like the seed's figure 5. Every block is fitted inside its own slice, largest font
// first, so labels of neighbouring slices can never overlap.
import { textWidth, wrapText } from "./text-fit";

export type ChartTheme = {
  id: string;
  name: string;
  pillar: string;
  priorityRank: number | null;
  priorityTied: boolean;
  subthemes: string[];
};

export const WHEEL_SIZE = 760;
export const CENTER = WHEEL_SIZE / 2;
export const RADII = { hub: 56, inner: 228, ring: 336, badge: 357 } as const;
const PAD = 7;
/**
 * Line height and the space between two items, in em. Sub-themes sit closer within an item and
 * further apart between items than before, so that in a crowded slice each reads as a label of
 * its own instead of one run of text.
 */
const NAME_SPACING = { lineHeight: 1.2, itemGap: 0 };
const SUBTHEME_SPACING = { lineHeight: 1.12, itemGap: 0.65 };

export type Sector = { r0: number; r1: number; a0: number; a1: number };
type Point = { x: number; y: number };
/** Lines in the block's own frame: x along the text, y downwards, origin at the block's centre. */
type TextLine = { text: string; x: number; y: number; width: number };
export type TextBlock = {
  fontSize: number;
  lines: TextLine[];
  /** Where the block's centre lies and how far it is turned, for an SVG transform. */
  origin: Point;
  rotation: number;
  /** The outline of every line in drawing coordinates, for checks. */
  boxes: Point[][];
  hidden: number;
};

export type SliceLayout = {
  theme: ChartTheme;
  ringPath: string;
  innerPath: string;
  name: TextBlock;
  subthemes: TextBlock | null;
  badge: Point | null;
};

const polar = (r: number, a: number): Point => ({ x: CENTER + r * Math.cos(a), y: CENTER + r * Math.sin(a) });
const f = (n: number) => Math.round(n * 100) / 100;

/** The SVG path of an annular sector (a full ring when it spans the whole circle). */
export function sectorPath(s: Sector): string {
  if (s.a1 - s.a0 >= Math.PI * 2 - 1e-6) {
    const ring = (r: number, sweep: 0 | 1) =>
      `M ${f(CENTER + r)} ${CENTER} A ${r} ${r} 0 1 ${sweep} ${f(CENTER - r)} ${CENTER} A ${r} ${r} 0 1 ${sweep} ${f(CENTER + r)} ${CENTER} Z`;
    return `${ring(s.r1, 1)} ${ring(s.r0, 0)}`;
  }
  const large = s.a1 - s.a0 > Math.PI ? 1 : 0;
  const [o0, o1, i1, i0] = [polar(s.r1, s.a0), polar(s.r1, s.a1), polar(s.r0, s.a1), polar(s.r0, s.a0)];
  return [
    `M ${f(o0.x)} ${f(o0.y)}`,
    `A ${s.r1} ${s.r1} 0 ${large} 1 ${f(o1.x)} ${f(o1.y)}`,
    `L ${f(i1.x)} ${f(i1.y)}`,
    `A ${s.r0} ${s.r0} 0 ${large} 0 ${f(i0.x)} ${f(i0.y)}`,
    "Z",
  ].join(" ");
}

/** True when a point lies inside the sector with at least `pad` pixels to every edge. */
export function insideSector(x: number, y: number, s: Sector, pad = PAD - 0.5): boolean {
  const dx = x - CENTER;
  const dy = y - CENTER;
  const r = Math.hypot(dx, dy);
  if (r < s.r0 + pad || r > s.r1 - pad) return false;
  if (s.a1 - s.a0 >= Math.PI * 2 - 1e-6) return true;
  let a = Math.atan2(dy, dx);
  while (a < s.a0) a += Math.PI * 2;
  while (a >= s.a0 + Math.PI * 2) a -= Math.PI * 2;
  if (a > s.a1) return false;
  const edge = (delta: number) => (delta >= Math.PI / 2 ? r : r * Math.sin(delta));
  return edge(a - s.a0) >= pad && edge(s.a1 - a) >= pad;
}

type Block = { items: string[]; bold: boolean; fonts: number[]; spacing: { lineHeight: number; itemGap: number } };

/**
 * How wide a line may be (half of it, from the slice's middle) between distances lo and hi from
 * the centre: clear of both slice edges at its near side, inside the outer circle at its far side.
 */
function halfWidthAt(s: Sector, lo: number, hi: number): number {
  const half = (s.a1 - s.a0) / 2;
  const outer = s.r1 - PAD;
  const byCircle = hi < outer ? Math.sqrt(outer * outer - hi * hi) : 0;
  const byEdges = half < Math.PI / 2 ? (lo * Math.sin(half) - PAD) / Math.cos(half) : Infinity;
  return Math.max(0, Math.min(byCircle, byEdges, 160));
}

type Run = { text: string; lo: number; hi: number };

/**
 * Wraps the items line by line from `start` (a distance from the centre), outwards or inwards,
 * each line as wide as the slice allows where it lies; items are separated by a small gap.
 * Null when the text runs out of the band or a word does not fit.
 */
function pour(block: Block, s: Sector, font: number, start: number, outwards: boolean, hyphenate: boolean): Run[] | "word" | null {
  const lh = font * block.spacing.lineHeight;
  const gap = block.items.length > 1 ? font * block.spacing.itemGap : 0;
  const runs: Run[] = [];
  let offset = 0;
  const span = (i: number) => {
    const a = start + (outwards ? 1 : -1) * (offset + i * lh);
    const b = a + (outwards ? lh : -lh);
    return { lo: Math.min(a, b), hi: Math.max(a, b) };
  };
  for (const item of block.items) {
    const lines = wrapText(item, (i) => 2 * halfWidthAt(s, span(i).lo, span(i).hi), font, { bold: block.bold, hyphenate });
    if (!lines) return "word";
    lines.forEach((text, i) => runs.push({ text, ...span(i) }));
    offset += lines.length * lh + gap;
  }
  const last = runs.at(-1)!;
  return (outwards ? last.hi <= s.r1 - PAD : last.lo >= s.r0 + PAD) ? runs : null;
}

type Placement = { block: TextBlock | null; wordTooWide: boolean };

/**
 * Text runs along the ring: upright in the upper half (the top of the text towards the rim,
 * lines poured inwards from the rim), turned round in the lower half (lines poured outwards).
 * Tried at the largest font first, then centred between the band's edges.
 */
function place(block: Block, s: Sector, hidden: number, hyphenate: boolean): Placement {
  const mid = (s.a0 + s.a1) / 2;
  const upright = Math.sin(mid) <= 1e-9;
  const rotation = ((mid * 180) / Math.PI + (upright ? 90 : -90) + 360) % 360;
  const [inner, outer] = [s.r0 + PAD, s.r1 - PAD];
  let wordTooWide = false;
  const band = outer - inner;
  for (const font of block.fonts) {
    // Try starting points across the band and keep the block with the fewest lines (nearer the
    // rim a slice is wider, so items break less), the best centred of those.
    let best: { runs: Run[]; off: number } | null = null;
    for (let k = 0; k < 16; k++) {
      const start = upright ? outer - (k * band) / 16 : inner + (k * band) / 16;
      const runs = pour(block, s, font, start, !upright, hyphenate);
      if (runs === "word") wordTooWide = true;
      if (!runs || runs === "word") continue;
      const end = upright ? runs.at(-1)!.lo - inner : outer - runs.at(-1)!.hi;
      const off = Math.abs((upright ? outer - start : start - inner) - end);
      if (!best || runs.length < best.runs.length || (runs.length === best.runs.length && off < best.off)) best = { runs, off };
    }
    if (best) return { block: toBlock(best.runs, font, mid, rotation, upright, block.bold, hidden), wordTooWide };
  }
  return { block: null, wordTooWide };
}

function toBlock(runs: Run[], font: number, mid: number, rotation: number, upright: boolean, bold: boolean, hidden: number): TextBlock {
  const lo = Math.min(...runs.map((r) => r.lo));
  const hi = Math.max(...runs.map((r) => r.hi));
  const centre = (lo + hi) / 2;
  // In the text's own frame y runs downwards: inwards when upright, outwards when turned round.
  const down = (v: number) => (upright ? centre - v : v - centre);
  const toDrawing = (u: number, v: number): Point => ({
    x: f(CENTER + v * Math.cos(mid) - u * Math.sin(mid)),
    y: f(CENTER + v * Math.sin(mid) + u * Math.cos(mid)),
  });
  const lines = runs.map((run) => {
    const width = textWidth(run.text, font, bold);
    const top = upright ? run.hi : run.lo;
    return { text: run.text, x: 0, y: f(down(top) + font * 0.92), width: f(width) };
  });
  const boxes = runs.map((run) => {
    const half = textWidth(run.text, font, bold) / 2;
    return [toDrawing(-half, run.lo), toDrawing(half, run.lo), toDrawing(half, run.hi), toDrawing(-half, run.hi)];
  });
  return { fontSize: font, lines, origin: toDrawing(0, centre), rotation: f(rotation), boxes, hidden };
}

/** An item cut at a word boundary to about `max` characters, with an ellipsis. */
function clip(item: string, max: number): string {
  if (item.length <= max) return item;
  const cut = item.slice(0, max + 1).replace(/\s+\S*$/, "");
  return `${(cut.length >= max / 2 ? cut : item.slice(0, max)).replace(/[\s,;:]+$/, "")}…`;
}

/**
 * Places a text block in a sector: the full text at the largest font that fits; failing that,
 * items shortened with an ellipsis; failing that, the first items and "+ n meer". A smaller font
 * reads better than a word broken with a hyphen. The full text is always in the text version
 * next to the drawing and in the drawing's tooltip.
 */
function fitBlock(block: Block, s: Sector): TextBlock {
  const attempts: Array<{ items: string[]; hidden: number }> = [{ items: block.items, hidden: 0 }];
  for (const max of [32, 24, 16]) attempts.push({ items: block.items.map((item) => clip(item, max)), hidden: 0 });
  for (let visible = block.items.length - 1; visible >= 1; visible--) {
    const rest = block.items.length - visible;
    attempts.push({ items: [...block.items.slice(0, visible).map((item) => clip(item, 16)), `+\u00a0${rest}\u00a0meer`], hidden: rest });
  }
  // Whole words first, even if that means fewer items: a clipped word broken with a hyphen
  // ("Relati-onele…") reads worse than "+ 1 meer". Hyphenation only helps where a word was too wide.
  const needsHyphens: typeof attempts = [];
  for (const attempt of attempts) {
    const plain = place({ ...block, items: attempt.items }, s, attempt.hidden, false);
    if (plain.block) return plain.block;
    if (plain.wordTooWide) needsHyphens.push(attempt);
  }
  for (const attempt of needsHyphens) {
    const hyphenated = place({ ...block, items: attempt.items }, s, attempt.hidden, true);
    if (hyphenated.block) return hyphenated.block;
  }
  const origin = polar((s.r0 + s.r1) / 2, (s.a0 + s.a1) / 2);
  return { fontSize: 0, lines: [], origin, rotation: 0, boxes: [], hidden: block.items.length };
}

const NAME_FONTS = [26, 25, 24, 23, 22, 21, 20, 19, 18, 17, 16, 15, 14, 13];
const SUBTHEME_FONTS = [19, 18, 17, 16, 15, 14, 13];

/** The layout of every slice, starting at twelve o'clock and going clockwise in ring order. */
export function layoutWheel(themes: readonly ChartTheme[]): SliceLayout[] {
  const n = themes.length;
  if (n === 0) return [];
  const span = (Math.PI * 2) / n;
  // The first slice is centred on twelve o'clock, so a wheel of few themes looks balanced.
  const start = -Math.PI / 2 - span / 2;
  return themes.map((theme, i) => {
    const a0 = start + i * span;
    const a1 = a0 + span;
    const ring: Sector = { r0: RADII.inner, r1: RADII.ring, a0, a1 };
    const inner: Sector = { r0: RADII.hub, r1: RADII.inner, a0, a1 };
    return {
      theme,
      ringPath: sectorPath(ring),
      innerPath: sectorPath(inner),
      name: fitBlock({ items: [theme.name], bold: true, fonts: NAME_FONTS, spacing: NAME_SPACING }, ring),
      subthemes: theme.subthemes.length
        ? fitBlock({ items: theme.subthemes, bold: false, fonts: SUBTHEME_FONTS, spacing: SUBTHEME_SPACING }, inner)
        : null,
      badge: theme.priorityRank === null ? null : polar(RADII.badge, (a0 + a1) / 2),
    };
  });
}
