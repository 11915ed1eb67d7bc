// An uploaded CSV file as a table. It must be UTF-8; Dutch Excel writes ';' because ',' is the
// decimal comma, and both separators work. Every field counts against the cell limit, so a file
// of a million separators stops at the limit instead of becoming a million empty cells.
import { SpreadsheetError, spreadsheetMessages, type Table } from "./table";

/** The text of a CSV file; anything that is not UTF-8 is refused with the way to fix it. */
export function decodeCsv(bytes: Uint8Array): string {
  try {
    const text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
    return text.replace(/^\uFEFF/, "");
  } catch {
    throw new SpreadsheetError(
      'Het CSV-bestand is geen UTF-8-tekst. Sla het in Excel op als "CSV UTF-8 (door lijstscheidingsteken gescheiden)".',
    );
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
export function parseCsv(text: string, separator: ";" | "," = detectSeparator(text), maxCells = Infinity): Table {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = "";
  let quoted = false;
  let cells = 0;
  const endField = () => {
    if (++cells > maxCells) throw new SpreadsheetError(spreadsheetMessages.tooManyCells(maxCells));
    row.push(field);
    field = "";
  };
  for (let i = 0; i < text.length; i++) {
    const char = text[i];
    if (quoted) {
      if (char === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (char === '"') quoted = false;
      else field += char;
    } else if (char === '"' && field === "") quoted = true;
    else if (char === separator) endField();
    else if (char === "\n" || char === "\r") {
      if (char === "\r" && text[i + 1] === "\n") i++;
      endField();
      rows.push(row);
      row = [];
    } else field += char;
  }
  if (quoted) throw new SpreadsheetError("Het CSV-bestand eindigt midden in een veld tussen aanhalingstekens.");
  if (field !== "" || row.length > 0) {
    endField();
    rows.push(row);
  }
  return rows;
}
