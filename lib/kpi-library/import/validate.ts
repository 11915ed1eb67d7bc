// Validating a KPI import table: every row is checked completely and every problem is reported
// with its spreadsheet row number (the header is row 1), so one round of corrections is enough.
// Nothing is imported while any error remains (lib/kpi-library/import/actions.ts). Pure.
import type { ScoreMeanings, StoredMilestone } from "@/db/schema";
import { decimalInput, sentence } from "@/lib/format";
import { isQualitativeScore } from "@/lib/kpis/rules";
import { contractQuarters, quarterLabel } from "@/lib/periods";
import { textProblem, type TextKind } from "@/lib/zod";
import { nameKey } from "../existing";
import { cellText, readNumber, readQuarter, readWord } from "./cells";
import {
  columnForHeader,
  EXAMPLE_PREFIX,
  IMPORT_COLUMNS,
  INTERPOLATION_WORDS,
  KIND_WORDS,
  MAX_IMPORT_MILESTONES,
  OBLIGATION_WORDS,
  type ColumnKey,
} from "./columns";
import type { Cell, Table } from "@/lib/spreadsheet/table";

export type RowError = { row: number; column: string | null; message: string };

type ImportIndicator = { id: string; code: string; name: string; unitLabel: string; minValue: string | null; maxValue: string | null };

export type ImportContext = {
  contract: { startDate: string; endDate: string };
  indicators: Map<string, ImportIndicator>;
  /** Themes of the contract's wheel by nameKey. */
  themes: Map<string, { id: string; name: string }>;
  /** nameKeys of the contract's proposed and active KPIs. */
  existingNames: Set<string>;
};

export type ImportedKpi = {
  row: number;
  name: string;
  description: string | null;
  indicator: ImportIndicator | null;
  kind: "quantitative" | "qualitative";
  obligation: "inspanning" | "resultaat";
  baselineValue: string | null;
  baselineQuarter: string | null;
  measurement: string | null;
  evidenceRequired: string | null;
  weight: string;
  theme: { id: string; name: string } | null;
  interpolation: "linear" | "step";
  milestones: StoredMilestone[];
  scoreMeanings: ScoreMeanings | null;
};

export type ImportCheck = { kpis: ImportedKpi[]; errors: RowError[] };

// The same kinds of text, with the same limits, as the KPI form (lib/zod.ts).
const TEXT_KINDS: Partial<Record<ColumnKey, TextKind>> = {
  name: "name",
  description: "short",
  measurement: "short",
  evidenceRequired: "short",
  score1: "sentence",
  score2: "sentence",
  score3: "sentence",
  score4: "sentence",
};
const HEADER = new Map(IMPORT_COLUMNS.map((c) => [c.key, c.header]));

/** Maps header cells to columns; unknown, repeated or missing required columns are row-1 errors. */
function readHeader(header: Cell[]): { columns: Map<ColumnKey, number>; errors: RowError[] } {
  const columns = new Map<ColumnKey, number>();
  const errors: RowError[] = [];
  header.forEach((cell, index) => {
    const text = cellText(cell);
    if (text === "") return;
    const column = columnForHeader(text);
    if (!column) errors.push({ row: 1, column: text, message: `Onbekende kolom "${text}". Gebruik de kolommen van het sjabloon.` });
    else if (columns.has(column.key)) errors.push({ row: 1, column: text, message: `De kolom "${column.header}" staat er twee keer in.` });
    else columns.set(column.key, index);
  });
  for (const column of IMPORT_COLUMNS.filter((c) => c.required && !columns.has(c.key))) {
    errors.push({ row: 1, column: column.header, message: `De kolom "${column.header}" ontbreekt.` });
  }
  return { columns, errors };
}

