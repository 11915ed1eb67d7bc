// The downloadable values template of one report: a row per KPI of the quarter with its id,
// name, unit, target and kind, and empty value/score/explanation columns. CSV with ';' and a BOM
// so Dutch Excel splits the columns and keeps accents; XLSX with an explanation sheet.
import ExcelJS from "exceljs";
import { csvDecimal, toCsv, type CsvCell } from "@/lib/csv";
import { VALUES_COLUMNS, type ValuesColumnKey } from "./values-import";

export type TemplateKpi = { id: string; name: string; unit: string | null; target: string | null; kind: "quantitative" | "qualitative" };

const KIND_WORD = { quantitative: "kwantitatief", qualitative: "kwalitatief" } as const;

// The target is a number in both files (a negative one too), never text a spreadsheet could
// read as a formula: exact in the CSV, a numeric cell in the workbook.
function rowOf(kpi: TemplateKpi, target: (value: string) => CsvCell): Record<ValuesColumnKey, CsvCell> {
  return {
    kpiId: kpi.id,
    name: kpi.name,
    unit: kpi.kind === "qualitative" ? "score 1–4" : (kpi.unit ?? ""),
    target: kpi.target === null ? "" : target(kpi.target),
    kind: KIND_WORD[kpi.kind],
    value: "",
    score: "",
    explanation: "",
  };
}

export function valuesTemplateCsv(kpis: TemplateKpi[]): string {
  const lines = [VALUES_COLUMNS.map((c) => c.header), ...kpis.map((k) => VALUES_COLUMNS.map((c) => rowOf(k, csvDecimal)[c.key]))];
  return toCsv(lines);
}

export async function valuesTemplateXlsx(kpis: TemplateKpi[], title: string): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "Groeipad";
  workbook.title = title;
  const sheet = workbook.addWorksheet("Waarden", { views: [{ state: "frozen", ySplit: 1 }] });
  sheet.columns = VALUES_COLUMNS.map((c) => ({ header: c.header, key: c.key, width: c.key === "name" ? 40 : c.key === "kpiId" ? 38 : 16 }));
  sheet.getRow(1).font = { bold: true };
  for (const kpi of kpis) sheet.addRow(rowOf(kpi, Number));
  const help = workbook.addWorksheet("Toelichting");
  help.columns = [
    { header: "kolom", key: "header", width: 16 },
    { header: "toelichting", key: "help", width: 90 },
  ];
  help.getRow(1).font = { bold: true };
  for (const column of VALUES_COLUMNS) help.addRow({ header: column.header, help: column.help });
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}
