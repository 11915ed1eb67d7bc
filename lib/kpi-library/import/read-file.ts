// An uploaded KPI file to a table of cells. The type is decided by the content, never by the
// name or the browser's MIME type: XLSX is a zip (magic bytes PK\x03\x04), CSV must be valid
// UTF-8 text. Dutch Excel writes CSV with ';' because ',' is the decimal comma; both work.
import ExcelJS from "exceljs";

export const MAX_IMPORT_BYTES = 1024 * 1024;
export const MAX_IMPORT_ROWS = 500;

/** A cell as read: text, or a number where the spreadsheet stored one. */
export type Cell = string | number;
export type Table = Cell[][];
export type FileKind = "csv" | "xlsx";

export class ImportFileError extends Error {}

const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];

export function detectFileKind(bytes: Uint8Array): FileKind {
  if (ZIP_MAGIC.every((byte, i) => bytes[i] === byte)) return "xlsx";
  if (bytes.includes(0)) throw new ImportFileError("Dit is geen CSV- of Excel-bestand (XLSX).");
  return "csv";
}

/** The text of a CSV file; anything that is not UTF-8 is refused with the way to fix it. */
export function decodeCsv(bytes: Uint8Array): string {
  try {
    const text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
    return text.replace(/^\uFEFF/, "");
  } catch {
    throw new ImportFileError('Het CSV-bestand is geen UTF-8-tekst. Sla het in Excel op als "CSV UTF-8 (door lijstscheidingsteken gescheiden)".');
  }
}

/** The separator of the header line: whichever of ';' and ',' occurs more often outside quotes. */
export function detectSeparator(text: string): ";" | "," {
  let semicolons = 0;
  let commas = 0;
  let quoted = false;
  for (const char of text) {
    if (char === '"') quoted = !quoted;
    else if (!quoted && (char === "\n" || char === "\r")) break;
    else if (!quoted && char === ";") semicolons++;
    else if (!quoted && char === ",") commas++;
  }
  return commas > semicolons ? "," : ";";
}

/** RFC 4180 CSV: quoted fields may hold separators, doubled quotes and line breaks. */
export function parseCsv(text: string, separator: ";" | "," = detectSeparator(text)): Table {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = "";
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const char = text[i];
    if (quoted) {
      if (char === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (char === '"') quoted = false;
      else field += char;
    } else if (char === '"' && field === "") quoted = true;
    else if (char === separator) {
      row.push(field);
      field = "";
    } else if (char === "\n" || char === "\r") {
      if (char === "\r" && text[i + 1] === "\n") i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = "";
    } else field += char;
  }
  if (quoted) throw new ImportFileError("Het CSV-bestand eindigt midden in een veld tussen aanhalingstekens.");
  if (field !== "" || row.length > 0) {
    row.push(field);
    rows.push(row);
  }
  return rows;
}

type ExcelValue = ExcelJS.CellValue;

/** A spreadsheet cell as text or number: rich text joined, formulas by their result, dates as ISO. */
function excelCell(value: ExcelValue): Cell {
  if (value === null || value === undefined) return "";
  if (typeof value === "number") return value;
  if (typeof value === "string") return value;
  if (typeof value === "boolean") return value ? "ja" : "nee";
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === "object") {
    if ("richText" in value) return value.richText.map((part) => part.text).join("");
    if ("text" in value && typeof value.text === "string") return value.text;
    if ("result" in value) return excelCell(value.result as ExcelValue);
    if ("error" in value) return String(value.error);
  }
  return String(value);
}

/** The sheet named "KPI's" (the template's), otherwise the first sheet. */
export async function parseXlsx(bytes: Uint8Array): Promise<Table> {
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
  } catch {
    throw new ImportFileError("Het Excel-bestand kan niet worden gelezen. Sla het opnieuw op als Excel-werkmap (.xlsx).");
  }
  const sheet = workbook.getWorksheet("KPI's") ?? workbook.worksheets[0];
  if (!sheet) throw new ImportFileError("Het Excel-bestand heeft geen werkblad.");
  const table: Table = [];
  sheet.eachRow({ includeEmpty: true }, (row, rowNumber) => {
    const cells: Cell[] = [];
    row.eachCell({ includeEmpty: true }, (cell, column) => {
      cells[column - 1] = excelCell(cell.value);
    });
    // Row numbers stay those of the spreadsheet, also after empty rows.
    table[rowNumber - 1] = Array.from(cells, (c) => c ?? "");
  });
  return Array.from(table, (r) => r ?? []);
}

/** Bytes to a table, refusing files that are too large or of another type. */
export async function readImportFile(bytes: Uint8Array): Promise<{ kind: FileKind; table: Table }> {
  if (bytes.length === 0) throw new ImportFileError("Het bestand is leeg.");
  if (bytes.length > MAX_IMPORT_BYTES) throw new ImportFileError("Het bestand is groter dan 1 MB. Splits het in kleinere bestanden.");
  const kind = detectFileKind(bytes);
  const table = kind === "xlsx" ? await parseXlsx(bytes) : parseCsv(decodeCsv(bytes));
  const filled = table.filter((row) => row.some((cell) => String(cell).trim() !== "")).length;
  if (filled - 1 > MAX_IMPORT_ROWS) throw new ImportFileError(`Het bestand heeft meer dan ${MAX_IMPORT_ROWS} regels. Splits het in kleinere bestanden.`);
  return { kind, table };
}
