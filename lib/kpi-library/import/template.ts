// The downloadable import template of a contract, as CSV (';' and a BOM, so Dutch Excel opens it
// with the columns split and accents intact) or as XLSX with the columns explained and the
// indicator codes listed.
import ExcelJS from "exceljs";
import { toCsv } from "@/lib/csv";
import { addQuarters, quarterLabel, quarterOf } from "@/lib/periods";
import { EXAMPLE_PREFIX, IMPORT_COLUMNS, type ColumnKey } from "./columns";

export type TemplateIndicator = { code: string; name: string; unitLabel: string };

function exampleRow(contract: { startDate: string }): Record<ColumnKey, string> {
  const first = quarterOf(contract.startDate);
  const label = (n: number) => quarterLabel(addQuarters(first, n)).replace(" ", "-");
  const row = Object.fromEntries(IMPORT_COLUMNS.map((c) => [c.key, ""])) as Record<ColumnKey, string>;
  return Object.assign(row, {
    name: `${EXAMPLE_PREFIX} aandeel plantaardige eiwitten`,
    description: "Vervang of verwijder deze regel.",
    indicator: "plant_protein",
    kind: "kwantitatief",
    obligation: "inspanning",
    baselineValue: "35,5",
    baselineQuarter: label(-1),
    measurement: "Inkoopgegevens per kwartaal",
    evidenceRequired: "Overzicht van de groothandel",
    weight: "1",
    interpolation: "lineair",
    milestone1Quarter: label(0),
    milestone1Value: "40",
    milestone2Quarter: label(4),
    milestone2Value: "50,5",
  });
}

export function importTemplateCsv(contract: { startDate: string }): string {
  const example = exampleRow(contract);
  const lines = [IMPORT_COLUMNS.map((c) => c.header), IMPORT_COLUMNS.map((c) => example[c.key])];
  return toCsv(lines);
}

export async function importTemplateXlsx(contract: { startDate: string }, indicators: TemplateIndicator[]): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "Groeipad";
  const sheet = workbook.addWorksheet("KPI's", { views: [{ state: "frozen", ySplit: 1 }] });
  sheet.columns = IMPORT_COLUMNS.map((c) => ({ header: c.header, key: c.key, width: Math.max(14, c.header.length + 4) }));
  sheet.getRow(1).font = { bold: true };
  const example = exampleRow(contract);
  // Numbers typed as text with a comma, exactly as a Dutch user would type them.
  sheet.addRow(example);
  sheet.getColumn("name").width = 40;

  const help = workbook.addWorksheet("Toelichting");
  help.columns = [
    { header: "kolom", key: "header", width: 24 },
    { header: "toelichting", key: "help", width: 90 },
  ];
  help.getRow(1).font = { bold: true };
  for (const column of IMPORT_COLUMNS) help.addRow({ header: column.header, help: `${column.help}${column.required ? " Verplicht." : ""}` });

  const codes = workbook.addWorksheet("Indicatoren");
  codes.columns = [
    { header: "code", key: "code", width: 24 },
    { header: "naam", key: "name", width: 40 },
    { header: "eenheid", key: "unitLabel", width: 24 },
  ];
  codes.getRow(1).font = { bold: true };
  for (const indicator of indicators) codes.addRow(indicator);
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}
