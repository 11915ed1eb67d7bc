// Every bid of a tender next to the winner (seed 003 step 4: how far the offers differ), so the
// board sees what the choice gained in sustainability, and later what was delivered against it.
import { fromScaled, toScaled } from "@/lib/decimal";

export const TENDER_PROCEDURES = {
  openbaar: "Openbare procedure",
  niet_openbaar: "Niet-openbare procedure",
  onderhandeling: "Mededingingsprocedure met onderhandeling",
  concurrentiegerichte_dialoog: "Concurrentiegerichte dialoog",
  innovatiepartnerschap: "Innovatiepartnerschap",
  meervoudig_onderhands: "Meervoudig onderhandse procedure",
  enkelvoudig_onderhands: "Enkelvoudig onderhandse procedure",
} as const;

export function procedureLabel(key: string | null): string {
  return key ? ((TENDER_PROCEDURES as Record<string, string>)[key] ?? key) : "—";
}

/** The letter of the next losing bid: A, B, ... Z, then AA, AB ...; letters of removed bids are not reused. */
export function nextBidLabel(taken: string[]): string {
  const index = (label: string) => [...label].reduce((n, c) => n * 26 + (c.charCodeAt(0) - 64), 0);
  const next = taken.reduce((max, label) => Math.max(max, index(label)), 0) + 1;
  const letter = (n: number) => String.fromCharCode(64 + n);
  return next <= 26 ? letter(next) : letter(Math.floor((next - 1) / 26)) + letter(((next - 1) % 26) + 1);
}

/** The median of decimal strings, exact: the middle value, or the mean of the two middle ones. */
function medianOf(values: string[]): string | null {
  if (values.length === 0) return null;
  const sorted = values.map(toScaled).sort((a, b) => (a === b ? 0 : a < b ? -1 : 1));
  const mid = Math.floor(sorted.length / 2);
  if (sorted.length % 2 === 1) return fromScaled(sorted[mid]);
  const sum = sorted[mid - 1] + sorted[mid];
  // Half of an odd number of ten-thousandths rounds half away from zero, as lib/decimal does.
  return fromScaled(sum >= 0n ? (sum + 1n) / 2n : (sum - 1n) / 2n);
}

export type Direction = "lower_better" | "higher_better";

export type Gain = {
  othersMedian: string | null;
  othersBest: string | null;
  /** How much better the winner is than the others' median (positive) or worse (negative), in the indicator's unit. */
  gainOnMedian: string | null;
  gainOnBest: string | null;
};

/** The sustainability gain of the choice on one indicator: the winner against the others' median and best. */
export function gainOf(direction: Direction, winner: string | null, others: string[]): Gain {
  const othersMedian = medianOf(others);
  const scaled = others.map(toScaled);
  const best = scaled.length === 0 ? null : scaled.reduce((b, v) => (direction === "lower_better" ? (v < b ? v : b) : v > b ? v : b));
  const better = (than: bigint) => {
    if (winner === null) return null;
    const w = toScaled(winner);
    return fromScaled(direction === "lower_better" ? than - w : w - than);
  };
  return {
    othersMedian,
    othersBest: best === null ? null : fromScaled(best),
    gainOnMedian: othersMedian === null ? null : better(toScaled(othersMedian)),
    gainOnBest: best === null ? null : better(best),
  };
}
