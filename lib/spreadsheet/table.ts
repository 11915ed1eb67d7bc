// What reading an uploaded spreadsheet gives (a table of cells) and the limits every upload is
// held to, whatever its format. The limits bound the work of one upload, not only its size on
// the wire: a 500 KB zip can hold gigabytes, a 1 MB CSV a million empty cells.
import { formatNumber } from "@/lib/format";

/** A cell as read: text, or a number where the spreadsheet stored one. */
export type Cell = string | number;
export type Table = Cell[][];

export type SpreadsheetLimits = {
  /** Bytes inflated from an XLSX, counted over all its parts, whatever its headers declare. */
  maxInflatedBytes: number;
  /** Cells in the table, empty cells between filled ones included. */
  maxCells: number;
  /** Parts of an XLSX (zip entries); a workbook has a few dozen. */
  maxZipEntries: number;
};

export const SPREADSHEET_LIMITS: SpreadsheetLimits = {
  maxInflatedBytes: 20 * 1024 * 1024,
  maxCells: 50_000,
  maxZipEntries: 1_000,
};

/** A file that cannot be read; the message is Dutch and says what to do. */
export class SpreadsheetError extends Error {
  constructor(
    message: string,
    /** For an XLSX: the bytes inflated before reading stopped. */
    readonly inflatedBytes = 0,
  ) {
    super(message);
  }
}

export const spreadsheetMessages = {
  tooManyCells: (max: number) => `Het bestand heeft meer dan ${formatNumber(max, 0)} cellen. Splits het in kleinere bestanden.`,
  inflatedTooLarge: (maxBytes: number) =>
    `Het Excel-bestand is uitgepakt groter dan ${Math.floor(maxBytes / (1024 * 1024))} MB. Verwijder overbodige werkbladen of splits het in kleinere bestanden.`,
  tooManyParts: (max: number) =>
    `Het Excel-bestand bestaat uit meer dan ${formatNumber(max, 0)} onderdelen. Kopieer het ingevulde werkblad naar een nieuwe werkmap en lees die in.`,
  unreadableXlsx: "Het Excel-bestand kan niet worden gelezen. Sla het opnieuw op als Excel-werkmap (.xlsx).",
};

/**
 * Collects the filled cells of a sheet into rows, counting every position the table will hold
 * (the empty cells before a filled one too), so a single value in cell XFD1048576 cannot make
 * a table of a billion cells.
 */
export class TableBuilder {
  private readonly rows: Cell[][] = [];
  private positions = 0;

  constructor(private readonly maxCells: number) {}

  /** Row and column from 0; empty values are skipped. */
  set(row: number, column: number, value: Cell): void {
    if (value === "") return;
    if (row >= this.maxCells || column >= this.maxCells) throw new SpreadsheetError(spreadsheetMessages.tooManyCells(this.maxCells));
    const cells = (this.rows[row] ??= []);
    if (column >= cells.length) {
      this.positions += column + 1 - cells.length;
      if (this.positions > this.maxCells) throw new SpreadsheetError(spreadsheetMessages.tooManyCells(this.maxCells));
    }
    cells[column] = value;
  }

  /** Dense rows; row numbers stay those of the sheet, also after empty rows. */
  table(): Table {
    return Array.from(this.rows, (cells) => (cells ? Array.from(cells, (c) => c ?? "") : []));
  }
}
