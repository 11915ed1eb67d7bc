// The downloadable values template of one report: a row per KPI of the quarter with its id,
// name, unit, target and kind, and empty value/score/quantity/explanation columns; a KPI per
// unit (per meal, per tonne) names the unit of its quantity. CSV in the dialect of lib/spreadsheet/write-csv.ts;
// XLSX with an explanation sheet (lib/spreadsheet/write-xlsx.ts).
import { sheetCsv } from "@/lib/spreadsheet/write-csv";
import { measureCell, type Sheet, type SheetCell } from "@/lib/spreadsheet/cells";
import { workbookXlsx } from "@/lib/spreadsheet/write-xlsx";
import { VALUES_COLUMNS, type ValuesColumnKey } from "./values-import";

export type TemplateKpi = {
  id: string;
  name: string;
  unit: string | null;
  target: string | null;
  kind: "quantitative" | "qualitative";
  /** Per what the value is ("maaltijden"): the row asks the quarter's quantity in it. */
  activityUnit?: string | null;
};

const KIND_WORD = { quantitative: "kwantitatief", qualitative: "kwalitatief" } as const;
const WIDTHS: Partial<Record<ValuesColumnKey, number>> = { kpiId: 38, name: 40 };

// The target is a number in both files (a negative one too), with its unit's precision, never
// text a spreadsheet could read as a formula.
function rowOf(kpi: TemplateKpi): Record<ValuesColumnKey, SheetCell> {
  return {
    kpiId: kpi.id,
    name: kpi.name,
    unit: kpi.kind === "qualitative" ? "score 1–4" : (kpi.unit ?? ""),
    target: measureCell(kpi.target, kpi.kind === "qualitative" ? null : kpi.unit),
    kind: KIND_WORD[kpi.kind],
    value: null,
    score: null,
    quantity: null,
    activityUnit: kpi.activityUnit ?? "",
    explanation: null,
  };
}

function valuesSheet(kpis: TemplateKpi[]): Sheet {
  return {
    name: "Waarden",
    columns: VALUES_COLUMNS.map((c) => ({ header: c.header, width: WIDTHS[c.key] ?? 16, choices: c.choices })),
    rows: kpis.map((kpi) => {
      const row = rowOf(kpi);
      return VALUES_COLUMNS.map((c) => row[c.key]);
    }),
  };
}

export function valuesTemplateCsv(kpis: TemplateKpi[]): string {
  return sheetCsv(valuesSheet(kpis));
}

export function valuesTemplateXlsx(kpis: TemplateKpi[], title: string): Promise<Uint8Array> {
  const units = [...new Set(kpis.flatMap((k) => (k.activityUnit ? [k.activityUnit] : [])))];
  const helpOf = (c: (typeof VALUES_COLUMNS)[number]) =>
    c.key === "quantity" && units.length > 0 ? `${c.help} In dit sjabloon: ${units.join(", ")}.` : c.help;
  const help: Sheet = {
    name: "Toelichting",
    columns: [
      { header: "kolom", width: 16 },
      { header: "toelichting", width: 90 },
    ],
    rows: VALUES_COLUMNS.map((c) => [c.header, helpOf(c)]),
  };
  return workbookXlsx([valuesSheet(kpis), help], { title });
}
