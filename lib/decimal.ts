// Exact decimal arithmetic for KPI values and money. KPI values (targets, actuals, baselines,
// tolerances, factors) are fixed-point BigInts with four decimals: the same scale as the
// numeric(18, 4) columns, so what the database stores is exactly what the rules compute with.
// Money is integer cents. Every division rounds once, half away from zero, at the very end of a
// calculation; nothing passes through a binary float, so 2,3 × € 12,00 × 1,5 is € 41,40 and
// never € 41,39.

export const DECIMAL_SCALE = 4;
/** 10^DECIMAL_SCALE: a scaled value of 125_000n means 12,5. */
export const ONE = 10n ** BigInt(DECIMAL_SCALE);

/** numeric(18, 4): fourteen digits before the decimal point, four after. */
const MAX_WHOLE_DIGITS = 18 - DECIMAL_SCALE;
const LIMIT_SCALED = 10n ** 18n;
export const TOO_LARGE_MESSAGE = `Dit getal is te groot: gebruik hoogstens ${MAX_WHOLE_DIGITS} cijfers voor de komma.`;

/** Whether a scaled value fits the numeric(18, 4) columns (after rounding to four decimals). */
export function fitsNumericColumn(scaled: bigint): boolean {
  return (scaled < 0n ? -scaled : scaled) < LIMIT_SCALED;
}

/** What callers pass in: a number as typed (12.5) or a numeric column's string ("12.5000"). */
export type DecimalInput = string | number;

const PLAIN_DECIMAL = /^([+-]?)(\d+)(?:\.(\d*))?$|^([+-]?)\.(\d+)$/;

/**
 * A value as a scaled BigInt (value × 10^4). Digits beyond the fourth decimal are rounded half
 * away from zero. Throws on anything that is not a plain decimal: input with a decimal comma
 * is parsed by lib/format before it gets here.
 */
export function toScaled(value: DecimalInput): bigint {
  const text = typeof value === "number" ? numberToPlain(value) : value.trim();
  const match = PLAIN_DECIMAL.exec(text);
  if (!match) throw new RangeError(`Geen geldig decimaal getal: ${JSON.stringify(value)}`);
  const sign = match[1] ?? match[4] ?? "";
  const whole = match[2] ?? "0";
  const fraction = match[3] ?? match[5] ?? "";
  const kept = BigInt(whole + fraction.slice(0, DECIMAL_SCALE).padEnd(DECIMAL_SCALE, "0"));
  const roundUp = fraction.length > DECIMAL_SCALE && fraction.charCodeAt(DECIMAL_SCALE) >= "5".charCodeAt(0);
  const magnitude = roundUp ? kept + 1n : kept;
  return sign === "-" ? -magnitude : magnitude;
}

function numberToPlain(value: number): string {
  if (!Number.isFinite(value)) throw new RangeError(`Geen eindig getal: ${value}`);
  // String() gives the shortest text that reads back as the same double, i.e. what was typed
  // (12.5, 0.1); only very small or very large numbers use exponent notation.
  const text = String(value);
  // eslint-disable-next-line no-restricted-syntax -- turns a float into digits to compute with, never shown
  return /e/i.test(text) ? value.toFixed(DECIMAL_SCALE + 2) : text;
}

/** A scaled value as a canonical decimal string without trailing zeros: 125_000n → "12.5". */
export function fromScaled(scaled: bigint): string {
  const negative = scaled < 0n;
  const magnitude = negative ? -scaled : scaled;
  const whole = magnitude / ONE;
  const fraction = (magnitude % ONE).toString().padStart(DECIMAL_SCALE, "0").replace(/0+$/, "");
  const text = fraction ? `${whole}.${fraction}` : `${whole}`;
  return negative && magnitude !== 0n ? `-${text}` : text;
}

/** A value rounded half away from zero to at most `decimals` (0–4) places: (12.345, 2) → "12.35". */
export function roundDecimal(value: DecimalInput, decimals: number): string {
  const step = 10n ** BigInt(DECIMAL_SCALE - decimals);
  return fromScaled(divideRounded(toScaled(value), step) * step);
}

/** A canonical decimal string for any input: "12.5000" → "12.5", 3 → "3". */
export function normalizeDecimal(value: DecimalInput): string {
  return fromScaled(toScaled(value));
}

/** For charts and Intl formatting only: never compute with the result. */
export function scaledToNumber(scaled: bigint): number {
  return Number(fromScaled(scaled));
}

/** numerator / denominator rounded half away from zero (denominator must not be zero). */
export function divideRounded(numerator: bigint, denominator: bigint): bigint {
  if (denominator === 0n) throw new RangeError("Deling door nul.");
  if (denominator < 0n) return divideRounded(-numerator, -denominator);
  const negative = numerator < 0n;
  const magnitude = negative ? -numerator : numerator;
  const quotient = (magnitude * 2n + denominator) / (denominator * 2n);
  return negative ? -quotient : quotient;
}

export function absScaled(scaled: bigint): bigint {
  return scaled < 0n ? -scaled : scaled;
}

/** percent % of an amount in cents, rounded to the cent: 5 % of € 1.000,00 is € 50,00. */
export function percentOfCents(cents: number | bigint, percent: DecimalInput): number {
  return Number(divideRounded(BigInt(cents) * toScaled(percent), 100n * ONE));
}

/** Multiply two scaled values, result scaled, rounded once. */
export function multiplyScaled(a: bigint, b: bigint): bigint {
  return divideRounded(a * b, ONE);
}
