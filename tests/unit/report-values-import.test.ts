// Values from a file: every wrong row with its row number and reason, nothing taken while any
// row is wrong, and the template read back unchanged through the KPI import's file reader.
import { describe, expect, it } from "vitest";
import ExcelJS from "exceljs";
import { readImportFile } from "@/lib/kpi-library/import/read-file";
import { reminderKindFor } from "@/lib/jobs/reminders";
import { VALUES_COLUMNS, validateValuesImport, type ValuesImportContext } from "@/lib/reports/values-import";
import { valuesTemplateCsv, valuesTemplateXlsx, type TemplateKpi } from "@/lib/reports/values-template";

const NUMBER = "11111111-1111-4111-8111-111111111111";
const SCORE = "22222222-2222-4222-8222-222222222222";
const RETIRED = "33333333-3333-4333-8333-333333333333";
const PER_MEAL = "44444444-4444-4444-8444-444444444444";
const context: ValuesImportContext = {
  contractKpis: [
    { id: NUMBER, name: "CO2-uitstoot", kind: "quantitative" },
    { id: SCORE, name: "Samenwerking", kind: "qualitative" },
    { id: RETIRED, name: "Oude KPI", kind: "quantitative" },
    { id: PER_MEAL, name: "CO2 per maaltijd", kind: "quantitative", activityUnitLabel: "maaltijden" },
  ],
  reportKpiIds: new Set([NUMBER, SCORE, PER_MEAL]),
};
const kpis: TemplateKpi[] = [
  { id: NUMBER, name: "CO2-uitstoot", unit: "ton", target: "40.5", kind: "quantitative" },
  { id: SCORE, name: "Samenwerking; overleg", unit: null, target: "3", kind: "qualitative" },
];
const perMeal: TemplateKpi = {
  id: PER_MEAL,
  name: "CO2 per maaltijd",
  unit: "kg CO2e per maaltijd",
  target: "1.2500",
  kind: "quantitative",
  activityUnit: "maaltijden",
};

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

  it("takes the quarter's quantity of a KPI per unit: decimal comma, thousands dots or a spreadsheet number", () => {
    const withQuantity = (...rows: Array<Array<string | number>>) => [["kpi-id", "waarde", "hoeveelheid", "toelichting"], ...rows];
    expect(validateValuesImport(withQuantity([PER_MEAL, "1,25", "12.500", ""], [NUMBER, "41", "", ""]), context)).toEqual({
      values: [
        { kpiId: PER_MEAL, value: "1.25", score: null, explanation: null, quantity: "12500" },
        // A KPI not per unit gives no quantity: the stored one (none) is left alone.
        { kpiId: NUMBER, value: "41", score: null, explanation: null },
      ],
      errors: [],
    });
    expect(validateValuesImport(withQuantity([PER_MEAL, "", 3200.5, ""]), context).values).toEqual([
      { kpiId: PER_MEAL, value: null, score: null, explanation: null, quantity: "3200.5" },
    ]);
    // The column is there and left empty on the row: the file says there is no quantity, as it does for the value.
    expect(validateValuesImport(withQuantity([PER_MEAL, "1,25", "", ""]), context).values[0].quantity).toBeNull();
  });

  it("refuses a quantity on a KPI not per unit, a negative one and text, each on its row", () => {
    const check = validateValuesImport(
      [
        ["kpi-id", "waarde", "score", "hoeveelheid"],
        [NUMBER, "41", "", "100"],
        [SCORE, "", "3", "5"],
        [PER_MEAL, "1,25", "", "-5"],
      ],
      context,
    );
    expect(check.errors).toEqual([
      { row: 2, column: "hoeveelheid", message: 'De KPI "CO2-uitstoot" is geen waarde per eenheid: laat de hoeveelheid leeg.' },
      { row: 3, column: "hoeveelheid", message: 'De KPI "Samenwerking" is geen waarde per eenheid: laat de hoeveelheid leeg.' },
      { row: 4, column: "hoeveelheid", message: "De hoeveelheid kan niet negatief zijn." },
    ]);
    const text = validateValuesImport(
      [
        ["kpi-id", "waarde", "hoeveelheid"],
        [PER_MEAL, "1,25", "veel"],
      ],
      context,
    );
    expect(text.errors).toEqual([{ row: 2, column: "hoeveelheid", message: '"veel" is geen getal.' }]);
    expect(
      validateValuesImport(
        [
          ["kpi-id", "hoeveelheid"],
          [PER_MEAL, "12.5"],
        ],
        context,
      ).errors,
    ).toEqual([{ row: 2, column: "hoeveelheid", message: '"12.5" gebruikt een punt als decimaalteken; schrijf 12,5.' }]);
  });

  it("reads a file without the quantity column as before, leaving a stored quantity alone", () => {
    const old = validateValuesImport(table([PER_MEAL, "CO2 per maaltijd", "1,25", "", ""]), context);
    expect(old).toEqual({ values: [{ kpiId: PER_MEAL, value: "1.25", score: null, explanation: null }], errors: [] });
    expect("quantity" in old.values[0]).toBe(false);
  });

  it("skips template rows left empty", () => {
    expect(validateValuesImport(table([NUMBER, "CO2-uitstoot", "", "", ""]), context)).toEqual({ values: [], errors: [] });
  });
});