export function validateImport(table: Table, context: ImportContext): ImportCheck {
  if (table.length === 0) return { kpis: [], errors: [{ row: 1, column: null, message: "Het bestand is leeg." }] };
  const { columns, errors } = readHeader(table[0]);
  if (errors.length > 0) return { kpis: [], errors };
  const quarters = contractQuarters(context.contract.startDate, context.contract.endDate);
  const quarterKeys = new Set(quarters.map((q) => q.key));
  const period = `${quarterLabel(quarters[0].quarter)} – ${quarterLabel(quarters[quarters.length - 1].quarter)}`;
  const firstRowOfName = new Map<string, number>();
  const kpis: ImportedKpi[] = [];

  table.forEach((cells, index) => {
    const row = index + 1;
    if (row === 1 || cells.every((cell) => cellText(cell) === "")) return;
    const rowErrors: RowError[] = [];
    const fail = (key: ColumnKey | null, message: string) => rowErrors.push({ row, column: key ? HEADER.get(key)! : null, message });
    const cell = (key: ColumnKey) => (columns.has(key) ? cells[columns.get(key)!] : undefined);
    const text = (key: ColumnKey): string | null => {
      const value = cellText(cell(key));
      const kind = TEXT_KINDS[key];
      const problem = kind ? textProblem(value, "de tekst", kind) : null;
      if (problem) fail(key, problem);
      return value === "" ? null : value;
    };

    const name = text("name");
    if (!name) fail("name", "Vul de naam van de KPI in.");
    else if (name.startsWith(EXAMPLE_PREFIX)) fail("name", "Dit is de voorbeeldregel uit het sjabloon; vervang of verwijder hem.");
    else if (context.existingNames.has(nameKey(name))) fail("name", `Dit contract heeft al een KPI met de naam "${name}".`);
    else if (firstRowOfName.has(nameKey(name))) fail("name", `De naam "${name}" staat ook in rij ${firstRowOfName.get(nameKey(name))}.`);
    else firstRowOfName.set(nameKey(name), row);

    const kindRead = cellText(cell("kind")) === "" ? null : readWord(cell("kind"), KIND_WORDS, '"kwantitatief" of "kwalitatief"');
    if (!kindRead) fail("kind", "Vul de soort in: kwantitatief of kwalitatief.");
    else if (!kindRead.ok) fail("kind", kindRead.error);
    const kind = kindRead?.ok ? kindRead.value : null;

    const obligationRead =
      cellText(cell("obligation")) === "" ? null : readWord(cell("obligation"), OBLIGATION_WORDS, '"inspanning" of "resultaat"');
    if (!obligationRead) fail("obligation", "Vul de verplichting in: inspanning of resultaat.");
    else if (!obligationRead.ok) fail("obligation", obligationRead.error);

    const code = cellText(cell("indicator")).toLowerCase();
    const indicator = code ? (context.indicators.get(code) ?? null) : null;
    if (code && !indicator) fail("indicator", `Onbekende indicatorcode "${code}". Kies een code uit de indicatorcatalogus.`);
    if (!code && kind === "quantitative") fail("indicator", "Een kwantitatieve KPI heeft een indicatorcode nodig.");

    const number = (key: ColumnKey): string | null => {
      if (cellText(cell(key)) === "") return null;
      const read = readNumber(cell(key));
      if (!read.ok) fail(key, read.error);
      return read.ok ? read.value : null;
    };
    const inRange = (key: ColumnKey, value: string | null) => {
      if (value === null) return;
      if (kind === "qualitative" && key.startsWith("milestone") && !isQualitativeScore(Number(value))) {
        fail(key, "Een kwalitatieve KPI heeft doelen van 1 tot en met 4.");
      } else if (kind === "quantitative" && indicator) {
        const below = indicator.minValue !== null && Number(value) < Number(indicator.minValue);
        const above = indicator.maxValue !== null && Number(value) > Number(indicator.maxValue);
        if (below || above) fail(key, sentence(`${decimalInput(value)} ligt buiten het bereik van ${indicator.name}`));
      }
    };

    const baselineValue = number("baselineValue");
    inRange("baselineValue", baselineValue);
    let baselineQuarter: string | null = null;
    if (cellText(cell("baselineQuarter")) !== "") {
      const read = readQuarter(cell("baselineQuarter"));
      if (!read.ok) fail("baselineQuarter", read.error);
      else baselineQuarter = read.value.key;
    } else if (baselineValue !== null) fail("baselineQuarter", "Vul het kwartaal van de nulmeting in.");

    const weightValue = number("weight");
    if (weightValue !== null && !(Number(weightValue) > 0 && Number(weightValue) <= 100))
      fail("weight", "Het gewicht ligt tussen 0 en 100.");

    const themeName = text("theme");
    const theme = themeName ? (context.themes.get(nameKey(themeName)) ?? null) : null;
    if (themeName && !theme) fail("theme", `Het thema "${themeName}" staat niet in het Waardenwiel van dit contract.`);

    let interpolation: "linear" | "step" = "linear";
    if (cellText(cell("interpolation")) !== "") {
      const read = readWord(cell("interpolation"), INTERPOLATION_WORDS, '"lineair" of "trapsgewijs"');
      if (!read.ok) fail("interpolation", read.error);
      else interpolation = read.value;
    }

    const milestones: StoredMilestone[] = [];
    for (let n = 1; n <= MAX_IMPORT_MILESTONES; n++) {
      const quarterColumn = `milestone${n}Quarter` as ColumnKey;
      const valueColumn = `milestone${n}Value` as ColumnKey;
      const hasQuarter = cellText(cell(quarterColumn)) !== "";
      const hasValue = cellText(cell(valueColumn)) !== "";
      if (!hasQuarter && !hasValue) continue;
      if (!hasQuarter) fail(quarterColumn, `Vul het kwartaal van mijlpaal ${n} in.`);
      if (!hasValue) fail(valueColumn, `Vul de waarde van mijlpaal ${n} in.`);
      const value = hasValue ? number(valueColumn) : null;
      inRange(valueColumn, value);
      if (!hasQuarter) continue;
      const read = readQuarter(cell(quarterColumn));
      if (!read.ok) fail(quarterColumn, read.error);
      else if (!quarterKeys.has(read.value.key))
        fail(quarterColumn, `${quarterLabel(read.value.quarter)} valt buiten de looptijd van het contract (${period}).`);
      else if (milestones.some((m) => m.quarter === read.value.key))
        fail(quarterColumn, `${quarterLabel(read.value.quarter)} komt al voor bij een andere mijlpaal.`);
      else if (value !== null) milestones.push({ quarter: read.value.key, value });
    }

    let scoreMeanings: ScoreMeanings | null = null;
    if (kind === "qualitative") {
      const meanings = { "1": text("score1") ?? "", "2": text("score2") ?? "", "3": text("score3") ?? "", "4": text("score4") ?? "" };
      const missing = (["1", "2", "3", "4"] as const).filter((s) => meanings[s] === "");
      if (missing.length > 0) {
        fail(
          `score${missing[0]}` as ColumnKey,
          `Een kwalitatieve KPI heeft de betekenis van elke score nodig; vul ${missing.map((s) => `score ${s}`).join(", ")} in.`,
        );
      }
      scoreMeanings = meanings;
    }

    if (rowErrors.length > 0) {
      errors.push(...rowErrors);
      return;
    }
    kpis.push({
      row,
      name: name!,
      description: text("description"),
      indicator,
      kind: kind!,
      obligation: (obligationRead as { ok: true; value: "inspanning" | "resultaat" }).value,
      baselineValue,
      baselineQuarter,
      measurement: text("measurement"),
      evidenceRequired: text("evidenceRequired"),
      weight: weightValue ?? "1",
      theme,
      interpolation,
      milestones: milestones.sort((a, b) => a.quarter.localeCompare(b.quarter)),
      scoreMeanings,
    });
  });
  if (kpis.length === 0 && errors.length === 0)
    errors.push({ row: 2, column: null, message: "Het bestand bevat geen KPI's onder de kopregel." });
  return { kpis, errors };
}
