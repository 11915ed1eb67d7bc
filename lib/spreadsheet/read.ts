// An uploaded spreadsheet (CSV or XLSX) to a table of cells, within the limits of ./table.ts.
// The type is decided by the content, never by the name or the browser's MIME type: XLSX is a
// zip (PK\x03\x04), CSV must be UTF-8 text. Reading is bounded work, but callers still do it
// before opening a tenant transaction: nothing else has to wait for a file being read.
import { ValidationError } from "@/lib/errors";
import { formatNumber } from "@/lib/format";
import { decodeCsv, parseCsv } from "./read-csv";
import { readXlsx } from "./read-xlsx";
import { SPREADSHEET_LIMITS, SpreadsheetError, type SpreadsheetLimits, type Table } from "./table";
import { MAX_SPREADSHEET_UPLOAD_BYTES, SPREADSHEET_TOO_LARGE } from "./upload-limit";

export { SpreadsheetError, type Cell, type Table } from "./table";

export type SpreadsheetKind = "csv" | "xlsx";

const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];

export function detectSpreadsheetKind(bytes: Uint8Array): SpreadsheetKind {
  if (ZIP_MAGIC.every((byte, i) => bytes[i] === byte)) return "xlsx";
  if (bytes.includes(0)) throw new SpreadsheetError("Dit is geen CSV- of Excel-bestand (XLSX).");
  return "csv";
}

export type ReadOptions = {
  /** The sheet to read from a workbook (the template's); the first sheet when it is missing. */
  sheet?: string;
  /** Filled rows below the header. */
  maxRows: number;
  limits?: SpreadsheetLimits;
};

export async function readSpreadsheet(bytes: Uint8Array, options: ReadOptions): Promise<{ kind: SpreadsheetKind; table: Table }> {
  const limits = options.limits ?? SPREADSHEET_LIMITS;
  if (bytes.length === 0) throw new SpreadsheetError("Het bestand is leeg.");
  if (bytes.length > MAX_SPREADSHEET_UPLOAD_BYTES) throw new SpreadsheetError(SPREADSHEET_TOO_LARGE);
  const kind = detectSpreadsheetKind(bytes);
  const table = kind === "xlsx" ? await readXlsx(bytes, limits, options.sheet) : parseCsv(decodeCsv(bytes), undefined, limits.maxCells);
  const filled = table.filter((row) => row.some((cell) => String(cell).trim() !== "")).length;
  if (filled - 1 > options.maxRows) {
    throw new SpreadsheetError(`Het bestand heeft meer dan ${formatNumber(options.maxRows, 0)} regels. Splits het in kleinere bestanden.`);
  }
  return { kind, table };
}

/** An uploaded file as a table; a file that cannot be read is refused at its form field, "file". */
export async function readUploadedTable(file: File, options: ReadOptions): Promise<Table> {
  try {
    return (await readSpreadsheet(new Uint8Array(await file.arrayBuffer()), options)).table;
  } catch (error) {
    if (error instanceof SpreadsheetError) throw new ValidationError({ file: error.message }, error.message);
    throw error;
  }
}
