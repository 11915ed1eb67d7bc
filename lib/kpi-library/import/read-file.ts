// An uploaded KPI file to a table of cells: the shared spreadsheet reader (lib/spreadsheet), on
// the template's sheet, with the import's own row limit.
import { readSpreadsheet, type SpreadsheetKind, type Table } from "@/lib/spreadsheet/read";

export const MAX_IMPORT_ROWS = 500;

/** The sheet of the downloadable template; another workbook is read from its first sheet. */
export const IMPORT_SHEET = "KPI's";

export function readImportFile(bytes: Uint8Array): Promise<{ kind: SpreadsheetKind; table: Table }> {
  return readSpreadsheet(bytes, { sheet: IMPORT_SHEET, maxRows: MAX_IMPORT_ROWS });
}
