import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { IMPORT_COLUMNS } from "@/lib/kpi-library/import/columns";
import { readImportFile } from "@/lib/kpi-library/import/read-file";
import { detectSpreadsheetKind, SpreadsheetError } from "@/lib/spreadsheet/read";
import { decodeCsv, detectSeparator, parseCsv } from "@/lib/spreadsheet/read-csv";
import { importTemplateCsv, importTemplateXlsx } from "@/lib/kpi-library/import/template";
import { validateImport, type ImportContext } from "@/lib/kpi-library/import/validate";

const context: ImportContext = {
  contract: { startDate: "2026-01-01", endDate: "2027-12-31" },
  indicators: new Map([
    [
      "zero_emission_km",
      { id: "i-zek", code: "zero_emission_km", name: "Zero-emissiekilometers", unitLabel: "%", minValue: "0", maxValue: "100" },
    ],
    ["co2e", { id: "i-co2", code: "co2e", name: "CO2-uitstoot", unitLabel: "ton CO2e", minValue: "0", maxValue: null }],
  ]),
  themes: new Map([["schone lucht", { id: "t-1", name: "Schone lucht" }]]),
  existingNames: new Set(["co2-uitstoot wagenpark"]),
};

const HEADER =
  "naam;indicator;soort;verplichting;nulmeting;kwartaal nulmeting;mijlpaal 1 kwartaal;mijlpaal 1 waarde;mijlpaal 2 kwartaal;mijlpaal 2 waarde;thema;score 1;score 2;score 3;score 4";

async function check(lines: string[]) {
  const { table } = await readImportFile(new TextEncoder().encode(lines.join("\r\n")));
  return validateImport(table, context);
}

describe("KPI import: reading the file", () => {
  it("takes a zip as XLSX and text as CSV, by content", () => {
    expect(detectSpreadsheetKind(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x14]))).toBe("xlsx");
    expect(detectSpreadsheetKind(new TextEncoder().encode("naam;soort"))).toBe("csv");
    expect(() => detectSpreadsheetKind(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01]))).toThrow(SpreadsheetError);
  });

  it("reads UTF-8 and strips the BOM Excel writes", () => {
    expect(decodeCsv(new TextEncoder().encode("\uFEFFnaam;café;€ 12,50"))).toBe("naam;café;€ 12,50");
  });

  it("reads the Windows-1252 of Dutch Excel's plain CSV, € and typographic quotes included", async () => {
    // "Café;€ 12,50;“ja”" as Dutch Excel saves it: é = E9, € = 80, “ = 93, ” = 94.
    const bytes = new Uint8Array([0x43, 0x61, 0x66, 0xe9, 0x3b, 0x80, 0x20, 0x31, 0x32, 0x2c, 0x35, 0x30, 0x3b, 0x93, 0x6a, 0x61, 0x94]);
    expect(decodeCsv(bytes)).toBe("Café;€ 12,50;“ja”");
    const { kind, table } = await readImportFile(new Uint8Array([...new TextEncoder().encode("naam;omschrijving\r\n"), ...bytes]));
    expect([kind, table[1]]).toEqual(["csv", ["Café", "€ 12,50", "“ja”"]]);
  });

  it("refuses bytes that are text in neither encoding, saying how to save the file", () => {
    // 0x81 has no character in Windows-1252 and cannot stand alone in UTF-8.
    expect(() => decodeCsv(new Uint8Array([0x6e, 0x61, 0x81, 0x6d]))).toThrow(/CSV UTF-8/);
  });

  it("refuses an empty file and one over 1 MB", async () => {
    await expect(readImportFile(new Uint8Array())).rejects.toThrow("Het bestand is leeg.");
    await expect(readImportFile(new Uint8Array(1024 * 1024 + 1).fill(0x61))).rejects.toThrow(/groter dan 1 MB/);
  });

  it("finds the separator of the header and reads quoted fields with separators, quotes and line breaks", () => {
    expect(detectSeparator("naam;soort;verplichting\nCO2, per maaltijd;x")).toBe(";");
    expect(detectSeparator('naam,soort,"a;b;c"\n')).toBe(",");
    expect(parseCsv('naam;omschrijving\r\n"Zuivel; kaas";"Zegt ""ja""\nen nee"\r\n', ";")).toEqual([
      ["naam", "omschrijving"],
      ["Zuivel; kaas", 'Zegt "ja"\nen nee'],
    ]);
  });
});

