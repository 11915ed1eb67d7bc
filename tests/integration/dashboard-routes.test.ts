// The dashboard's route handlers: buyers only, the JSON of every section, and every table as CSV
// and XLSX with all rows (not the top of each list).
import ExcelJS from "exceljs";
import { beforeAll, describe, expect, it } from "vitest";
import { dashboardExportRoute, dashboardRoute } from "@/lib/dashboard/routes";
import { MONEY_FORMAT } from "@/lib/spreadsheet/write-xlsx";
import type { DashboardView } from "@/lib/dashboard/shape";
import { openTestDatabase } from "../fixtures/db";
import { seedDashboardBuyer, type DashboardWorld } from "../fixtures/dashboard";

const { db } = await openTestDatabase();
let a: DashboardWorld;

beforeAll(async () => {
  a = await seedDashboardBuyer(db);
});

const search = () => new URLSearchParams("van=2026-Q1&tot=2026-Q4");
type Download = { filename: string; contentType: string; bytes: Uint8Array };

describe("dashboard routes", () => {
  it("gives a viewer the whole dashboard as JSON, shaped with target lines and shares", async () => {
    const result = await dashboardRoute.run(a.buyer.as.viewer, { search: search() });
    expect(result.status).toBe(200);
    const data = (result.body as { data: DashboardView }).data;
    expect(data.filters).toMatchObject({ from: "2026-Q1", to: "2026-Q4" });
    expect(data.quarters).toEqual(["2026-Q1", "2026-Q2", "2026-Q3", "2026-Q4"]);
    const co2e = data.targets.find((t) => t.name.startsWith("CO2e"))!;
    // Base 100 in 2025, −30 % in 2028: 90 in 2026 on the straight line.
    expect(co2e.years.find((y) => y.year === 2026)).toMatchObject({ target: 90, actual: 29, kind: "between" });
    expect(co2e.years[0]).toMatchObject({ year: 2025, kind: "base", target: 100, actual: 22 });
    const klimaat = data.wheel.themes.find((t) => t.name === "Klimaat")!;
    expect(klimaat).toMatchObject({ share: 1, previous: 1, trend: "same" });
    expect(data.packages.bars[0]).toMatchObject({ label: "Asfalt & wegen", value: 17 });
    expect(JSON.stringify(data).length).toBeLessThan(200_000);
  });

  it("refuses a supplier: the organisation dashboard is the buyer's", async () => {
    const supplier = a.suppliers[0].as.admin;
    expect((await dashboardRoute.run(supplier, { search: search() })).status).toBe(403);
    expect((await dashboardExportRoute.run(supplier, { search: search(), table: "alle", format: "xlsx" })).status).toBe(403);
  });

  it("exports one table as CSV with a BOM, semicolons and decimal commas: money with two decimals, shares in percent", async () => {
    const csv = async (table: string) => {
      const result = await dashboardExportRoute.run(a.buyer.as.coordinator, { search: search(), table, format: "csv" });
      expect(result.status).toBe(200);
      const file = (result.body as { data: Download }).data;
      expect(file.filename).toMatch(new RegExp(`^dashboard-.*-${table}-2026-Q1-2026-Q4\\.csv$`));
      return new TextDecoder("utf-8", { ignoreBOM: true }).decode(file.bytes);
    };
    expect(await csv("toezeggingen")).toBe(
      "\uFEFFContract;Toezegging;Indicator;Eenheid;Toegezegd;Gerealiseerd;Kwartaal;Tekort\r\n" +
        "Asfalt Noord;MKI asfalt;MKI per ton;€ MKI per ton;38,50;39,00;2026 K2;0,50\r\n" +
        "Catering Stadhuis;Uitstoot per kwartaal;CO2-uitstoot;ton CO2e;20;7;2026 K2;-13\r\n" +
        "Catering Stadhuis;Social return;Social return;% van de contractwaarde;5;;;\r\n",
    );
    expect(await csv("themas")).toBe(
      "\uFEFFThema;Pijler;Prioriteit;KPI's op koers;KPI's gescoord;Aandeel op koers (%);Vorige review (%)\r\n" +
        "Circulair;Ecologisch & sociaal;1;0;2;0;0\r\n" +
        "Klimaat;Ecologisch & sociaal;2;2;2;100;100\r\n" +
        "Sociaal;Samenwerking;1;0;0;;\r\n",
    );
    // A heat-map cell says "2 van 2 op koers": "2/2" would open in Dutch Excel as 2 February.
    const heatmap = (await csv("heatmap")).split("\r\n");
    expect(heatmap.join("\n")).toMatch(/;\d+ van \d+ op koers/);
    expect(heatmap.join("\n")).not.toMatch(/\d\/\d/);
    expect(await csv("malus-kwartaal")).toBe(
      "\uFEFFKwartaal;Malus (€);Contracten met malus;Periode\r\n2026 K1;500,00;1;Open\r\n2026 K2;1200,00;1;Open\r\n",
    );
  });

  it("exports every table as XLSX sheets: numbers as numeric cells with a number format", async () => {
    const result = await dashboardExportRoute.run(a.buyer.as.coordinator, { search: search(), table: "alle", format: "xlsx" });
    const file = (result.body as { data: Download }).data;
    expect(String.fromCharCode(file.bytes[0], file.bytes[1])).toBe("PK");
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.from(file.bytes) as unknown as ArrayBuffer);
    expect(workbook.worksheets.map((s) => s.name)).toContain("Malus per contract");
    const cell = (sheet: string, ref: string) => {
      const c = workbook.getWorksheet(sheet)!.getCell(ref);
      return { type: c.type, value: c.value, numFmt: c.numFmt };
    };
    const { Number: number, String: string, Null: empty } = ExcelJS.ValueType;
    const malus = workbook.getWorksheet("Malus per kwartaal")!;
    expect(malus.getRow(2).values).toEqual([undefined, "2026 K1", 500, 1, "Open"]);
    expect(malus.getCell("A1").font).toMatchObject({ bold: true });
    expect(cell("Malus per kwartaal", "B2")).toEqual({ type: number, value: 500, numFmt: MONEY_FORMAT });
    expect(cell("Malus per kwartaal", "C2")).toEqual({ type: number, value: 1, numFmt: "0" });
    // A share is a fraction shown as a percentage, not the text "100 %".
    expect(cell("Waardenwiel per thema", "F3")).toEqual({ type: number, value: 1, numFmt: "0%" });
    expect(cell("Waardenwiel per thema", "F4").type).toBe(empty);
    expect(cell("KPI-status per contract en kwar", "B2")).toEqual({ type: number, value: 0.5, numFmt: "0%" });
    // Measured values with their unit's precision: € MKI per ton always two decimals, tonnes as stored up to two.
    expect(cell("Toezegging en levering", "E2")).toEqual({ type: number, value: 38.5, numFmt: "#,##0.00" });
    expect(cell("Toezegging en levering", "H3")).toEqual({ type: number, value: -13, numFmt: "#,##0" });
    expect(cell("Toezegging en levering", "G2")).toMatchObject({ type: string, value: "2026 K2" });
    expect(cell("Doelstellingen", "D2")).toEqual({ type: number, value: 2025, numFmt: "0" });
    // The last sheet says what the file holds: the filters by name, who exported it and when.
    expect(workbook.worksheets.at(-1)!.name).toBe("Info");
    const info = new Map(
      workbook
        .getWorksheet("Info")!
        .getSheetValues()
        .slice(2)
        .map((row) => [(row as unknown[])[1], (row as unknown[])[2]]),
    );
    expect(info.get("Organisatie")).toBe(a.buyer.as.coordinator.org.name);
    expect(info.get("Geëxporteerd door")).toBe(a.buyer.as.coordinator.name ?? a.buyer.as.coordinator.email);
    expect(info.get("Geëxporteerd op")).toBeInstanceOf(Date);
    expect(info.get("Inkooppakket")).toBe("Alle");
    expect(info.get("Periode")).toMatch(/^\d{4} K\d t\/m \d{4} K\d$/);
  });

  it("refuses an unknown table and all tables as one CSV", async () => {
    const ctx = a.buyer.as.coordinator;
    expect((await dashboardExportRoute.run(ctx, { search: search(), table: "geheim", format: "csv" })).status).toBe(404);
    expect((await dashboardExportRoute.run(ctx, { search: search(), table: "alle", format: "csv" })).status).toBe(404);
  });
});
