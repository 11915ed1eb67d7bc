// The workbook written while it is sent: the same cells, header and info sheet as a built one,
// read back with exceljs and with the app's own reader; a client that stops reading holds the
// writer back; a failure halfway fails the download instead of ending the file early.
import { randomBytes } from "node:crypto";
import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { DateCell, integerCell, moneyCell, type SheetCell } from "@/lib/spreadsheet/cells";
import { readXlsx } from "@/lib/spreadsheet/read-xlsx";
import { streamedWorkbook } from "@/lib/spreadsheet/stream-xlsx";
import { MONEY_FORMAT } from "@/lib/spreadsheet/write-xlsx";

const LIMITS = { maxInflatedBytes: 100 * 1024 * 1024, maxCells: 300_000, maxZipEntries: 100 };

async function load(bytes: Uint8Array) {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
  return workbook;
}

const bytesOf = async (stream: ReadableStream<Uint8Array>) => new Uint8Array(await new Response(stream).arrayBuffer());

/**
 * A batch of rows that compress about as little as a log's changes: the zip keeps up to 2 MB of
 * its output in its own buffers, which rows that compress to nothing would never fill.
 */
const batchOf = (batch: number, size = 1_000): SheetCell[][] =>
  Array.from({ length: size }, (_, i) => [`Rij ${batch * size + i}`, randomBytes(300).toString("base64")]);

