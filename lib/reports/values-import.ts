// Report values from a CSV or XLSX file (the template of values-template.ts). Every row is checked
// completely and every problem is reported with its spreadsheet row number (header = row 1), so
// one round of corrections is enough; the action takes nothing while any error remains. The file
// is read by lib/spreadsheet, its cells as the KPI import reads them (lib/kpi-library/import). Pure.
import { cellText, readNumber } from "@/lib/kpi-library/import/cells";
import { headerKey } from "@/lib/kpi-library/import/columns";
import type { Cell, Table } from "@/lib/spreadsheet/read";
import type { RowError } from "@/lib/kpi-library/import/validate";
import { valueRangeError, type IndicatorRange } from "@/lib/indicators/rules";
import type { KpiKind } from "@/lib/kpis/rules";
import { textProblem } from "@/lib/zod";
import type { ParsedValue } from "./rules";

export type { RowError };

export type ValuesColumnKey =
  "kpiId" | "name" | "unit" | "target" | "kind" | "value" | "score" | "quantity" | "activityUnit" | "explanation";

/** The template's columns in order; only kpi-id, waarde, score, hoeveelheid and toelichting are read back. */
/** A column of the values file; choices are what the XLSX template offers in a drop-down list. */
export const VALUES_COLUMNS: Array<{ key: ValuesColumnKey; header: string; help: string; choices?: readonly string[] }> = [
  { key: "kpiId", header: "kpi-id", help: "Niet wijzigen: hiermee herkent Groeipad de KPI." },
  { key: "name", header: "kpi", help: "Naam van de KPI (alleen ter informatie)." },
  { key: "unit", header: "eenheid", help: "Eenheid van de waarde (alleen ter informatie)." },
  { key: "target", header: "doel", help: "Doel van dit kwartaal volgens het groeipad (alleen ter informatie)." },
  { key: "kind", header: "soort", help: "kwantitatief (vul een waarde in) of kwalitatief (vul een score 1–4 in)." },
  { key: "value", header: "waarde", help: "Alleen bij kwantitatief, met een komma voor decimalen: 12,5." },
  { key: "score", header: "score", help: "Alleen bij kwalitatief: 1, 2, 3 of 4.", choices: ["1", "2", "3", "4"] },
  {
    key: "quantity",
    header: "hoeveelheid",
    help: 'Alleen bij een KPI per eenheid (kolom "hoeveelheid in" ingevuld): hoeveel het er dit kwartaal waren, in die eenheid, bijvoorbeeld 12.500 maaltijden. Bij andere KPI\'s leeg laten.',
  },
  {
    key: "activityUnit",
    header: "hoeveelheid in",
    help: "Eenheid van de hoeveelheid, bijvoorbeeld maaltijden of ton (alleen ter informatie).",
  },
  { key: "explanation", header: "toelichting", help: "Optioneel: toelichting bij de waarde." },
];

const BY_HEADER = new Map(VALUES_COLUMNS.map((c) => [headerKey(c.header), c]));
const HEADER_OF = new Map(VALUES_COLUMNS.map((c) => [c.key, c.header]));

type ValuesKpi = {
  id: string;
  name: string;
  kind: KpiKind;
  range?: IndicatorRange | null;
  /** Per what the KPI's value is ("maaltijden"): only such a KPI takes a quantity. */
  activityUnitLabel?: string | null;
};
export type ValuesImportContext = {
  /** Every KPI of the contract, to tell an unknown id from a KPI of another quarter. */
  contractKpis: ValuesKpi[];
  /** Ids of the KPIs this quarter's report covers. */
  reportKpiIds: Set<string>;
};

export type ValuesImportCheck = { values: ParsedValue[]; errors: RowError[] };

const blank = (cell: Cell | undefined) => cellText(cell) === "";

function readScore(cell: Cell | undefined): { ok: true; value: number } | { ok: false; error: string } {
  const text = cellText(cell);
  const n = typeof cell === "number" ? cell : /^\d+$/.test(text) ? Number(text) : NaN;
  if (Number.isInteger(n) && n >= 1 && n <= 4) return { ok: true, value: n };
  return { ok: false, error: `Score "${text}" ligt niet tussen 1 en 4; kies 1, 2, 3 of 4.` };
}

