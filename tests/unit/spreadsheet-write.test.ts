// One way numbers look in a download: the same typed cells written as CSV text (decimal comma,
// no thousands separator) and as workbook cells (numbers with a number format), read back with
// exceljs as Excel would.
import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { csvField, sheetCsv } from "@/lib/spreadsheet/write-csv";
import { DateCell, decimalCell, integerCell, measureCell, moneyCell, shareCell, type Sheet } from "@/lib/spreadsheet/cells";
import { MONEY_FORMAT, sheetName, workbookXlsx } from "@/lib/spreadsheet/write-xlsx";

async function load(bytes: Uint8Array) {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
  return workbook;
}

const sheet: Sheet = {
  name: "Malus: per [kwartaal]?",
  columns: ["Naam", "Aantal", "Malus (€)", "Uitstoot (kg CO2e)", "MKI (€ MKI per ton)", "Aandeel op koers (%)"],
  rows: [
    [
      '=HYPERLINK("https://evil.example")',
      integerCell(2026),
      moneyCell(123_456_78),
      measureCell("1250000.1250", "kg CO2e"),
      measureCell("38.5", "€ MKI per ton"),
      shareCell(2 / 3),
    ],
    ["Tweede", integerCell(0), moneyCell(-250), measureCell("41.5000", "kg"), measureCell(null, "€ MKI per ton"), shareCell(0.45)],
    ["Derde", null, moneyCell(0), decimalCell(12), decimalCell("0.12345"), shareCell(1)],
  ],
};

describe("typed cells as CSV", () => {
  it("writes every number without thousands separators and with a decimal comma, shares in percentage points", () => {
    expect(sheetCsv(sheet)).toBe(
      "\uFEFFNaam;Aantal;Malus (€);Uitstoot (kg CO2e);MKI (€ MKI per ton);Aandeel op koers (%)\r\n" +
        `"'=HYPERLINK(""https://evil.example"")";2026;123456,78;1250000,13;38,50;66,67\r\n` +
        "Tweede;0;-2,50;41,5;;45\r\n" +
        "Derde;;0,00;12;0,1235;100\r\n",
    );
  });

  it("rounds half away from zero, exactly, also past what a float holds", () => {
    expect(csvField(measureCell("-0.0050", "kg"))).toBe("-0,01");
    expect(csvField(measureCell("-0.0040", "kg"))).toBe("0");
    expect(csvField(decimalCell("99999999999999.9999", 2))).toBe("100000000000000");
    expect(csvField(shareCell(0.00005))).toBe("0,01");
    expect(csvField(integerCell(2.5))).toBe("3");
    expect(csvField(shareCell(null))).toBe("");
    expect(csvField(moneyCell(undefined))).toBe("");
  });
});

