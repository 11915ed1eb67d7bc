// An uploaded CSV file as a table. UTF-8 (what "CSV UTF-8" in Excel writes) or Windows-1252 (what
// Dutch Excel's plain "CSV" writes, and other Windows programs); Dutch Excel writes ';' because ','
// is the decimal comma, and both separators work. Every field counts against the cell limit, so a
// file of a million separators stops at the limit instead of becoming a million empty cells.
import { SpreadsheetError, spreadsheetMessages, type Table } from "./table";

// Windows-1252 is Latin-1 except for 0x80–0x9F, where it has € and typographic quotes; five of
// those bytes mean nothing in it (\0 here: a CSV with a NUL byte is refused before decoding).
// Node's TextDecoder reads "windows-1252" as plain Latin-1, which would turn € into an invisible
// control character.
const WINDOWS_1252_80_9F = "€\0‚ƒ„…†‡ˆ‰Š‹Œ\0Ž\0\0‘’“”•–—˜™š›œ\0žŸ";

const NOT_TEXT =
  'Het CSV-bestand is geen leesbare tekst (UTF-8 of Windows-1252). Sla het in Excel op als "CSV UTF-8 (door lijstscheidingsteken gescheiden)".';

function decodeWindows1252(bytes: Uint8Array): string {
  const chars: string[] = new Array(bytes.length);
  for (let i = 0; i < bytes.length; i++) {
    const byte = bytes[i];
    const char = byte >= 0x80 && byte < 0xa0 ? WINDOWS_1252_80_9F[byte - 0x80] : String.fromCharCode(byte);
    if (char === "\0") throw new SpreadsheetError(NOT_TEXT);
    chars[i] = char;
  }
  return chars.join("");
}

/**
 * The text of a CSV file. Valid UTF-8 is read as UTF-8: text in Windows-1252 with an accent or a
 * € in it is almost never valid UTF-8 by accident. Anything else is read as Windows-1252.
 */
export function decodeCsv(bytes: Uint8Array): string {
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    text = decodeWindows1252(bytes);
  }
  return text.replace(/^\uFEFF/, "");
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
