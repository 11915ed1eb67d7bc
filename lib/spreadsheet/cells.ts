// The cells of every spreadsheet the product writes, typed once so a CSV (./write-csv.ts) and a
// workbook (./write-xlsx.ts) show a number or a date the same way. A string is text and only ever text. A number
// says what it is — a count, money, a measured value, a share — and is rounded here to the
// decimals it is shown with, exactly (lib/decimal.ts), so the CSV's "41,5" and the workbook's
// 41.5 are the same number.
import { DECIMAL_SCALE, divideRounded, toScaled, type DecimalInput } from "@/lib/decimal";
import { unitPrecision } from "@/lib/format";
import { amsterdamParts } from "@/lib/time";

export type NumberKind = "integer" | "money" | "decimal" | "share";

export class NumberCell {
  private constructor(
    readonly kind: NumberKind,
    /** The number as shown, with a decimal point: "-1234.5", money "1234.50", a share in percentage points ("45"). */
    readonly digits: string,
  ) {}

  /** Only a plain decimal is a number cell: nothing else can reach a file as one. */
  static of(kind: NumberKind, digits: string): NumberCell {
    if (!/^-?\d+(\.\d+)?$/.test(digits)) throw new RangeError(`Geen getal: ${JSON.stringify(digits)}`);
    return new NumberCell(kind, digits);
  }

  /** The decimals shown; the workbook's number format shows exactly these. */
  get decimals(): number {
    return this.digits.split(".")[1]?.length ?? 0;
  }

  /** The number a workbook holds: a share as a fraction, 0.45 shown as 45 %. */
  get value(): number {
    // From the text, not divided by 100, so 66.67 % is the double nearest 0.6667 (66.67 / 100 is not).
    return Number(this.kind === "share" ? `${this.digits}e-2` : this.digits);
  }
}

/**
 * A calendar day, or a moment as the clock in Amsterdam showed it. A spreadsheet has no time
 * zones: what a Dutch reader expects to see is the wall clock, so that is what is stored.
 */
export class DateCell {
  private constructor(
    /** "2026-12-05" */
    readonly date: string,
    /** "08:15", or null for a day. */
    readonly time: string | null,
  ) {}

  static day(isoDate: string): DateCell {
    if (!/^\d{4}-\d{2}-\d{2}$/.test(isoDate)) throw new RangeError(`Geen datum: ${JSON.stringify(isoDate)}`);
    return new DateCell(isoDate, null);
  }

  static moment(at: Date): DateCell {
    const { date, time } = amsterdamParts(at);
    return new DateCell(date, time);
  }

  /** As Dutch Excel reads a date typed in a cell: 05-12-2026, or 05-12-2026 08:15. */
  get text(): string {
    const [y, m, d] = this.date.split("-");
    return `${d}-${m}-${y}${this.time ? ` ${this.time}` : ""}`;
  }

  /** The wall clock as a UTC instant: a workbook writer stores a Date's UTC fields as they are. */
  get wallClock(): Date {
    return new Date(`${this.date}T${this.time ?? "00:00"}:00Z`);
  }
}

/** Text (a string), a typed number, a date, or an empty cell. */
export type SheetCell = string | NumberCell | DateCell | null | undefined;

/**
 * The choices of a drop-down list: a few fixed words, or the first column of another sheet of the
 * workbook (its rows after the header), for a list longer than the 255 characters Excel keeps in
 * a formula.
 */
export type Choices = readonly string[] | { sheet: string; rows: number };

/**
 * A column: its header, or its header with a width in characters (else as wide as its content)
 * and the choices a template offers in a drop-down list (a workbook only; a CSV has none).
 */
export type SheetColumn = string | { header: string; width?: number; choices?: Choices };

/** A table as both writers take it. */
export type Sheet = { name: string; columns: SheetColumn[]; rows: SheetCell[][] };

export const columnHeader = (column: SheetColumn) => (typeof column === "string" ? column : column.header);

/** scaled × 10^-decimals as "-12.50" (fixed) or "-12.5". */
function digitsOf(scaled: bigint, decimals: number, fixed: boolean): string {
  const negative = scaled < 0n;
  const text = (negative ? -scaled : scaled).toString().padStart(decimals + 1, "0");
  const whole = text.slice(0, text.length - decimals);
  const fraction = fixed ? text.slice(whole.length) : text.slice(whole.length).replace(/0+$/, "");
  return `${negative ? "-" : ""}${whole}${fraction ? `.${fraction}` : ""}`;
}

/** A value rounded half away from zero to at most `decimals` (≤ 4) decimals, or exactly that many when fixed. */
function rounded(value: DecimalInput, decimals: number, fixed: boolean): string {
  const scaled = divideRounded(toScaled(value), 10n ** BigInt(DECIMAL_SCALE - decimals));
  return digitsOf(scaled, decimals, fixed);
}

const missing = (value: DecimalInput | null | undefined): value is null | undefined | "" =>
  value === null || value === undefined || value === "" || (typeof value === "number" && !Number.isFinite(value));

/** A count, a year, a rank: a whole number. */
export function integerCell(value: number | null | undefined): NumberCell | null {
  return missing(value) ? null : NumberCell.of("integer", rounded(value, 0, false));
}

/** An amount in cents, shown in euros with two decimals. */
export function moneyCell(cents: number | null | undefined): NumberCell | null {
  return missing(cents) ? null : NumberCell.of("money", digitsOf(BigInt(Math.round(cents)), 2, true));
}

/** A decimal (a number, or a numeric column's "41.5000") with at most `maxDecimals` decimals. */
export function decimalCell(value: DecimalInput | null | undefined, maxDecimals = DECIMAL_SCALE): NumberCell | null {
  return missing(value) ? null : NumberCell.of("decimal", rounded(value, maxDecimals, false));
}

/** A measured value with the precision its unit asks for (lib/format.ts): € MKI per ton as 38.50, kg as at most 12.25. */
export function measureCell(value: DecimalInput | null | undefined, unit: string | null | undefined): NumberCell | null {
  if (missing(value)) return null;
  const { decimals, fixed } = unitPrecision(unit);
  return NumberCell.of("decimal", rounded(value, decimals, fixed));
}

/**
 * A share given as a fraction (2/3), written as percentage points with at most two decimals: 66.67
 * in a CSV under a header that says "(%)", 0.6667 shown as 66,67 % in a workbook.
 */
export function shareCell(fraction: number | null | undefined): NumberCell | null {
  // Four decimals of the fraction are exactly two of its percentage points.
  return missing(fraction) ? null : NumberCell.of("share", digitsOf(toScaled(fraction), 2, false));
}
