// Reading one cell of an import row: text, a Dutch number, a quarter. Each reader returns the
// value or a Dutch message that names what was found, so a row error says exactly what to fix.
import { normalizeDecimal } from "@/lib/decimal";
import { decimalInput, parseNlDecimal } from "@/lib/format";
import { parseQuarter, quarterKey, type Quarter } from "@/lib/periods";
import type { Cell } from "@/lib/spreadsheet/table";

export type Read<T> = { ok: true; value: T } | { ok: false; error: string };

const MAX_MAGNITUDE = 1e14;

export function cellText(cell: Cell | undefined): string {
  if (cell === undefined) return "";
  return typeof cell === "number" ? decimalInput(cell) : cell.trim();
}

/**
 * A number as a canonical decimal string ("12.5"). A spreadsheet number is taken as stored; text
 * must use the decimal comma, so "12.5" is refused rather than read as 125.
 */
export function readNumber(cell: Cell | undefined): Read<string> {
  if (typeof cell === "number") {
    if (!Number.isFinite(cell) || Math.abs(cell) >= MAX_MAGNITUDE) return { ok: false, error: `${cell} is geen bruikbaar getal.` };
    return { ok: true, value: normalizeDecimal(cell) };
  }
  const text = cellText(cell);
  const parsed = parseNlDecimal(text);
  if (parsed.ok) {
    if ((parsed.normalized.split(".")[1] ?? "").length > 4)
      return { ok: false, error: `"${text}" heeft meer dan 4 cijfers achter de komma.` };
    if (Math.abs(parsed.value) >= MAX_MAGNITUDE) return { ok: false, error: `"${text}" is te groot.` };
    return { ok: true, value: normalizeDecimal(parsed.normalized) };
  }
  const compact = text.replace(/\s/g, "");
  if (/^-?[\d,]*\d\.\d+$/.test(compact)) {
    return { ok: false, error: `"${text}" gebruikt een punt als decimaalteken; schrijf ${decimalInput(compact.replace(/,/g, ""))}.` };
  }
  return { ok: false, error: `"${text}" is geen getal.` };
}

export function readQuarter(cell: Cell | undefined): Read<{ quarter: Quarter; key: string }> {
  const text = cellText(cell);
  const quarter = parseQuarter(text);
  if (!quarter) return { ok: false, error: `"${text}" is geen kwartaal; schrijf bijvoorbeeld 2027 K2.` };
  return { ok: true, value: { quarter, key: quarterKey(quarter) } };
}

/** One of a fixed set of Dutch words, case-insensitive. */
export function readWord<T>(cell: Cell | undefined, words: Record<string, T>, expected: string): Read<T> {
  const text = cellText(cell).toLowerCase();
  if (Object.hasOwn(words, text)) return { ok: true, value: words[text] };
  return { ok: false, error: `"${cellText(cell)}" is geen geldige waarde; kies ${expected}.` };
}
