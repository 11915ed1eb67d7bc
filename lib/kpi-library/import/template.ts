// The downloadable import template of a contract, as CSV (lib/spreadsheet/write-csv.ts) or as XLSX with the columns
// explained and the indicator codes listed (lib/spreadsheet/write-xlsx.ts).
import { sheetCsv } from "@/lib/spreadsheet/write-csv";
import { addQuarters, contractQuarterList, quarterLabel, quarterOf } from "@/lib/periods";
import { decimalCell, integerCell, type Choices, type Sheet, type SheetCell } from "@/lib/spreadsheet/cells";
import { workbookXlsx } from "@/lib/spreadsheet/write-xlsx";
import { EXAMPLE_PREFIX, IMPORT_COLUMNS, type ColumnKey } from "./columns";

export type TemplateIndicator = { code: string; name: string; unitLabel: string };

// The example's numbers are numbers: "35,5" in the CSV as a Dutch user types it, a numeric cell
// in the workbook, and the import reads both.
function exampleRow(contract: { startDate: string }): Record<ColumnKey, SheetCell> {
  const first = quarterOf(contract.startDate);
  const label = (n: number) => quarterLabel(addQuarters(first, n));
  const row = Object.fromEntries(IMPORT_COLUMNS.map((c) => [c.key, null])) as Record<ColumnKey, SheetCell>;
  return Object.assign(row, {
    name: `${EXAMPLE_PREFIX} aandeel plantaardige eiwitten`,
    description: "Vervang of verwijder deze regel.",
    indicator: "plant_protein",
    kind: "kwantitatief",
    obligation: "inspanning",
    baselineValue: decimalCell("35.5"),
    baselineQuarter: label(-1),
    measurement: "Inkoopgegevens per kwartaal",
    evidenceRequired: "Overzicht van de groothandel",
    weight: integerCell(1),
    interpolation: "lineair",
    milestone1Quarter: label(0),
    milestone1Value: decimalCell("40"),
    milestone2Quarter: label(4),
    milestone2Value: decimalCell("50.5"),
  });
}

const INDICATORS = "Indicatoren";
const QUARTERS = "Kwartalen";

/**
 * The KPI sheet; in the workbook the indicator and the milestone quarters are also drop-down
 * lists, read from the sheets with the indicator codes and the contract's quarters.
 */
function kpiSheet(contract: { startDate: string }, lists?: { indicators: number; quarters: number }): Sheet {
  const example = exampleRow(contract);
  const choicesOf = (key: ColumnKey): Choices | undefined => {
    if (!lists) return undefined;
    if (key === "indicator") return { sheet: INDICATORS, rows: lists.indicators };
    if (/^milestone\dQuarter$/.test(key)) return { sheet: QUARTERS, rows: lists.quarters };
    return undefined;
  };
  return {
    name: "KPI's",
    columns: IMPORT_COLUMNS.map((c) => ({
      header: c.header,
      width: c.key === "name" ? 40 : Math.max(14, c.header.length + 4),
      choices: c.choices ?? choicesOf(c.key),
    })),
    rows: [IMPORT_COLUMNS.map((c) => example[c.key])],
  };
}

/** Every quarter the contract runs, as the template writes them ("2026 K1"). */
const quarterLabels = (contract: { startDate: string; endDate: string }) =>
  contractQuarterList(contract.startDate, contract.endDate).map(quarterLabel);

export function importTemplateCsv(contract: { startDate: string }): string {
  return sheetCsv(kpiSheet(contract));
}

export function importTemplateXlsx(contract: { startDate: string; endDate: string }, indicators: TemplateIndicator[]): Promise<Uint8Array> {
  const help: Sheet = {
    name: "Toelichting",
    columns: [
      { header: "kolom", width: 24 },
      { header: "toelichting", width: 90 },
    ],
    rows: IMPORT_COLUMNS.map((c) => [c.header, `${c.help}${c.required ? " Verplicht." : ""}`]),
  };
  const codes: Sheet = {
    name: INDICATORS,
    columns: [
      { header: "code", width: 24 },
      { header: "naam", width: 40 },
      { header: "eenheid", width: 24 },
    ],
    rows: indicators.map((i) => [i.code, i.name, i.unitLabel]),
  };
  const quarters = quarterLabels(contract);
  const quarterSheet: Sheet = { name: QUARTERS, columns: [{ header: "kwartaal", width: 14 }], rows: quarters.map((q) => [q]) };
  return workbookXlsx([kpiSheet(contract, { indicators: indicators.length, quarters: quarters.length }), help, codes, quarterSheet]);
}
