// Zod inputs of the KPI actions, same name for schema and type (field parsers: ./fields.ts).
import { optionalText, requiredText, runOnObjects, uuid, z } from "@/lib/zod";
import {
  asText,
  checkbox,
  decimalField,
  idList,
  MAX_MILESTONES,
  optionalDecimalField,
  optionalQuarterField,
  quarterField,
  version,
} from "./fields";
import { scoreErrors } from "./definition";
import { INTERPOLATIONS } from "./growth-path";
import { KPI_KINDS, OBLIGATIONS } from "./rules";

/**
 * Forms post rows as flat fields ("milestones.0.quarter", "scoreMeanings.2"); code and tests
 * post arrays and objects. Both become the nested shape here; trailing empty milestone rows
 * (rows the user added but did not need) are dropped so every other row keeps its index.
 */
export function nestFormRows(raw: unknown): unknown {
  if (typeof raw !== "object" || raw === null || Array.isArray(raw)) return raw;
  const input = raw as Record<string, unknown>;
  const rows = new Map<number, Record<string, unknown>>();
  const meanings: Record<string, unknown> = {};
  const rest: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(input)) {
    const row = /^milestones\.(\d+)\.(quarter|value)$/.exec(key);
    const meaning = /^scoreMeanings\.([1-4])$/.exec(key);
    if (row) rows.set(Number(row[1]), { ...rows.get(Number(row[1])), [row[2]]: value });
    else if (meaning) meanings[meaning[1]] = value;
    else rest[key] = value;
  }
  if (Object.keys(meanings).length > 0) rest.scoreMeanings = meanings;
  if (rows.size > 0) {
    const ordered = [...rows.entries()].sort(([a], [b]) => a - b).map(([, r]) => r);
    while (ordered.length > 0 && [ordered.at(-1)!.quarter, ordered.at(-1)!.value].every((v) => asText(v) === "")) ordered.pop();
    rest.milestones = ordered;
  }
  return rest;
}

const MilestoneRow = z.object({
  quarter: quarterField("Kies het kwartaal van de mijlpaal."),
  value: decimalField("Vul de doelwaarde van de mijlpaal in."),
});

const milestoneRows = z.array(MilestoneRow).max(MAX_MILESTONES, { error: `Gebruik hoogstens ${MAX_MILESTONES} mijlpalen.` });

const meaning = (score: string) => optionalText(`wat score ${score} betekent`, "sentence").transform((v) => v ?? "");

/** What each score of a qualitative KPI means; null when the form has none. */
export const scoreMeanings = z
  .object({ "1": meaning("1"), "2": meaning("2"), "3": meaning("3"), "4": meaning("4") })
  .optional()
  .transform((m) => m ?? null);

const CANONICAL_DECIMAL = /^-?\d+(\.\d+)?$/;
const parsedDecimal = (v: unknown): v is string => typeof v === "string" && CANONICAL_DECIMAL.test(v);

/**
 * A qualitative KPI's score meanings, baseline and milestone targets (lib/kpis/definition),
 * refused at their fields. Runs also when another field is wrong, so every problem shows in one
 * round; a value that did not parse as a number has its own message already.
 */
export function scoreChecks(raw: unknown, ctx: z.RefinementCtx) {
  const value = raw as { kind?: unknown; scoreMeanings?: unknown; baselineValue?: unknown; milestones?: unknown };
  if (value.kind !== "qualitative") return;
  const rows = Array.isArray(value.milestones) ? (value.milestones as Array<{ value?: unknown }>) : [];
  const meanings = typeof value.scoreMeanings === "object" ? (value.scoreMeanings as Record<string, string> | null) : null;
  const errors = scoreErrors({
    kind: "qualitative",
    scoreMeanings: meanings,
    baselineValue: parsedDecimal(value.baselineValue) ? value.baselineValue : null,
    // A row whose value did not parse counts as fine here, keeping the indexes of the others.
    milestones: rows.map((row) => ({ value: parsedDecimal(row?.value) ? row.value : "1" })),
  });
  for (const [key, message] of Object.entries(errors)) {
    ctx.addIssue({ code: "custom", path: key.split(".").map((part) => (/^\d+$/.test(part) ? Number(part) : part)), message });
  }
}

/** The fields of a KPI, wherever one is defined: proposed, changed, or added by a review decision. */
export const kpiFields = z.object({
  name: requiredText("de naam van de KPI", "name"),
  description: optionalText("de omschrijving", "short"),
  indicatorId: z
    .string()
    .optional()
    .transform((v) => (v ? v : null))
    .pipe(uuid.nullable()),
  kind: z.enum(Object.keys(KPI_KINDS) as [keyof typeof KPI_KINDS], { error: "Kies kwantitatief of kwalitatief." }),
  obligation: z.enum(Object.keys(OBLIGATIONS) as [keyof typeof OBLIGATIONS], { error: "Kies een inspannings- of resultaatverplichting." }),
  scoreMeanings,
  baselineValue: optionalDecimalField(),
  baselineQuarter: optionalQuarterField(),
  measurement: optionalText("de meetmethode", "short"),
  evidenceRequired: optionalText("het gevraagde bewijs", "short"),
  evidenceMandatory: checkbox,
  weight: optionalDecimalField()
    .transform((v) => v ?? "1")
    .refine((v) => Number(v) > 0 && Number(v) <= 100, { error: "Het gewicht ligt tussen 0 en 100." }),
  knockOut: checkbox,
  themeIds: idList,
});

const interpolation = z.enum(Object.keys(INTERPOLATIONS) as [keyof typeof INTERPOLATIONS], { error: "Kies trapsgewijs of lineair." });

export const ProposeKpi = z.preprocess(
  nestFormRows,
  kpiFields
    .extend({
      contractId: uuid,
      interpolation: interpolation.default("linear"),
      milestones: milestoneRows.default([]),
    })
    .superRefine(scoreChecks, runOnObjects),
);
export type ProposeKpi = z.output<typeof ProposeKpi>;

export const UpdateKpi = z.preprocess(nestFormRows, kpiFields.extend({ id: uuid, version }).superRefine(scoreChecks, runOnObjects));
export type UpdateKpi = z.output<typeof UpdateKpi>;

export const AcceptKpi = z.object({ id: uuid, version });
export type AcceptKpi = z.output<typeof AcceptKpi>;

export const RejectKpi = z.object({ id: uuid, version, reason: requiredText("de reden van de afwijzing", "short") });
export type RejectKpi = z.output<typeof RejectKpi>;

export const SetKpiThemes = z.object({ id: uuid, version, themeIds: idList });
export type SetKpiThemes = z.output<typeof SetKpiThemes>;

export const SetGrowthPath = z.preprocess(
  nestFormRows,
  z.object({
    id: uuid,
    version,
    interpolation,
    milestones: milestoneRows.min(1, { error: "Geef minstens één mijlpaal op." }),
    reason: optionalText("de reden", "short"),
  }),
);
export type SetGrowthPath = z.output<typeof SetGrowthPath>;

export const RecordPromise = z.object({
  contractId: uuid,
  indicatorId: z.string({ error: "Kies de indicator." }).min(1, { error: "Kies de indicator." }).pipe(uuid),
  value: decimalField("Vul de toegezegde waarde in."),
  dueQuarter: optionalQuarterField(),
  description: requiredText("wat er is toegezegd", "short"),
  source: optionalText("de bron", "title"),
});
export type RecordPromise = z.output<typeof RecordPromise>;

export const PromiseToKpi = z.object({ promiseId: uuid });
export type PromiseToKpi = z.output<typeof PromiseToKpi>;