describe("typed cells as XLSX", () => {
  it("writes numbers as numeric cells with the format that shows the CSV's decimals", async () => {
    const workbook = await load(await workbookXlsx([sheet]));
    const ws = workbook.worksheets[0];
    const cell = (ref: string) => ({ type: ws.getCell(ref).type, value: ws.getCell(ref).value, numFmt: ws.getCell(ref).numFmt });
    const { Number: number, String: string } = ExcelJS.ValueType;
    expect(cell("B2")).toEqual({ type: number, value: 2026, numFmt: "0" });
    expect(cell("C2")).toEqual({ type: number, value: 123456.78, numFmt: MONEY_FORMAT });
    expect(cell("C3")).toEqual({ type: number, value: -2.5, numFmt: MONEY_FORMAT });
    expect(cell("C4")).toEqual({ type: number, value: 0, numFmt: MONEY_FORMAT });
    expect(cell("D2")).toEqual({ type: number, value: 1250000.13, numFmt: "#,##0.00" });
    expect(cell("D3")).toEqual({ type: number, value: 41.5, numFmt: "#,##0.0" });
    expect(cell("D4")).toEqual({ type: number, value: 12, numFmt: "#,##0" });
    expect(cell("E2")).toEqual({ type: number, value: 38.5, numFmt: "#,##0.00" });
    expect(cell("E4")).toEqual({ type: number, value: 0.1235, numFmt: "#,##0.0000" });
    expect(cell("F2")).toEqual({ type: number, value: 0.6667, numFmt: "0.00%" });
    expect(cell("F3")).toEqual({ type: number, value: 0.45, numFmt: "0%" });
    expect(cell("F4")).toEqual({ type: number, value: 1, numFmt: "0%" });
    // Empty stays empty, not 0 or "".
    expect(ws.getCell("B4").type).toBe(ExcelJS.ValueType.Null);
    expect(ws.getCell("E3").type).toBe(ExcelJS.ValueType.Null);
    // Text that looks like a formula is a string cell: Excel shows it and never runs it.
    expect(cell("A2")).toMatchObject({ type: string, value: '=HYPERLINK("https://evil.example")' });
    expect(ws.getCell("A2").formula).toBeUndefined();
  });

  it("gives every sheet a bold, frozen header row, column widths and a name Excel accepts", async () => {
    const workbook = await load(
      await workbookXlsx([sheet, { ...sheet, columns: [{ header: "Naam", width: 40 }] }, { name: "", columns: [], rows: [] }], {
        title: "Export",
      }),
    );
    expect(workbook.title).toBe("Export");
    expect(workbook.worksheets.map((w) => w.name)).toEqual(["Malus per kwartaal", "Malus per kwartaal (2)", "Blad"]);
    const ws = workbook.worksheets[0];
    expect(ws.getRow(1).values).toEqual([undefined, ...sheet.columns]);
    expect(ws.getCell("A1").font).toMatchObject({ bold: true });
    expect(ws.views[0]).toMatchObject({ state: "frozen", ySplit: 1 });
    // As wide as the widest cell (the 34-character text in A) or the header (F), plus a margin.
    expect(ws.getColumn(1).width).toBe(36);
    expect(ws.getColumn(2).width).toBe(10);
    expect(ws.getColumn(6).width).toBe(22);
    expect(workbook.worksheets[1].getColumn(1).width).toBe(40);
  });

  it("writes dates as date cells showing the Amsterdam wall clock, and as a Dutch date in a CSV", async () => {
    // 07:15 UTC on 5 December is 08:15 in Amsterdam (winter time); 22:30 UTC on 30 June is 00:30 on 1 July (summer time).
    const dates: Sheet = {
      name: "Datums",
      columns: ["Dag", "Moment"],
      rows: [
        [DateCell.day("2026-03-01"), DateCell.moment(new Date("2026-12-05T07:15:00Z"))],
        [null, DateCell.moment(new Date("2026-06-30T22:30:00Z"))],
      ],
    };
    expect(sheetCsv(dates)).toBe("\uFEFFDag;Moment\r\n01-03-2026;05-12-2026 08:15\r\n;01-07-2026 00:30\r\n");
    const ws = (await load(await workbookXlsx([dates]))).worksheets[0];
    expect(ws.getCell("A2").type).toBe(ExcelJS.ValueType.Date);
    expect(ws.getCell("A2").value).toEqual(new Date("2026-03-01T00:00:00Z"));
    expect(ws.getCell("A2").numFmt).toBe("dd-mm-yyyy");
    expect(ws.getCell("B2").value).toEqual(new Date("2026-12-05T08:15:00Z"));
    expect(ws.getCell("B3").value).toEqual(new Date("2026-07-01T00:30:00Z"));
    expect(ws.getCell("B2").numFmt).toBe("dd-mm-yyyy hh:mm");
    expect(() => DateCell.day("5-12-2026")).toThrow(RangeError);
  });

  it("ends an export with an info sheet: what it holds, when and by whom it was made, and its filters", async () => {
    const workbook = await load(
      await workbookXlsx([sheet], {
        info: {
          title: "Dashboard Gemeente Voorbeeldstad: alle tabellen",
          exportedAt: new Date("2026-12-05T07:15:00Z"),
          exportedBy: "Joris Bakker",
          filters: [
            ["Periode", "2025 K1 t/m 2026 K4"],
            ["Leverancier", "=Groen BV"],
          ],
        },
      }),
    );
    expect(workbook.title).toBe("Dashboard Gemeente Voorbeeldstad: alle tabellen");
    expect(workbook.worksheets.map((w) => w.name)).toEqual(["Malus per kwartaal", "Info"]);
    const info = workbook.worksheets[1];
    const rows = info
      .getSheetValues()
      .slice(2)
      .map((row) => (row as unknown[]).slice(1));
    expect(rows).toEqual([
      ["Inhoud", "Dashboard Gemeente Voorbeeldstad: alle tabellen"],
      ["Geëxporteerd op", new Date("2026-12-05T08:15:00Z")],
      ["Geëxporteerd door", "Joris Bakker"],
      ["Periode", "2025 K1 t/m 2026 K4"],
      ["Leverancier", "=Groen BV"],
    ]);
    expect(info.getCell("B6").type).toBe(ExcelJS.ValueType.String);
  });

  it("cleans sheet names: no []:*?/\\, no outer apostrophes, 31 characters, unique without case", () => {
    const taken = new Set<string>();
    expect(sheetName("'Doelstellingen [2026]: CO2/kg?'", taken)).toBe("Doelstellingen 2026 CO2kg");
    expect(sheetName("doelstellingen 2026 co2kg", taken)).toBe("doelstellingen 2026 co2kg (2)");
    const long = "Toezegging en levering per contract en kwartaal";
    expect(sheetName(long, taken)).toBe(long.slice(0, 31));
    expect(sheetName(long, taken)).toBe(`${long.slice(0, 27)} (2)`);
  });
});