describe("values template", () => {
  it("CSV lists the quarter's KPIs, names the unit of a quantity, and reads back through the import reader", async () => {
    const csv = valuesTemplateCsv([...kpis, perMeal]);
    expect(csv).toBe(
      "\uFEFFkpi-id;kpi;eenheid;doel;soort;waarde;score;hoeveelheid;hoeveelheid in;toelichting\r\n" +
        `${NUMBER};CO2-uitstoot;ton;40,5;kwantitatief;;;;;\r\n` +
        `${SCORE};"Samenwerking; overleg";score 1–4;3;kwalitatief;;;;;\r\n` +
        `${PER_MEAL};CO2 per maaltijd;kg CO2e per maaltijd;1,25;kwantitatief;;;;maaltijden;\r\n`,
    );
    const filled = csv
      .replace(`${NUMBER};CO2-uitstoot;ton;40,5;kwantitatief;;;;;`, `${NUMBER};CO2-uitstoot;ton;40,5;kwantitatief;41,5;;;;`)
      .replace(";;;;maaltijden;", ";1,3;;12.500;maaltijden;");
    const { table: read } = await readImportFile(new TextEncoder().encode(filled));
    expect(validateValuesImport(read, context)).toEqual({
      values: [
        { kpiId: NUMBER, value: "41.5", score: null, explanation: null },
        { kpiId: PER_MEAL, value: "1.3", score: null, explanation: null, quantity: "12500" },
      ],
      errors: [],
    });
  });

  it("XLSX asks the quantity of a KPI per unit in its unit and explains the column with the units of the template", async () => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.from(await valuesTemplateXlsx([...kpis, perMeal], "Test")) as unknown as ArrayBuffer);
    const [waarden, help] = workbook.worksheets;
    expect(waarden.getRow(1).values).toEqual([
      undefined,
      "kpi-id",
      "kpi",
      "eenheid",
      "doel",
      "soort",
      "waarde",
      "score",
      "hoeveelheid",
      "hoeveelheid in",
      "toelichting",
    ]);
    expect(waarden.getRow(4).getCell(9).value).toBe("maaltijden");
    expect(waarden.getRow(2).getCell(9).type).toBe(ExcelJS.ValueType.Null);
    const quantityHelp = help.getColumn(2).values[VALUES_COLUMNS.findIndex((c) => c.key === "quantity") + 2];
    expect(quantityHelp).toMatch(/hoeveelheid in.*In dit sjabloon: maaltijden\.$/);
    waarden.getRow(4).getCell(6).value = 1.3;
    waarden.getRow(4).getCell(8).value = 12500;
    const { table: read } = await readImportFile(new Uint8Array(await workbook.xlsx.writeBuffer()));
    expect(validateValuesImport(read, context).values).toEqual([
      { kpiId: PER_MEAL, value: "1.3", score: null, explanation: null, quantity: "12500" },
    ]);
  });

  it("XLSX has the values sheet first and a filled-in number cell is read as a number", async () => {
    const bytes = await valuesTemplateXlsx(kpis, "Test");
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
    expect(workbook.worksheets.map((w) => w.name)).toEqual(["Waarden", "Toelichting"]);
    // A score is chosen from 1–4 in a drop-down list; a value is typed freely.
    expect(workbook.worksheets[0].getCell("G2").dataValidation).toMatchObject({ type: "list", formulae: ['"1,2,3,4"'] });
    expect(workbook.worksheets[0].getCell("F2").dataValidation).toBeUndefined();
    // The target is a number with its unit's precision, the KPI name text even with a ';' in it.
    const waarden = workbook.worksheets[0];
    expect([waarden.getCell("D2").type, waarden.getCell("D2").value, waarden.getCell("D2").numFmt]).toEqual([
      ExcelJS.ValueType.Number,
      40.5,
      "#,##0.0",
    ]);
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
