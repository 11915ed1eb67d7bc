// A workbook written while it is sent, for an export too long to hold in memory (the audit log):
// exceljs's streaming writer, each row committed as it comes, its zip read by the client. Header,
// cells and info sheet are those of ./write-xlsx.ts, so a streamed file looks like a built one.
// Sheets are written one after the other, which suits an export whose last sheet says what only the
// end knows (that the rows were cut off). Text is written in the cell itself: a shared-strings
// table would keep every text in memory until the end.
import { once } from "node:events";
import { Writable } from "node:stream";
import ExcelJS from "exceljs";
import type { Sheet, SheetCell } from "./cells";
import { columnWidths, frozenHeader, infoSheet, sheetName, WORKBOOK_CREATOR, writeCells, writeHeader, type ExportInfo } from "./write-xlsx";

/** A sheet written a batch of rows at a time. */
type SheetWriter = { addRows(rows: SheetCell[][]): Promise<void> };

export type WorkbookWriter = {
  /** The next sheet; the one before it is finished. */
  addSheet(sheet: Pick<Sheet, "name" | "columns">): SheetWriter;
  /** The info sheet (./write-xlsx.ts), after the others. */
  addInfo(info: ExportInfo): Promise<void>;
};

/** A writable stream (readable-stream's, in exceljs's zip) and whether it has more than it wants. */
type Backlog = NodeJS.EventEmitter & { _writableState: { needDrain: boolean } };

/**
 * The sheet XML the zip has not taken yet. exceljs hands each sheet to its zip through a stream
 * that takes whatever it is given, so the writer holds back itself: a batch is added only once the
 * zip has taken the one before, which it does as fast as the client reads (the zip keeps up to
 * about 2 MB of its output in buffers of its own). Not in exceljs's types; without it a slow
 * client would let a whole log pile up in memory.
 */
function sheetBacklog(worksheet: ExcelJS.Worksheet): Backlog {
  const backlog = (worksheet as unknown as { stream?: { pipes?: Array<Partial<Backlog>> } }).stream?.pipes?.[0];
  if (typeof backlog?._writableState?.needDrain !== "boolean" || typeof backlog.once !== "function")
    throw new Error("exceljs schrijft een werkblad niet meer zoals verwacht (stream.pipes).");
  return backlog as Backlog;
}

class StreamedSheet implements SheetWriter {
  private readonly backlog: Backlog;
  private nextRow = 2;
  private headerWritten = false;

  constructor(
    private readonly worksheet: ExcelJS.Worksheet,
    private readonly columns: Sheet["columns"],
    private readonly stop: AbortSignal,
  ) {
    this.backlog = sheetBacklog(worksheet);
  }

  async addRows(rows: SheetCell[][]): Promise<void> {
    this.stop.throwIfAborted();
    if (this.backlog._writableState.needDrain) await once(this.backlog, "drain", { signal: this.stop });
    this.writeHeader(rows);
    for (const cells of rows) {
      const row = this.worksheet.getRow(this.nextRow++);
      writeCells(row, cells);
      row.commit();
    }
  }

  finish(): void {
    this.writeHeader([]);
    this.worksheet.commit();
  }

  /**
   * The widths go before the first row and cannot wait for the last: measured on the first batch
   * (of a log, the newest rows, the ones read first), capped as in a built workbook; a column that
   * names its width keeps it.
   */
  private writeHeader(firstRows: SheetCell[][]) {
    if (this.headerWritten) return;
    this.headerWritten = true;
    writeHeader(this.worksheet, this.columns, columnWidths({ columns: this.columns, rows: firstRows }));
    this.worksheet.getRow(1).commit();
  }
}

class StreamedBook implements WorkbookWriter {
  private readonly workbook: ExcelJS.stream.xlsx.WorkbookWriter;
  private readonly taken = new Set<string>();
  private current: StreamedSheet | null = null;

  constructor(
    title: string,
    output: Writable,
    private readonly stop: AbortSignal,
  ) {
    this.workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: output, useSharedStrings: false, useStyles: true });
    this.workbook.creator = WORKBOOK_CREATOR;
    this.workbook.title = title;
  }

  addSheet(sheet: Pick<Sheet, "name" | "columns">): SheetWriter {
    this.current?.finish();
    const worksheet = this.workbook.addWorksheet(sheetName(sheet.name, this.taken), frozenHeader());
    return (this.current = new StreamedSheet(worksheet, sheet.columns, this.stop));
  }

  async addInfo(info: ExportInfo): Promise<void> {
    const sheet = infoSheet(info);
    await this.addSheet(sheet).addRows(sheet.rows);
  }

  async commit(): Promise<void> {
    this.current?.finish();
    await this.workbook.commit();
  }
}

/**
 * A workbook as a stream of its bytes, written by `write` once the client starts reading. When
 * `write` fails (the database, halfway), the stream fails too: the browser reports a failed
 * download instead of keeping a file that looks complete. When the client goes away, `write` is
 * stopped at its next batch.
 */
export function streamedWorkbook(title: string, write: (book: WorkbookWriter) => Promise<void>): ReadableStream<Uint8Array> {
  // Aborted when the client goes away or the writing fails.
  const stop = new AbortController();
  // The zip's write of a part the client has not asked for yet: it waits, and the zip with it.
  let waiting: (() => void) | null = null;
  const resume = () => {
    const done = waiting;
    waiting = null;
    done?.();
  };
  let started = false;

  async function run(controller: ReadableStreamDefaultController<Uint8Array>) {
    const output = new Writable({
      write(chunk: Buffer, _encoding, done) {
        if (stop.signal.aborted) return done();
        controller.enqueue(chunk);
        if ((controller.desiredSize ?? 0) > 0) done();
        else waiting = done;
      },
    });
    try {
      const book = new StreamedBook(title, output, stop.signal);
      await write(book);
      await book.commit();
      controller.close();
    } catch (error) {
      if (stop.signal.aborted) return;
      // What the zip still sends is dropped: an errored stream takes nothing more.
      stop.abort();
      console.error(`XLSX-export "${title}" afgebroken:`, error instanceof Error ? error.message : error);
      controller.error(error);
    }
  }

  return new ReadableStream<Uint8Array>({
    pull(controller) {
      if (!started) {
        started = true;
        void run(controller);
      }
      resume();
    },
    cancel() {
      stop.abort();
      resume();
    },
  });
}
