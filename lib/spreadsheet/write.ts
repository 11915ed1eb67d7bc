// The one XLSX writer: a workbook of typed sheets (./cells.ts), each with a bold, frozen header
// row. Numbers are numeric cells with a number format that shows the decimals the CSV writes
// (money with € and two, a share as a percentage), so they add up in Excel and look like the
// screen. Text is only ever a string cell: exceljs makes a formula from a { formula } object
// alone, and the cell types accept no objects, so "=1+1" from a KPI name stays text.
import ExcelJS from "exceljs";
import { columnHeader, NumberCell, type Sheet } from "./cells";

export const XLSX_CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

/** Euros as nl-NL writes them, minus after the sign: € 1.234,50 and € -2,50. */
export const MONEY_FORMAT = '"€" #,##0.00;"€" -#,##0.00';
const INTEGER_FORMAT = "0";

const places = (n: number) => (n > 0 ? `.${"0".repeat(n)}` : "");

/** The number format of a cell: exactly the decimals it has, so 41.5 shows as 41,5 and not 41,50. */
function numberFormat(cell: NumberCell): string {
  switch (cell.kind) {
    case "integer":
      return INTEGER_FORMAT;
    case "money":
      return MONEY_FORMAT;
    case "share":
      return `0${places(cell.decimals)}%`;
    case "decimal":
      return `#,##0${places(cell.decimals)}`;
  }
}

const MAX_NAME = 31;

/**
 * A sheet name Excel accepts: none of []:*?/\, no apostrophe at either end, at most 31
 * characters, and not the same as an earlier one (Excel compares them without case).
 */
export function sheetName(title: string, taken: Set<string>): string {
  const base =
    title
      .replace(/[[\]:*?/\\]/g, "")
      .replace(/^'+|'+$/g, "")
      .trim()
      .slice(0, MAX_NAME)
      .trim() || "Blad";
  let name = base;
  for (let n = 2; taken.has(name.toLowerCase()); n++) name = `${base.slice(0, MAX_NAME - ` (${n})`.length)} (${n})`;
  taken.add(name.toLowerCase());
  return name;
}

/** A column as wide as its header, within reason, unless it says otherwise. */
const widthOf = (column: Sheet["columns"][number]) =>
  typeof column === "string" ? Math.max(12, Math.min(48, column.length + 4)) : column.width;

export async function workbookXlsx(sheets: Sheet[], properties: { title?: string } = {}): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "Groeipad";
  if (properties.title) workbook.title = properties.title;
  const taken = new Set<string>();
  for (const sheet of sheets) {
    const worksheet = workbook.addWorksheet(sheetName(sheet.name, taken), { views: [{ state: "frozen", ySplit: 1 }] });
    worksheet.columns = sheet.columns.map((column) => ({ header: columnHeader(column), width: widthOf(column) }));
    worksheet.getRow(1).font = { bold: true };
    sheet.rows.forEach((cells, rowIndex) => {
      const row = worksheet.getRow(rowIndex + 2);
      cells.forEach((cell, index) => {
        if (cell === null || cell === undefined || cell === "") return;
        const target = row.getCell(index + 1);
        if (cell instanceof NumberCell) {
          target.value = cell.value;
          target.numFmt = numberFormat(cell);
        } else target.value = cell;
      });
    });
  }
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}
