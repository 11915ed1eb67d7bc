// Values from a file: every wrong row with its row number and reason, nothing taken while any
// row is wrong, and the template read back unchanged through the KPI import's file reader.
import { describe, expect, it } from "vitest";
import ExcelJS from "exceljs";
import { readImportFile } from "@/lib/kpi-library/import/read-file";
import { reminderKindFor } from "@/lib/jobs/reminders";
import { validateValuesImport, type ValuesImportContext } from "@/lib/reports/values-import";
import { valuesTemplateCsv, valuesTemplateXlsx, type TemplateKpi } from "@/lib/reports/values-template";

const NUMBER = "11111111-1111-4111-8111-111111111111";
const SCORE = "22222222-2222-4222-8222-222222222222";
const RETIRED = "33333333-3333-4333-8333-333333333333";
const context: ValuesImportContext = {
  contractKpis: [
    { id: NUMBER, name: "CO2-uitstoot", kind: "quantitative" },
    { id: SCORE, name: "Samenwerking", kind: "qualitative" },
    { id: RETIRED, name: "Oude KPI", kind: "quantitative" },
  ],
  reportKpiIds: new Set([NUMBER, SCORE]),
};
const kpis: TemplateKpi[] = [
  { id: NUMBER, name: "CO2-uitstoot", unit: "ton", target: "40.5", kind: "quantitative" },
  { id: SCORE, name: "Samenwerking; overleg", unit: null, target: "3", kind: "qualitative" },
];

const table = (...rows: Array<Array<string | number>>) => [["kpi-id", "kpi", "waarde", "score", "toelichting"], ...rows];

describe("validateValuesImport", () => {
  it("takes a clean file: decimal comma, spreadsheet numbers and scores", () => {
    const clean = validateValuesImport(table([NUMBER, "x", "41,5", "", "Uit de facturen"], [SCORE, "y", "", 3, ""]), context);
    expect(clean.errors).toEqual([]);
    expect(clean.values).toEqual([
      { kpiId: NUMBER, value: "41.5", score: null, explanation: "Uit de facturen" },
      { kpiId: SCORE, value: null, score: 3, explanation: null },
    ]);
    expect(validateValuesImport(table([NUMBER, "", 12.25, "", ""]), context).values[0].value).toBe("12.25");
  });

  it("reports every wrong row with its row number and reason", () => {
    const check = validateValuesImport(
      table(
        ["99999999-9999-4999-8999-999999999999", "", "1", "", ""],
        [RETIRED, "", "1", "", ""],
        [NUMBER, "", "12.5", "", ""],
        [SCORE, "", "", "5", ""],
        [],
        [SCORE, "", "", "2", ""],
        ["", "naam", "3", "", ""],
      ),
      context,
    );
    expect(check.errors).toEqual([
      { row: 2, column: "kpi-id", message: expect.stringContaining("Onbekende KPI") },
      { row: 3, column: "kpi-id", message: expect.stringContaining("hoort niet bij de rapportage van dit kwartaal") },
      { row: 4, column: "waarde", message: expect.stringContaining("punt als decimaalteken") },
      { row: 5, column: "score", message: expect.stringContaining("niet tussen 1 en 4") },
      { row: 7, column: "kpi-id", message: 'De KPI "Samenwerking" staat al in regel 5.' },
      { row: 8, column: "kpi-id", message: expect.stringContaining("ontbreekt") },
    ]);
  });

  it("refuses a value for a score KPI, a missing kpi-id column and unknown columns", () => {
    expect(validateValuesImport(table([SCORE, "", "3", "", ""]), context).errors[0]).toMatchObject({ row: 2, column: "waarde" });
    expect(validateValuesImport([["kpi", "waarde", "kleur"]], context).errors.map((e) => e.message)).toEqual([
      'Onbekende kolom "kleur".',
      expect.stringContaining('"kpi-id" ontbreekt'),
    ]);
  });

  it("skips template rows left empty", () => {
    expect(validateValuesImport(table([NUMBER, "CO2-uitstoot", "", "", ""]), context)).toEqual({ values: [], errors: [] });
  });
});

describe("values template", () => {
  it("CSV lists the quarter's KPIs and reads back through the import reader", async () => {
    const csv = valuesTemplateCsv(kpis);
    expect(csv.startsWith("\uFEFFkpi-id;kpi;eenheid;doel;soort;waarde;score;toelichting\r\n")).toBe(true);
    expect(csv).toContain(`${NUMBER};CO2-uitstoot;ton;40,5;kwantitatief;;;`);
    expect(csv).toContain(`"Samenwerking; overleg";score 1–4;3;kwalitatief`);
    const { table: read } = await readImportFile(new TextEncoder().encode(csv.replace(";kwantitatief;;;", ";kwantitatief;41,5;;")));
    expect(validateValuesImport(read, context).values).toEqual([{ kpiId: NUMBER, value: "41.5", score: null, explanation: null }]);
  });

  it("XLSX has the values sheet first and a filled-in number cell is read as a number", async () => {
    const bytes = await valuesTemplateXlsx(kpis, "Test");
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
    expect(workbook.worksheets.map((w) => w.name)).toEqual(["Waarden", "Toelichting"]);
    // The target is a number with its unit's precision, the KPI name text even with a ';' in it.
    const waarden = workbook.worksheets[0];
    expect([waarden.getCell("D2").type, waarden.getCell("D2").value, waarden.getCell("D2").numFmt]).toEqual([ExcelJS.ValueType.Number, 40.5, "#,##0.0"]);
    expect([waarden.getCell("D3").value, waarden.getCell("D3").numFmt]).toEqual([3, "#,##0"]);
    expect(waarden.getCell("B3").value).toBe("Samenwerking; overleg");
    expect(waarden.getCell("F2").type).toBe(ExcelJS.ValueType.Null);
    workbook.worksheets[0].getRow(2).getCell(6).value = 39.75;
    workbook.worksheets[0].getRow(3).getCell(7).value = 4;
    const filled = new Uint8Array(await workbook.xlsx.writeBuffer());
    const { kind, table: read } = await readImportFile(filled);
    expect(kind).toBe("xlsx");
    expect(validateValuesImport(read, context)).toEqual({
      values: [
        { kpiId: NUMBER, value: "39.75", score: null, explanation: null },
        { kpiId: SCORE, value: null, score: 4, explanation: null },
      ],
      errors: [],
    });
  });
});

describe("overdue notice window", () => {
  it("sends an overdue notice only in the 14 days after the due date", () => {
    expect(reminderKindFor("2026-04-30", "2026-05-14", "draft")).toBe("overdue");
    expect(reminderKindFor("2026-04-30", "2026-05-15", null)).toBeNull();
    expect(reminderKindFor("2025-01-30", "2026-11-22", null)).toBeNull();
  });
});
