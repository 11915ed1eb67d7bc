// Dutch number, money and date handling in one place: every number, amount, percentage and date a
// person reads, on screen, in PDFs, e-mails and exports, is formatted here. Inputs accept a decimal comma and dots
// as thousands separators ("1.250.000,50"); a dot used as decimal point ("12.5") is refused with
// a message instead of silently read as 125.

import { amsterdamParts } from "@/lib/time";

export type ParsedDecimal = { ok: true; value: number; normalized: string } | { ok: false; error: string };

// A first group of 0 is no thousands notation: "0.001" is a decimal point typed by mistake, not 1.
const GROUPED = /^-?[1-9]\d{0,2}(\.\d{3})+(,\d+)?$/;
const PLAIN = /^-?\d+(,\d+)?$/;

export function parseNlDecimal(input: string): ParsedDecimal {
  const text = input.replace(/[\s\u00a0€]/g, "");
  if (text === "") return { ok: false, error: "Vul een getal in." };
  if (!GROUPED.test(text) && !PLAIN.test(text)) {
    if (/^-?\d+\.\d+$/.test(text) || /^-?[\d,]+\.\d+$/.test(text)) {
      return { ok: false, error: "Gebruik een komma voor decimalen, bijvoorbeeld 12,5." };
    }
    return { ok: false, error: "Vul een geldig getal in, bijvoorbeeld 1.250,50." };
  }
  const normalized = text.replace(/\./g, "").replace(",", ".");
  return { ok: true, value: Number(normalized), normalized };
}

export type ParsedCents = { ok: true; cents: number } | { ok: false; error: string };

/** Euros as typed by a Dutch user to exact integer cents, without passing through a float. */
export function parseEuroCents(input: string): ParsedCents {
  const parsed = parseNlDecimal(input);
  if (!parsed.ok) return parsed;
  if (parsed.value < 0) return { ok: false, error: "Het bedrag mag niet negatief zijn." };
  const [whole, fraction = ""] = parsed.normalized.split(".");
  if (fraction.length > 2) return { ok: false, error: "Gebruik hoogstens twee cijfers achter de komma." };
  const cents = BigInt(whole) * 100n + BigInt(fraction.padEnd(2, "0"));
  if (cents > BigInt(Number.MAX_SAFE_INTEGER)) return { ok: false, error: "Dit bedrag is te groot." };
  return { ok: true, cents: Number(cents) };
}

const euro = new Intl.NumberFormat("nl-NL", { style: "currency", currency: "EUR" });
const euroWhole = new Intl.NumberFormat("nl-NL", { style: "currency", currency: "EUR", maximumFractionDigits: 0 });

/** An amount in cents: "€ 1.250.000,50", the euro sign held to the number by a no-break space, as Intl writes it. */
export function formatEuroCents(cents: number, options: { whole?: boolean } = {}): string {
  if (options.whole && cents % 100 === 0) return euroWhole.format(cents / 100);
  return euro.format(cents / 100);
}

/** Cents back to what a user would type: "1.250.000,50". */
export function centsToInput(cents: number): string {
  const whole = Math.trunc(cents / 100);
  const fraction = Math.abs(cents % 100);
  const grouped = decimals(0, 0).format(whole);
  return fraction === 0 ? grouped : `${grouped},${String(fraction).padStart(2, "0")}`;
}

const euroCompact = new Intl.NumberFormat("nl-NL", {
  style: "currency",
  currency: "EUR",
  notation: "compact",
  // Without a minimum, currency style pads to one decimal: "€ 95,0K" instead of "€ 95K".
  minimumFractionDigits: 0,
  maximumFractionDigits: 1,
});

/** Large totals for overview tiles: "€ 10,4 mln". */
export function formatEuroCompact(cents: number): string {
  return euroCompact.format(cents / 100);
}

/**
 * One formatter per number of decimals, made once: creating an Intl.NumberFormat costs far more
 * than formatting with it, and a dashboard page formats a few thousand numbers.
 */
const formatters = new Map<string, Intl.NumberFormat>();
function decimals(minimumFractionDigits: number, maximumFractionDigits: number): Intl.NumberFormat {
  const key = `${minimumFractionDigits}-${maximumFractionDigits}`;
  let formatter = formatters.get(key);
  if (!formatter) {
    formatter = new Intl.NumberFormat("nl-NL", { minimumFractionDigits, maximumFractionDigits });
    formatters.set(key, formatter);
  }
  return formatter;
}

export function formatNumber(value: number, maximumFractionDigits = 2): string {
  return decimals(0, maximumFractionDigits).format(value);
}

/** Always this many decimals, so a column of averages lines up: 3 → "3,0". */
export function formatFixed(value: number, fractionDigits: number): string {
  return decimals(fractionDigits, fractionDigits).format(value);
}

/**
 * Between a number and its unit or currency sign: a non-breaking space, as Intl puts after "€",
 * so "€ 200.000" or "33,3 %" never ends one line and starts the next.
 */
const UNIT_SPACE = "\u00a0";