describe("KPI import: validating rows", () => {
  it("accepts a clean file with ';' and with ',' as separator", async () => {
    const semicolon = await check([
      HEADER,
      "Zero-emissie bestelbussen;zero_emission_km;kwantitatief;resultaat;10;2025-K4;2026-K1;20;2027 K4;60,5;schone lucht;;;;",
    ]);
    expect(semicolon.errors).toEqual([]);
    expect(semicolon.kpis).toEqual([
      expect.objectContaining({
        row: 2,
        name: "Zero-emissie bestelbussen",
        kind: "quantitative",
        obligation: "resultaat",
        baselineValue: "10",
        baselineQuarter: "2025-Q4",
        theme: { id: "t-1", name: "Schone lucht" },
        milestones: [
          { quarter: "2026-Q1", value: "20" },
          { quarter: "2027-Q4", value: "60.5" },
        ],
      }),
    ]);
    const comma = await check([
      HEADER.replaceAll(";", ","),
      'Zero-emissie bestelbussen,zero_emission_km,kwantitatief,resultaat,"10,5",2025-K4,2026-K1,20,,,,,,,',
    ]);
    expect(comma.errors).toEqual([]);
    expect(comma.kpis[0].baselineValue).toBe("10.5");
  });

  it("holds names and score meanings to the limits of the KPI form, control characters included", async () => {
    const result = await check([
      HEADER,
      `${"N".repeat(121)};co2e;kwantitatief;inspanning;;;2026-K2;100;;;;;;;`,
      "Goed\u0007fout;co2e;kwantitatief;inspanning;;;2026-K2;100;;;;;;;",
      `Kwalitatief;;kwalitatief;inspanning;;;;;;;;${"s".repeat(501)};b;c;d`,
    ]);
    expect(result.errors).toEqual([
      { row: 2, column: "naam", message: "Tekst mag hoogstens 120 tekens lang zijn." },
      { row: 3, column: "naam", message: expect.stringContaining("stuurteken") },
      { row: 4, column: "score 1", message: "Tekst mag hoogstens 500 tekens lang zijn." },
    ]);
  });

  it("reports every bad row with its row number and reason, and returns no KPIs for them", async () => {
    const result = await check([
      HEADER,
      "Goede regel;co2e;kwantitatief;inspanning;;;2026-K2;100;;;;;;;",
      "Onbekende indicator;co2x;kwantitatief;inspanning;;;;;;;;;;;",
      "Tekst als getal;co2e;kwantitatief;inspanning;veel;2025-K4;;;;;;;;;",
      "Goede regel;co2e;kwantitatief;inspanning;;;;;;;;;;;",
      "Punt als decimaal;co2e;kwantitatief;inspanning;12.5;2025-K4;;;;;;;;;",
      ";co2e;;inspanning;;;;;;;;;;;",
      "Kwalitatief zonder scores;;kwalitatief;inspanning;;;2026-K1;3;;;;Slecht;;Goed;",
      "CO2-uitstoot wagenpark;co2e;kwantitatief;resultaat;;;;;;;;;;;",
      "Buiten de looptijd;co2e;kwantitatief;resultaat;;;2029-K1;5;;;onbekend thema;;;;",
      "Te hoog percentage;zero_emission_km;kwantitatief;resultaat;;;2026-K1;120;;;;;;;",
    ]);
    expect(result.kpis.map((k) => k.row)).toEqual([2]);
    expect(result.errors).toEqual([
      { row: 3, column: "indicator", message: 'Onbekende indicatorcode "co2x". Kies een code uit de indicatorcatalogus.' },
      { row: 4, column: "nulmeting", message: '"veel" is geen getal.' },
      { row: 5, column: "naam", message: 'De naam "Goede regel" staat ook in rij 2.' },
      { row: 6, column: "nulmeting", message: '"12.5" gebruikt een punt als decimaalteken; schrijf 12,5.' },
      { row: 7, column: "naam", message: "Vul de naam van de KPI in." },
      { row: 7, column: "soort", message: "Vul de soort in: kwantitatief of kwalitatief." },
      {
        row: 8,
        column: "score 2",
        message: "Een kwalitatieve KPI heeft de betekenis van elke score nodig; vul score 2, score 4 in.",
      },
      { row: 9, column: "naam", message: 'Dit contract heeft al een KPI met de naam "CO2-uitstoot wagenpark".' },
      { row: 10, column: "thema", message: 'Het thema "onbekend thema" staat niet in het Waardenwiel van dit contract.' },
      { row: 10, column: "mijlpaal 1 kwartaal", message: "2029 K1 valt buiten de looptijd van het contract (2026 K1 – 2027 K4)." },
      { row: 11, column: "mijlpaal 1 waarde", message: "120 ligt buiten het bereik van Zero-emissiekilometers." },
    ]);
  });

  it("checks words, quarters, milestone pairs, scores of qualitative KPIs and the example row", async () => {
    const result = await check([
      HEADER,
      "Soort fout;co2e;kwantitief;misschien;;;Q3 2026;10;2026-K4;;;;;;",
      "Kwalitatief;;kwalitatief;inspanning;;;2026-K1;5;;;;1;2;3;4",
      "Voorbeeld: aandeel plantaardige eiwitten;co2e;kwantitatief;inspanning;;;;;;;;;;;",
      "Nulmeting zonder kwartaal;co2e;kwantitatief;inspanning;3;;;;;;;;;;",
    ]);
    expect(result.kpis).toEqual([]);
    expect(result.errors.map((e) => [e.row, e.column, e.message])).toEqual([
      [2, "soort", '"kwantitief" is geen geldige waarde; kies "kwantitatief" of "kwalitatief".'],
      [2, "verplichting", '"misschien" is geen geldige waarde; kies "inspanning" of "resultaat".'],
      [2, "mijlpaal 1 kwartaal", '"Q3 2026" is geen kwartaal; schrijf bijvoorbeeld 2027 K2.'],
      [2, "mijlpaal 2 waarde", "Vul de waarde van mijlpaal 2 in."],
      [3, "mijlpaal 1 waarde", "Een kwalitatieve KPI heeft doelen van 1 tot en met 4."],
      [4, "naam", "Dit is de voorbeeldregel uit het sjabloon; vervang of verwijder hem."],
      [5, "kwartaal nulmeting", "Vul het kwartaal van de nulmeting in."],
    ]);
  });

  it("reports header problems on row 1 and nothing else", async () => {
    const result = await check(["naam;soort;kleur;naam", "X;kwantitatief;rood;X"]);
    expect(result.errors).toEqual([
      { row: 1, column: "kleur", message: 'Onbekende kolom "kleur". Gebruik de kolommen van het sjabloon.' },
      { row: 1, column: "naam", message: 'De kolom "naam" staat er twee keer in.' },
      { row: 1, column: "verplichting", message: 'De kolom "verplichting" ontbreekt.' },
    ]);
  });

  it("says so when only the header is there", async () => {
    expect((await check([HEADER, ";;;;;;;;;;;;;;"])).errors).toEqual([
      { row: 2, column: null, message: "Het bestand bevat geen KPI's onder de kopregel." },
    ]);
  });
});

