// An uploaded KPI file to a table of cells: the shared spreadsheet reader (lib/spreadsheet), on
// the template's sheet, with the import's own row limit.
import { readSpreadsheet, type Cell, type SpreadsheetKind, type Table } from "@/lib/spreadsheet/read";

export { decodeCsv, detectSeparator, parseCsv } from "@/lib/spreadsheet/read-csv";
export { detectSpreadsheetKind as detectFileKind, SpreadsheetError as ImportFileError } from "@/lib/spreadsheet/read";
export type { Cell, Table };
export type FileKind = SpreadsheetKind;

export const MAX_IMPORT_ROWS = 500;

/** The sheet of the downloadable template; another workbook is read from its first sheet. */
export const IMPORT_SHEET = "KPI's";

export function readImportFile(bytes: Uint8Array): Promise<{ kind: FileKind; table: Table }> {
  return readSpreadsheet(bytes, { sheet: IMPORT_SHEET, maxRows: MAX_IMPORT_ROWS });
}
