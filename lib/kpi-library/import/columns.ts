// The columns of a KPI import file, in the order of the downloadable template. Headers are
// matched loosely (case, accents, underscores and spaces do not matter), because people retype
// them in Excel; values use the Dutch words of the KPI form.

export const MAX_IMPORT_MILESTONES = 4;

export type ColumnKey =
  | "name"
  | "description"
  | "indicator"
  | "kind"
  | "obligation"
  | "baselineValue"
  | "baselineQuarter"
  | "measurement"
  | "evidenceRequired"
  | "weight"
  | "theme"
  | "interpolation"
  | `milestone${1 | 2 | 3 | 4}Quarter`
  | `milestone${1 | 2 | 3 | 4}Value`
  | `score${1 | 2 | 3 | 4}`;

/** A column of the import; choices are the words the XLSX template offers in a drop-down list. */
export type Column = { key: ColumnKey; header: string; help: string; required?: boolean; choices?: readonly string[] };

const milestoneColumns: Column[] = [1, 2, 3, 4].flatMap((n) => [
  {
    key: `milestone${n}Quarter` as ColumnKey,
    header: `mijlpaal ${n} kwartaal`,
    help: "Kwartaal binnen de looptijd, bijvoorbeeld 2027 K2.",
  },
  { key: `milestone${n}Value` as ColumnKey, header: `mijlpaal ${n} waarde`, help: "Doel in dat kwartaal, met een komma: 12,5." },
]);

export const IMPORT_COLUMNS: Column[] = [
  { key: "name", header: "naam", help: "Naam van de KPI, uniek binnen het contract.", required: true },
  { key: "description", header: "omschrijving", help: "Optioneel." },
  { key: "indicator", header: "indicator", help: "Code uit de indicatorcatalogus, bijvoorbeeld co2e. Verplicht bij kwantitatief." },
  { key: "kind", header: "soort", help: "kwantitatief of kwalitatief.", required: true, choices: ["kwantitatief", "kwalitatief"] },
  { key: "obligation", header: "verplichting", help: "inspanning of resultaat.", required: true, choices: ["inspanning", "resultaat"] },
  { key: "baselineValue", header: "nulmeting", help: "Optioneel, met een komma: 12,5." },
  { key: "baselineQuarter", header: "kwartaal nulmeting", help: "Verplicht als er een nulmeting is, bijvoorbeeld 2024 K4." },
  { key: "measurement", header: "meetmethode", help: "Optioneel: hoe wordt gemeten?" },
  { key: "evidenceRequired", header: "bewijs", help: "Optioneel: welk bewijs levert de leverancier?" },
  { key: "weight", header: "gewicht", help: "Optioneel, standaard 1." },
  { key: "theme", header: "thema", help: "Optioneel: naam van een thema uit het Waardenwiel van het contract." },
  { key: "interpolation", header: "groeipad", help: "lineair (standaard) of trapsgewijs.", choices: ["lineair", "trapsgewijs"] },
  ...milestoneColumns,
  { key: "score1", header: "score 1", help: "Alleen bij kwalitatief: wat betekent score 1?" },
  { key: "score2", header: "score 2", help: "Alleen bij kwalitatief: wat betekent score 2?" },
  { key: "score3", header: "score 3", help: "Alleen bij kwalitatief: wat betekent score 3?" },
  { key: "score4", header: "score 4", help: "Alleen bij kwalitatief: wat betekent score 4?" },
];

/** "Mijlpaal_1 Kwartaal", "mijlpaal 1 kwartaal " and "MIJLPAAL-1-KWARTAAL" are the same header. */
export function headerKey(text: string): string {
  return text
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, " ")
    .trim();
}

const BY_HEADER = new Map(IMPORT_COLUMNS.map((c) => [headerKey(c.header), c]));

export function columnForHeader(text: string): Column | undefined {
  return BY_HEADER.get(headerKey(text));
}

export const KIND_WORDS: Record<string, "quantitative" | "qualitative"> = { kwantitatief: "quantitative", kwalitatief: "qualitative" };
export const OBLIGATION_WORDS: Record<string, "inspanning" | "resultaat"> = {
  inspanning: "inspanning",
  inspanningsverplichting: "inspanning",
  resultaat: "resultaat",
  resultaatverplichting: "resultaat",
};
export const INTERPOLATION_WORDS: Record<string, "linear" | "step"> = { lineair: "linear", trapsgewijs: "step" };

/** The example row of the template starts like this; importing it unchanged is refused. */
export const EXAMPLE_PREFIX = "Voorbeeld:";
