// The dashboard's route handlers: buyers only, the JSON of every section, and every table as CSV
// and XLSX with all rows (not the top of each list).
import ExcelJS from "exceljs";
import { beforeAll, describe, expect, it } from "vitest";
import { dashboardExportRoute, dashboardRoute } from "@/lib/dashboard/routes";
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

  it("exports one table as CSV with a BOM, semicolons and decimal commas", async () => {
    const result = await dashboardExportRoute.run(a.buyer.as.coordinator, { search: search(), table: "toezeggingen", format: "csv" });
    expect(result.status).toBe(200);
    const file = (result.body as { data: Download }).data;
    expect(file.filename).toMatch(/^dashboard-.*-toezeggingen-2026-Q1-2026-Q4\.csv$/);
    const text = new TextDecoder("utf-8", { ignoreBOM: true }).decode(file.bytes);
    expect(text.startsWith("\uFEFFContract;Toezegging;")).toBe(true);
    expect(text).toContain(";38,5;39;2026 K2;0,5");
  });

  it("exports every table as XLSX sheets", async () => {
    const result = await dashboardExportRoute.run(a.buyer.as.coordinator, { search: search(), table: "alle", format: "xlsx" });
    const file = (result.body as { data: Download }).data;
    expect(String.fromCharCode(file.bytes[0], file.bytes[1])).toBe("PK");
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.from(file.bytes) as unknown as ArrayBuffer);
    expect(workbook.worksheets.map((s) => s.name)).toContain("Malus per contract");
    const malus = workbook.getWorksheet("Malus per kwartaal")!;
    expect(malus.getRow(2).values).toEqual([undefined, "2026 K1", 500, 1]);
  });

  it("refuses an unknown table and all tables as one CSV", async () => {
    const ctx = a.buyer.as.coordinator;
    expect((await dashboardExportRoute.run(ctx, { search: search(), table: "geheim", format: "csv" })).status).toBe(404);
    expect((await dashboardExportRoute.run(ctx, { search: search(), table: "alle", format: "csv" })).status).toBe(404);
  });
});