/** A percentage given as 0–100: "33,3 %". */
export function formatPercent(value: number, maximumFractionDigits = 1): string {
  return `${formatNumber(value, maximumFractionDigits)}${UNIT_SPACE}%`;
}

const compactNumber = new Intl.NumberFormat("nl-NL", { notation: "compact", maximumFractionDigits: 1 });

/** Chart axis ticks, where space is short: 1250000 → "1,3 mln.", 12500 → "12,5K". */
export function formatCompactNumber(value: number): string {
  return compactNumber.format(value);
}

/**
 * A stored or posted decimal as a Dutch user types it back into an input: "35.5000" → "35,5",
 * 12.5 → "12,5". Never rounds and never groups thousands, so the input reads back as the same value.
 */
export function decimalInput(value: string | number | null | undefined): string {
  if (value === null || value === undefined) return "";
  const text = typeof value === "number" ? String(value) : value.trim();
  const [whole, fraction = ""] = text.split(".");
  const kept = fraction.replace(/0+$/, "");
  if (kept) return `${whole},${kept}`;
  return whole === "-0" ? "0" : whole;
}

// Precision by unit: a unit with € is money, kilograms, tonnes, kWh and percentages need no more
// than hundredths; a count, a score or a unit we do not know keeps up to four decimals as stored.
const MONEY = new Intl.NumberFormat("nl-NL", { minimumFractionDigits: 2, maximumFractionDigits: 2 });
const HUNDREDTHS = new Intl.NumberFormat("nl-NL", { maximumFractionDigits: 2 });
const STORED = new Intl.NumberFormat("nl-NL", { maximumFractionDigits: 4 });
const TO_HUNDREDTHS = /%|\bkg\b|\bton\b|\bkWh\b/;

/**
 * A measured value with its unit, the one way pages, PDFs and e-mails show one: "1.250.000,5 kg",
 * "45 %", "€ 38,50 MKI per ton" (the euro sign in front), a dash for no value.
 */
export function formatMeasure(value: string | number | null | undefined, unit?: string | null): string {
  if (value === null || value === undefined || value === "") return "—";
  const u = (unit ?? "").trim();
  const text = formatMeasureNumber(value, u);
  if (u.startsWith("€")) return `€${UNIT_SPACE}${text}${u.slice(1)}`;
  return u ? `${text}${UNIT_SPACE}${u}` : text;
}

/** The number alone, with the precision its unit asks for, where the unit is said once elsewhere (a trend line). */
export function formatMeasureNumber(value: string | number, unit?: string | null): string {
  const { decimals, fixed } = unitPrecision(unit);
  return (fixed ? MONEY : decimals === 2 ? HUNDREDTHS : STORED).format(Number(value));
}

/** The decimals a value of this unit shows: exactly two for money, at most two or four otherwise. */
export function unitPrecision(unit?: string | null): { decimals: number; fixed: boolean } {
  const u = (unit ?? "").trim();
  if (u.startsWith("€")) return { decimals: 2, fixed: true };
  return { decimals: TO_HUNDREDTHS.test(u) ? 2 : 4, fixed: false };
}

const longDate = new Intl.DateTimeFormat("nl-NL", { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" });
const dateTime = new Intl.DateTimeFormat("nl-NL", {
  day: "numeric",
  month: "short",
  year: "numeric",
  hour: "2-digit",
  minute: "2-digit",
  timeZone: "Europe/Amsterdam",
});

/** An ISO date ("2026-03-01") as "1 maart 2026". */
export function formatDate(isoDate: string): string {
  const date = new Date(`${isoDate}T00:00:00Z`);
  // A date JavaScript cannot read (a year past 9999 in an old row) is shown as stored, not a crash.
  return Number.isNaN(date.getTime()) ? isoDate : longDate.format(date);
}

export function formatDateTime(value: Date): string {
  return dateTime.format(value);
}

const amsterdamDay = new Intl.DateTimeFormat("nl-NL", { day: "numeric", month: "long", year: "numeric", timeZone: "Europe/Amsterdam" });
const amsterdamWeekday = new Intl.DateTimeFormat("nl-NL", {
  weekday: "long",
  day: "numeric",
  month: "long",
  year: "numeric",
  timeZone: "Europe/Amsterdam",
});

/** The Amsterdam calendar day of a moment: "22 november 2026". */
export function formatDay(value: Date): string {
  return amsterdamDay.format(value);
}

/** A meeting in Amsterdam time: "donderdag 15 juli 2027, 14:00–15:00". */
export function formatMeeting(start: Date, durationMinutes: number): string {
  const end = new Date(start.getTime() + durationMinutes * 60_000);
  return `${amsterdamWeekday.format(start)}, ${amsterdamParts(start).time}–${amsterdamParts(end).time}`;
}

/** A sentence that ends in a name: "… van Groen Cateraars B.V." and not "B.V..". */
export function sentence(text: string): string {
  return /[.!?]$/.test(text.trimEnd()) ? text.trimEnd() : `${text}.`;
}