function readHeader(header: Cell[]): { columns: Map<ValuesColumnKey, number>; errors: RowError[] } {
  const columns = new Map<ValuesColumnKey, number>();
  const errors: RowError[] = [];
  header.forEach((cell, index) => {
    const text = cellText(cell);
    if (text === "") return;
    const column = BY_HEADER.get(headerKey(text));
    if (!column) errors.push({ row: 1, column: text, message: `Onbekende kolom "${text}".` });
    else if (columns.has(column.key)) errors.push({ row: 1, column: text, message: `De kolom "${column.header}" staat er twee keer in.` });
    else columns.set(column.key, index);
  });
  if (!columns.has("kpiId"))
    errors.push({ row: 1, column: "kpi-id", message: 'De kolom "kpi-id" ontbreekt. Gebruik het sjabloon van deze rapportage.' });
  return { columns, errors };
}

export function validateValuesImport(table: Table, context: ValuesImportContext): ValuesImportCheck {
  const { columns, errors } = readHeader(table[0] ?? []);
  if (errors.length > 0) return { values: [], errors };
  const kpis = new Map(context.contractKpis.map((k) => [k.id.toLowerCase(), k]));
  const seen = new Map<string, number>();
  const values: ParsedValue[] = [];
  const cell = (row: Cell[], key: ValuesColumnKey) => (columns.has(key) ? row[columns.get(key)!] : undefined);

  table.slice(1).forEach((row, index) => {
    const rowNumber = index + 2;
    if (row.every((c) => blank(c))) return;
    const fail = (key: ValuesColumnKey | null, message: string) =>
      errors.push({ row: rowNumber, column: key ? HEADER_OF.get(key)! : null, message });
    const idText = cellText(cell(row, "kpiId"));
    if (idText === "") return fail("kpiId", "De kpi-id ontbreekt; neem de regel over uit het sjabloon.");
    const kpi = kpis.get(idText.toLowerCase());
    if (!kpi) return fail("kpiId", `Onbekende KPI "${idText}": deze kpi-id hoort niet bij dit contract.`);
    if (!context.reportKpiIds.has(kpi.id)) return fail("kpiId", `De KPI "${kpi.name}" hoort niet bij de rapportage van dit kwartaal.`);
    const earlier = seen.get(kpi.id);
    if (earlier !== undefined) return fail("kpiId", `De KPI "${kpi.name}" staat al in regel ${earlier}.`);
    seen.set(kpi.id, rowNumber);

    const valueCell = cell(row, "value");
    const scoreCell = cell(row, "score");
    const quantityCell = cell(row, "quantity");
    const explanation = cellText(cell(row, "explanation"));
    if (blank(valueCell) && blank(scoreCell) && blank(quantityCell) && explanation === "") return;
    const before = errors.length;
    let value: string | null = null;
    let score: number | null = null;
    // A file with the column says the quantity of each row it fills, like its value; an older
    // file without it leaves a quantity typed in the form alone (undefined: not given).
    let quantity: string | null | undefined = columns.has("quantity") && kpi.activityUnitLabel ? null : undefined;
    if (!blank(quantityCell)) {
      const read = readNumber(quantityCell);
      if (!kpi.activityUnitLabel) fail("quantity", `De KPI "${kpi.name}" is geen waarde per eenheid: laat de hoeveelheid leeg.`);
      else if (!read.ok) fail("quantity", read.error);
      else if (Number(read.value) < 0) fail("quantity", "De hoeveelheid kan niet negatief zijn.");
      else quantity = read.value;
    }
    if (kpi.kind === "qualitative") {
      if (!blank(valueCell)) fail("value", `"${kpi.name}" is kwalitatief: vul een score (1–4) in, geen waarde.`);
      if (!blank(scoreCell)) {
        const read = readScore(scoreCell);
        if (read.ok) score = read.value;
        else fail("score", read.error);
      }
    } else {
      if (!blank(scoreCell)) fail("score", `"${kpi.name}" is kwantitatief: vul een waarde in, geen score.`);
      if (!blank(valueCell)) {
        const read = readNumber(valueCell);
        const outside = read.ok && kpi.range ? valueRangeError(kpi.range, Number(read.value)) : null;
        if (!read.ok) fail("value", read.error);
        else if (outside) fail("value", outside);
        else value = read.value;
      }
    }
    const explanationProblem = textProblem(explanation, "de toelichting", "long");
    if (explanationProblem) fail("explanation", explanationProblem);
    if (errors.length === before)
      values.push({ kpiId: kpi.id, value, score, explanation: explanation || null, ...(quantity === undefined ? {} : { quantity }) });
  });
  return { values, errors };
}
