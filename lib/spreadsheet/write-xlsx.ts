// The one XLSX writer: a workbook of typed sheets (./cells.ts), each with a bold, frozen header
// row and columns as wide as what they hold. Numbers are numeric cells with a number format that
// shows the decimals the CSV writes (money with € and two, a share as a percentage), so they add
// up in Excel and look like the screen; dates are date cells. Text is only ever a string cell:
// exceljs makes a formula from a { formula } object alone, and the cell types accept no objects,
// so "=1+1" from a KPI name stays text. An export says on a last sheet what it holds: the
// filters it was made with and when, so a file passed on still says what it shows.
// A workbook too long to hold in memory is written while it is sent (./stream-xlsx.ts), with the
// header, cells and info sheet of this file.
import ExcelJS from "exceljs";
import { columnHeader, DateCell, NumberCell, type Choices, type Sheet, type SheetCell, type SheetColumn } from "./cells";

export const XLSX_CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
export const WORKBOOK_CREATOR = "Groeipad";

/** Euros as nl-NL writes them, minus after the sign: € 1.234,50 and € -2,50. */
export const MONEY_FORMAT = '"€" #,##0.00;"€" -#,##0.00';
const INTEGER_FORMAT = "0";

const DATE_FORMAT = "dd-mm-yyyy";
const MOMENT_FORMAT = "dd-mm-yyyy hh:mm";

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

/** The characters a cell shows: a number with its thousands separators, the longest line of a text. */
function shownLength(cell: SheetCell): number {
  if (cell === null || cell === undefined) return 0;
  if (cell instanceof NumberCell) {
    const whole = cell.digits.split(".")[0].replace("-", "").length;
    return cell.digits.length + Math.floor((whole - 1) / 3) + (cell.kind === "money" ? 2 : cell.kind === "share" ? 1 : 0);
  }
  if (cell instanceof DateCell) return cell.text.length;
  return Math.max(0, ...cell.split(/\r?\n/).map((line) => line.length));
}

const MIN_WIDTH = 10;
const MAX_WIDTH = 60;

/** A column as wide as its header and its widest cell, within reason, unless it says otherwise. */
function widthOf(sheet: Pick<Sheet, "columns" | "rows">, index: number): number {
  const column = sheet.columns[index];
  if (typeof column !== "string" && column.width) return column.width;
  const widest = Math.max(columnHeader(column).length, ...sheet.rows.map((row) => shownLength(row[index])));
  return Math.max(MIN_WIDTH, Math.min(MAX_WIDTH, widest + 2));
}

/** The rows of a template that offer a column's choices: more than anyone fills in by hand. */
const CHOICE_ROWS = 1000;

/**
 * exceljs keeps validations of whole ranges (written as one sqref, not a thousand cells), but its
 * type declarations leave this property out.
 */
const rangeValidations = (worksheet: ExcelJS.Worksheet) =>
  (worksheet as unknown as { dataValidations: { add(range: string, validation: ExcelJS.DataValidation): void } }).dataValidations;

/**
 * A drop-down list of the column's choices on the rows of a template. Excel refuses anything
 * else typed there, with the choices in the message; an empty cell stays allowed.
 */
const hasChoices = (choices: Choices) => ("length" in choices ? choices.length : choices.rows) > 0;

function offerChoices(worksheet: ExcelJS.Worksheet, column: number, choices: Choices, lastRow: number) {
  const letter = worksheet.getColumn(column).letter;
  const fixed = "length" in choices;
  rangeValidations(worksheet).add(`${letter}2:${letter}${Math.max(lastRow, CHOICE_ROWS)}`, {
    type: "list",
    allowBlank: true,
    // Fixed words are written in the formula itself (quoted, comma-separated, at most 255
    // characters); a longer list is the first column of another sheet.
    formulae: [fixed ? `"${choices.join(",")}"` : `'${choices.sheet.replaceAll("'", "''")}'!$A$2:$A$${choices.rows + 1}`],
    showErrorMessage: true,
    errorStyle: "stop",
    errorTitle: "Kies uit de lijst",
    error: fixed ? `Kies een van: ${choices.join(", ")}.` : `Kies een waarde uit het blad ${choices.sheet}.`,
  });
}

/** What an export holds, for its info sheet: the filters by name, in the order shown. */
export type ExportInfo = { title: string; exportedAt: Date; exportedBy: string; filters: Array<[label: string, value: string]> };

export function infoSheet(info: ExportInfo): Sheet {
  return {
    name: "Info",
    columns: ["Over deze export", "Waarde"],
    rows: [
      ["Inhoud", info.title],
      ["Geëxporteerd op", DateCell.moment(info.exportedAt)],
      ["Geëxporteerd door", info.exportedBy],
      ...info.filters,
    ],
  };
}

/** A sheet's header row in bold above columns as wide as given; the sheet was added with frozenHeader(). */
export function writeHeader(worksheet: ExcelJS.Worksheet, columns: SheetColumn[], widths: number[]): void {
  worksheet.columns = columns.map((column, index) => ({ header: columnHeader(column), width: widths[index] }));
  worksheet.getRow(1).font = { bold: true };
}

/** The header row stays in view while scrolling (new for every sheet: exceljs keeps the object). */
export const frozenHeader = (): Partial<ExcelJS.AddWorksheetOptions> => ({ views: [{ state: "frozen", ySplit: 1 }] });

/** The widths of a sheet's columns, measured over the rows given. */
export const columnWidths = (sheet: Pick<Sheet, "columns" | "rows">) => sheet.columns.map((_, index) => widthOf(sheet, index));

/** A row's typed cells: numbers and dates with their format, text as text, empty cells left out. */
export function writeCells(row: ExcelJS.Row, cells: SheetCell[]): void {
  cells.forEach((cell, index) => {
    if (cell === null || cell === undefined || cell === "") return;
    const target = row.getCell(index + 1);
    if (cell instanceof NumberCell) {
      target.value = cell.value;
      target.numFmt = numberFormat(cell);
    } else if (cell instanceof DateCell) {
      target.value = cell.wallClock;
      target.numFmt = cell.time ? MOMENT_FORMAT : DATE_FORMAT;
    } else target.value = cell;
  });
}

export async function workbookXlsx(sheets: Sheet[], properties: { title?: string; info?: ExportInfo } = {}): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = WORKBOOK_CREATOR;
  const title = properties.title ?? properties.info?.title;
  if (title) workbook.title = title;
  const taken = new Set<string>();
  for (const sheet of properties.info ? [...sheets, infoSheet(properties.info)] : sheets) {
    const worksheet = workbook.addWorksheet(sheetName(sheet.name, taken), frozenHeader());
    writeHeader(worksheet, sheet.columns, columnWidths(sheet));
    sheet.columns.forEach((column, index) => {
      if (typeof column !== "string" && column.choices && hasChoices(column.choices))
        offerChoices(worksheet, index + 1, column.choices, sheet.rows.length + 1);
    });
    sheet.rows.forEach((cells, rowIndex) => writeCells(worksheet.getRow(rowIndex + 2), cells));
  }
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}