const nextTurns = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe("a streamed workbook", () => {
  it("writes typed cells, a bold frozen header and the info sheet last, as a built workbook does", async () => {
    const stream = streamedWorkbook("Logboek Gemeente Voorbeeldstad", async (book) => {
      const sheet = book.addSheet({ name: "Logboek: [alles]", columns: ["Tijdstip", "Persoon", "Aantal", "Bedrag"] });
      await sheet.addRows([
        [DateCell.moment(new Date("2026-12-05T07:15:00Z")), "=1+1", integerCell(3), moneyCell(-250)],
        [DateCell.day("2026-03-01"), '=HYPERLINK("https://evil.example")', null, moneyCell(123_456_78)],
      ]);
      await sheet.addRows([[null, "Derde", integerCell(0), null]]);
      await book.addInfo({
        title: "Logboek Gemeente Voorbeeldstad",
        exportedAt: new Date("2026-12-05T07:15:00Z"),
        exportedBy: "Joris Bakker",
        filters: [["Persoon", "=Groen BV"]],
      });
    });
    const bytes = await bytesOf(stream);
    const workbook = await load(bytes);
    expect(workbook.title).toBe("Logboek Gemeente Voorbeeldstad");
    expect(workbook.worksheets.map((w) => w.name)).toEqual(["Logboek alles", "Info"]);
    const ws = workbook.worksheets[0];
    expect(ws.getRow(1).values).toEqual([undefined, "Tijdstip", "Persoon", "Aantal", "Bedrag"]);
    expect(ws.getCell("A1").font).toMatchObject({ bold: true });
    expect(ws.views[0]).toMatchObject({ state: "frozen", ySplit: 1 });
    expect(ws.getCell("A2").type).toBe(ExcelJS.ValueType.Date);
    expect(ws.getCell("A2").value).toEqual(new Date("2026-12-05T08:15:00Z"));
    expect(ws.getCell("A2").numFmt).toBe("dd-mm-yyyy hh:mm");
    expect(ws.getCell("A3").numFmt).toBe("dd-mm-yyyy");
    expect(ws.getCell("C2")).toMatchObject({ type: ExcelJS.ValueType.Number, value: 3, numFmt: "0" });
    expect(ws.getCell("D3")).toMatchObject({ type: ExcelJS.ValueType.Number, value: 123456.78, numFmt: MONEY_FORMAT });
    expect(ws.getCell("C4").value).toBe(0);
    expect(ws.getCell("C3").type).toBe(ExcelJS.ValueType.Null);
    // Text that looks like a formula is a string cell: Excel shows it and never runs it.
    for (const ref of ["B2", "B3"]) {
      expect(ws.getCell(ref).type).toBe(ExcelJS.ValueType.String);
      expect(ws.getCell(ref).formula).toBeUndefined();
    }
    expect(ws.getCell("B2").value).toBe("=1+1");
    // Widths measured on the first batch: the 34-character text in B plus a margin, the header in A.
    expect(ws.getColumn(2).width).toBe(36);
    expect(ws.getColumn(1).width).toBe(18);
    const info = workbook.worksheets[1];
    expect(info.getCell("A1").font).toMatchObject({ bold: true });
    expect(info.getCell("B3").value).toEqual(new Date("2026-12-05T08:15:00Z"));
    expect(info.getCell("B5")).toMatchObject({ type: ExcelJS.ValueType.String, value: "=Groen BV" });

    // The app's own reader (also what reads uploads) sees the same text, not a formula's result.
    const table = await readXlsx(bytes, LIMITS);
    expect(table.map((row) => row[1])).toEqual(["Persoon", "=1+1", '=HYPERLINK("https://evil.example")', "Derde"]);
  });

  it("writes a header for a sheet without rows", async () => {
    const bytes = await bytesOf(streamedWorkbook("Leeg", async (book) => void book.addSheet({ name: "Logboek", columns: ["Tijdstip"] })));
    expect(await readXlsx(bytes, LIMITS)).toEqual([["Tijdstip"]]);
  });

  it("adds no more batches while the client does not read, and all of them once it does", async () => {
    const batches = 40;
    let added = 0;
    const stream = streamedWorkbook("Groot", async (book) => {
      const sheet = book.addSheet({ name: "Rijen", columns: ["Rij", "Wat"] });
      for (let batch = 0; batch < batches; batch++) {
        await sheet.addRows(batchOf(batch));
        added++;
      }
    });
    const reader = stream.getReader();
    const first = await reader.read();
    expect(first.done).toBe(false);
    // Until the writer stands still: the zip's buffers between it and the client fill, then it waits.
    for (let before = -1, waited = 0; added !== before && waited < 5_000; waited += 200) {
      before = added;
      await nextTurns(200);
    }
    expect(added).toBeLessThan(batches / 2);
    const parts: Uint8Array[] = [first.value!];
    for (let part = await reader.read(); !part.done; part = await reader.read()) parts.push(part.value);
    expect(added).toBe(batches);
    const table = await readXlsx(new Uint8Array(Buffer.concat(parts)), LIMITS, "Rijen");
    expect(table).toHaveLength(1 + batches * 1_000);
    expect(table[1][0]).toBe("Rij 0");
    expect(table.at(-1)![0]).toBe(`Rij ${batches * 1_000 - 1}`);
  });

  it("fails the download when the writing fails halfway, after the first parts were sent", async () => {
    const stream = streamedWorkbook("Halverwege", async (book) => {
      const sheet = book.addSheet({ name: "Rijen", columns: ["Rij", "Wat"] });
      for (let batch = 0; batch < 6; batch++) await sheet.addRows(batchOf(batch));
      throw new Error("verbinding met de database verbroken");
    });
    const reader = stream.getReader();
    let received = 0;
    const error = await (async () => {
      try {
        for (let part = await reader.read(); !part.done; part = await reader.read()) received += part.value.byteLength;
      } catch (failure) {
        return failure;
      }
      return null;
    })();
    expect(received).toBeGreaterThan(0);
    expect(error).toBeInstanceOf(Error);
    expect((error as Error).message).toBe("verbinding met de database verbroken");
  });

  it("stops writing when the client goes away", async () => {
    let added = 0;
    let stopped: unknown = null;
    const stream = streamedWorkbook("Weg", async (book) => {
      const sheet = book.addSheet({ name: "Rijen", columns: ["Rij", "Wat"] });
      try {
        for (let batch = 0; batch < 40; batch++) {
          await sheet.addRows(batchOf(batch));
          added++;
        }
      } catch (error) {
        stopped = error;
        throw error;
      }
    });
    const reader = stream.getReader();
    await reader.read();
    await reader.cancel();
    const atCancel = added;
    await nextTurns(200);
    expect(stopped).toBeInstanceOf(Error);
    // At most the batch it was adding when the client left.
    expect(added).toBeLessThanOrEqual(atCancel + 1);
  });
});
