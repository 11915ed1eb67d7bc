// Text measurement and wrapping for the wheel drawing, without a DOM: the chart is rendered on
// the server too. Widths are the advance widths of Arial (and the metric-compatible Liberation
// Sans), the font the drawing asks for, with a small margin; the chart squeezes any line that
// still comes out wider in the browser (wheel-chart.tsx), so a label never leaves its slice.

// Advance widths in em, from the fonts' metrics; [regular, bold].
const WIDTHS: Record<string, [number, number]> = {};
function define(chars: string, regular: number, bold: number) {
  for (const c of chars) WIDTHS[c] = [regular, bold];
}
define("abdeghnopqu", 0.556, 0.611);
define("cksvxyz", 0.5, 0.556);
define("fjt", 0.278, 0.333);
define("il", 0.222, 0.278);
define("r", 0.333, 0.389);
define("m", 0.833, 0.889);
define("w", 0.722, 0.778);
define("ABEKPSVXY", 0.667, 0.722);
define("CDHNRU", 0.722, 0.722);
define("FTZ", 0.611, 0.611);
define("GOQ", 0.778, 0.778);
define("L", 0.556, 0.611);
define("M", 0.833, 0.833);
define("W", 0.944, 0.944);
define("I", 0.278, 0.278);
define("J", 0.5, 0.556);
define("0123456789€", 0.556, 0.556);
define(" .,:;/!'|", 0.278, 0.278);
define("()-[]", 0.333, 0.333);
define("&", 0.667, 0.722);
define("%", 0.889, 0.889);
define("•", 0.35, 0.35);
define("…", 1.0, 1.0);
define("éëèêáàäóöòúüíïç", 0.556, 0.611);

/** Estimated width of a text in pixels at a font size, rounded up by 4 %. */
export function textWidth(text: string, fontSize: number, bold = false): number {
  let em = 0;
  for (const c of text) em += WIDTHS[c]?.[bold ? 1 : 0] ?? (bold ? 0.72 : 0.66);
  return em * fontSize * 1.04;
}

/**
 * Splits a word that is too wide at a natural break ("Water(bodem)" + "kwaliteit"), or, when
 * hyphenation is allowed, with a hyphen; null when it cannot be split.
 */
function splitWord(word: string, fits: (s: string) => boolean, hyphenate: boolean): [string, string] | null {
  if (word.includes("\u00a0")) return null;
  for (let i = word.length - 1; i > 1; i--) {
    if (!"-)/".includes(word[i - 1])) continue;
    const head = word.slice(0, i);
    if (fits(head)) return [head, word.slice(i)];
  }
  if (!hyphenate) return null;
  for (let i = word.length - 1; i > 2; i--) {
    const head = `${word.slice(0, i)}-`;
    if (fits(head)) return [head, word.slice(i)];
  }
  return null;
}

/**
 * Greedy word wrap where every line may have its own width (lines in a pie slice get wider
 * towards the rim). Returns null when a word cannot be made to fit, without hyphenation or
 * not even with it.
 */
export function wrapText(
  text: string,
  width: number | ((line: number) => number),
  fontSize: number,
  options: { bold?: boolean; hyphenate?: boolean } = {},
): string[] | null {
  const widthOf = typeof width === "number" ? () => width : width;
  const lines: string[] = [];
  const fits = (s: string) => textWidth(s, fontSize, options.bold) <= widthOf(lines.length);
  let current = "";
  // Only ordinary spaces break a line: a no-break space ("+ 2 meer") keeps its words together.
  for (let word of text
    .trim()
    .split(/[ \t\n]+/)
    .filter(Boolean)) {
    const candidate = current ? `${current} ${word}` : word;
    if (fits(candidate)) {
      current = candidate;
      continue;
    }
    if (current) {
      lines.push(current);
      current = "";
    }
    while (!fits(word)) {
      const split = splitWord(word, fits, options.hyphenate ?? true);
      if (!split) return null;
      lines.push(split[0]);
      word = split[1];
    }
    current = word;
  }
  if (current) lines.push(current);
  return lines;
}
