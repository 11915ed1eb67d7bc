// CSV for Dutch Excel, one dialect for every download and template of the product: semicolon
// separated (the list separator of a Dutch Windows), UTF-8 with a byte-order mark (without it
// Excel reads UTF-8 as Windows-1252 and breaks "ë" and "€"), CRLF line ends.
//
// Cells are typed (./cells.ts). Text is whatever a person typed (a KPI name, a
// reason, a contract title; the other party may have typed it) and is never trusted: a text cell
// that a spreadsheet would read as a formula is written as text (OWASP "CSV injection": a leading
// single quote, the cell quoted). Numbers are written as the workbook shows them, without
// thousands separators and with a decimal comma, never prefixed, so an amount of −€ 2,50 is
// "-2,50" and stays a number Excel can add up. Dates are written as Dutch Excel reads a typed
// date (05-12-2026), so they become dates there too.
import { columnHeader, DateCell, NumberCell, type Sheet, type SheetCell } from "./cells";

export const CSV_CONTENT_TYPE = "text/csv; charset=utf-8";

// What makes Excel, LibreOffice or Google Sheets start a formula or a DDE command, also after
// leading spaces, and the full-width forms that some locales accept as the same characters.
const FORMULA_START = /^[\s\u00a0]*[=+\-@\uff1d\uff0b\uff0d\uff20]|^[\t\r\n]/;

export function csvField(value: SheetCell): string {
  if (value === null || value === undefined) return "";
  if (value instanceof NumberCell) return value.digits.replace(".", ",");
  if (value instanceof DateCell) return value.text;
  if (FORMULA_START.test(value)) return `"'${value.replace(/"/g, '""')}"`;
  return /[";\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

export function toCsv(rows: SheetCell[][]): string {
  return `\uFEFF${csvLines(rows)}`;
}

/** Rows as CSV lines, each ended: for a file written in parts after csvHeader. */
export function csvLines(rows: SheetCell[][]): string {
  return rows.map((row) => `${row.map(csvField).join(";")}\r\n`).join("");
}

/** The start of a CSV file written in parts: the byte-order mark and the header line. */
export function csvHeader(columns: Sheet["columns"]): string {
  return `\uFEFF${csvLines([columns.map(columnHeader)])}`;
}

/** A sheet as CSV: its headers, then its rows. */
export function sheetCsv(sheet: Pick<Sheet, "columns" | "rows">): string {
  return toCsv([sheet.columns.map(columnHeader), ...sheet.rows]);
}
