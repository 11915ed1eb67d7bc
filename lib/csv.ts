// CSV for Dutch Excel, one dialect for every download and template of the product: semicolon
// separated (the list separator of a Dutch Windows), UTF-8 with a byte-order mark (without it
// Excel reads UTF-8 as Windows-1252 and breaks "ë" and "€"), decimal comma, CRLF line ends.
//
// Cells are typed. Text is whatever a person typed (a KPI name, a reason, a contract title; the
// other party may have typed it) and is never trusted: a text cell that a spreadsheet would read
// as a formula is written as text (OWASP "CSV injection": a leading single quote, the cell
// quoted). Numbers are numbers, written with a decimal comma and never prefixed, so an amount of
// −€ 2,50 stays a number Excel can add up.

export const CSV_CONTENT_TYPE = "text/csv; charset=utf-8";

/** A numeric cell as written ("-1234,5"): it can hold nothing but a number. */
export class CsvNumber {
  private constructor(readonly text: string) {}
  static of(text: string): CsvNumber {
    if (!/^-?\d+(,\d+)?$/.test(text)) throw new RangeError(`Geen getal: ${JSON.stringify(text)}`);
    return new CsvNumber(text);
  }
}

/** Text (a string), a number (a JS number or a CsvNumber) or an empty cell. */
export type CsvCell = string | number | CsvNumber | null | undefined;

// What makes Excel, LibreOffice or Google Sheets start a formula or a DDE command, also after
// leading spaces, and the full-width forms that some locales accept as the same characters.
const FORMULA_START = /^[\s\u00a0]*[=+\-@\uff1d\uff0b\uff0d\uff20]|^[\t\r\n]/;

export function csvField(value: CsvCell): string {
  if (value === null || value === undefined) return "";
  if (value instanceof CsvNumber) return value.text;
  if (typeof value === "number") return Number.isFinite(value) ? String(value).replace(".", ",") : "";
  if (FORMULA_START.test(value)) return `"'${value.replace(/"/g, '""')}"`;
  return /[";\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

export function toCsv(rows: CsvCell[][]): string {
  return `\uFEFF${rows.map((row) => row.map(csvField).join(";")).join("\r\n")}\r\n`;
}

/** Cents as euros with a decimal comma and no thousands separator, so Excel reads a number: 1234,50. */
export function csvEuros(cents: number): CsvNumber {
  const sign = cents < 0 ? "-" : "";
  const abs = Math.abs(cents);
  return CsvNumber.of(`${sign}${Math.trunc(abs / 100)},${String(abs % 100).padStart(2, "0")}`);
}

const PLAIN_DECIMAL = /^-?\d+(\.\d+)?$/;

/** A stored decimal ("41.5000") with a decimal comma and without trailing zeros: 41,5; empty stays empty. */
export function csvDecimal(value: string | null | undefined): CsvNumber | null {
  if (value === null || value === undefined || value === "") return null;
  // Only a decimal as the database writes it is a number; anything else would be text.
  if (!PLAIN_DECIMAL.test(value)) throw new RangeError(`Geen decimaal getal: ${JSON.stringify(value)}`);
  const [whole, fraction = ""] = value.split(".");
  const trimmed = fraction.replace(/0+$/, "");
  return CsvNumber.of(trimmed ? `${whole},${trimmed}` : whole);
}