describe("KPI import: the template", () => {
  it("CSV template has every column, a BOM and ';', and its example row is refused until replaced", async () => {
    const csv = importTemplateCsv({ startDate: "2026-01-01" });
    expect(csv.startsWith("\uFEFFnaam;omschrijving;indicator;soort")).toBe(true);
    // The example's numbers as a Dutch user types them: decimal comma, nothing quoted.
    expect(csv.split("\r\n")[1]).toBe(
      "Voorbeeld: aandeel plantaardige eiwitten;Vervang of verwijder deze regel.;plant_protein;kwantitatief;inspanning;35,5;2025 K4;Inkoopgegevens per kwartaal;Overzicht van de groothandel;1;;lineair;2026 K1;40;2027 K1;50,5;;;;;;;;",
    );
    const { table } = await readImportFile(new TextEncoder().encode(csv));
    expect(table[0]).toEqual(IMPORT_COLUMNS.map((c) => c.header));
    const withPlantProtein = {
      ...context,
      indicators: new Map([
        ...context.indicators,
        [
          "plant_protein",
          { id: "i-pp", code: "plant_protein", name: "Plantaardige eiwitten", unitLabel: "%", minValue: "0", maxValue: "100" },
        ],
      ]),
    };
    expect(validateImport(table, withPlantProtein).errors).toEqual([
      { row: 2, column: "naam", message: "Dit is de voorbeeldregel uit het sjabloon; vervang of verwijder hem." },
    ]);
  });

  it("XLSX round trip: the template read back, and a sheet built with real numbers and rich text", async () => {
    const template = await importTemplateXlsx({ startDate: "2026-01-01", endDate: "2027-12-31" }, [
      { code: "co2e", name: "CO2-uitstoot", unitLabel: "ton CO2e" },
    ]);
    const read = await readImportFile(template);
    expect(read.kind).toBe("xlsx");
    expect(read.table[0]).toEqual(IMPORT_COLUMNS.map((c) => c.header));
    expect(read.table[1][0]).toBe("Voorbeeld: aandeel plantaardige eiwitten");
    // The example's numbers are numeric cells with a number format, read back as numbers.
    const written = new ExcelJS.Workbook();
    await written.xlsx.load(Buffer.from(template) as unknown as ArrayBuffer);
    expect(written.worksheets.map((w) => w.name)).toEqual(["KPI's", "Toelichting", "Indicatoren", "Kwartalen"]);
    const example = written.getWorksheet("KPI's")!;
    const at = (header: string) => example.getRow(2).getCell(IMPORT_COLUMNS.findIndex((c) => c.header === header) + 1);
    expect([at("nulmeting").value, at("nulmeting").numFmt, at("gewicht").value, at("gewicht").numFmt]).toEqual([35.5, "#,##0.0", 1, "0"]);
    expect([at("mijlpaal 2 waarde").type, at("kwartaal nulmeting").type]).toEqual([ExcelJS.ValueType.Number, ExcelJS.ValueType.String]);
    expect(example.getCell("A1").font).toMatchObject({ bold: true });
    expect(written.getWorksheet("Indicatoren")!.getRow(2).values).toEqual([undefined, "co2e", "CO2-uitstoot", "ton CO2e"]);
    // Fixed choices are a drop-down list that refuses other words, far below the example row; free columns have none.
    for (const [header, choices] of [
      ["soort", '"kwantitatief,kwalitatief"'],
      ["verplichting", '"inspanning,resultaat"'],
      ["groeipad", '"lineair,trapsgewijs"'],
    ]) {
      const column = IMPORT_COLUMNS.findIndex((c) => c.header === header) + 1;
      for (const row of [2, 1000])
        expect(example.getRow(row).getCell(column).dataValidation).toMatchObject({
          type: "list",
          formulae: [choices],
          showErrorMessage: true,
        });
    }
    expect(at("naam").dataValidation).toBeUndefined();
    // The indicator and the milestone quarters choose from the lists on their own sheets: the
    // catalogue's codes, and the contract's eight quarters as the template writes them.
    expect(at("indicator").dataValidation).toMatchObject({ type: "list", formulae: ["'Indicatoren'!$A$2:$A$2"] });
    expect(at("mijlpaal 3 kwartaal").dataValidation).toMatchObject({ type: "list", formulae: ["'Kwartalen'!$A$2:$A$9"] });
    const quarters = written.getWorksheet("Kwartalen")!;
    expect([quarters.getCell("A2").value, quarters.getCell("A9").value, quarters.getCell("A10").value]).toEqual([
      "2026 K1",
      "2027 K4",
      null,
    ]);
    expect(validateImport(read.table, context).errors.map((e) => e.column)).not.toContain("nulmeting");

    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet("KPI's");
    sheet.addRow(HEADER.split(";"));
    sheet.addRow(["Zero-emissie", "zero_emission_km", "kwantitatief", "resultaat", 12.5, "2025-K4", "2026-K1", 20, "2027-K4", "60,5"]);
    sheet.addRow([]);
    sheet.addRow([{ richText: [{ text: "CO2 " }, { text: "keten" }] }, "co2e", "kwantitatief", "inspanning", "12.5", "2025-K4"]);
    const bytes = new Uint8Array(await workbook.xlsx.writeBuffer());
    const result = validateImport((await readImportFile(bytes)).table, context);
    expect(result.kpis.map((k) => [k.row, k.name, k.baselineValue, k.milestones])).toEqual([
      [
        2,
        "Zero-emissie",
        "12.5",
        [
          { quarter: "2026-Q1", value: "20" },
          { quarter: "2027-Q4", value: "60.5" },
        ],
      ],
    ]);
    // The empty row 3 keeps the numbering: the rich-text row is row 4.
    expect(result.errors).toEqual([{ row: 4, column: "nulmeting", message: '"12.5" gebruikt een punt als decimaalteken; schrijf 12,5.' }]);
  });
});
