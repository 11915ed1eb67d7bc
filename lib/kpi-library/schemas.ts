// Zod inputs of the KPI library: templates with three levels, and adopting one into a contract.
import { PURCHASING_PACKAGES } from "@/lib/contracts/rules";
import { asText, decimalField, version } from "@/lib/kpis/fields";
import { INTERPOLATIONS } from "@/lib/kpis/growth-path";
import { SetMalusRule } from "@/lib/malus/rule-form";
import { isQualitativeScore, KPI_KINDS, OBLIGATIONS } from "@/lib/kpis/rules";
import { scoreMeanings as kpiScoreMeanings } from "@/lib/kpis/schemas";
import { optionalText, requiredText, runOnObjects, z } from "@/lib/zod";
import { TEMPLATE_LEVELS } from "./levels";

const MAX_LEVEL_MILESTONES = 12;
/** Twenty years of quarters: no public contract runs longer. */
const MAX_OFFSET = 80;
const PLACEHOLDER_ID = "00000000-0000-4000-8000-000000000000";

/**
 * The form posts flat fields ("levels.plus.milestones.1.offset", "scoreMeanings.2",
 * "malus.type"); tests and code may post the nested shape. Trailing empty milestone rows are
 * dropped so every other row keeps its index (and its field errors their place).
 */
function nestTemplateForm(raw: unknown): unknown {
  if (typeof raw !== "object" || raw === null || Array.isArray(raw)) return raw;
  const out: Record<string, unknown> = {};
  const levels: Record<string, { description?: unknown; interpolation?: unknown; rows: Map<number, Record<string, unknown>> }> = {};
  const meanings: Record<string, unknown> = {};
  const malus: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(raw as Record<string, unknown>)) {
    const row = /^levels\.(minimum|plus|maximum)\.milestones\.(\d+)\.(offset|value)$/.exec(key);
    const field = /^levels\.(minimum|plus|maximum)\.(description|interpolation)$/.exec(key);
    const meaning = /^scoreMeanings\.([1-4])$/.exec(key);
    if (row) {
      const level = (levels[row[1]] ??= { rows: new Map() });
      level.rows.set(Number(row[2]), { ...level.rows.get(Number(row[2])), [row[3]]: value });
    } else if (field) (levels[field[1]] ??= { rows: new Map() })[field[2] as "description"] = value;
    else if (meaning) meanings[meaning[1]] = value;
    else if (key.startsWith("malus.")) malus[key.slice(6)] = value;
    else out[key] = value;
  }
  if (Object.keys(levels).length > 0) {
    out.levels = Object.fromEntries(
      Object.entries(levels).map(([name, level]) => {
        const rows = [...level.rows.entries()].sort(([a], [b]) => a - b).map(([, r]) => r);
        while (rows.length > 0 && asText(rows.at(-1)!.offset) === "" && asText(rows.at(-1)!.value) === "") rows.pop();
        return [name, { description: level.description, interpolation: level.interpolation, milestones: rows }];
      }),
    );
  }
  if (Object.keys(meanings).length > 0) out.scoreMeanings = meanings;
  if (Object.keys(malus).length > 0) out.malus = malus;
  return out;
}

const offset = z
  .unknown()
  .transform(asText)
  .refine((v) => v !== "", { error: "Vul het kwartaal na de start in." })
  .refine((v) => /^\d+$/.test(v), { error: "Vul een heel aantal kwartalen in, bijvoorbeeld 4 voor na één jaar." })
  .transform(Number)
  .refine((v) => v <= MAX_OFFSET, { error: `Gebruik hoogstens ${MAX_OFFSET} kwartalen na de start.` });

const LevelInput = z.object(
  {
    description: requiredText("wat dit niveau vraagt", "short"),
    interpolation: z.enum(Object.keys(INTERPOLATIONS) as [keyof typeof INTERPOLATIONS], { error: "Kies trapsgewijs of lineair." }),
    milestones: z
      .array(z.object({ offset, value: decimalField("Vul de doelwaarde in.") }), { error: "Geef minstens één mijlpaal op." })
      .min(1, { error: "Geef minstens één mijlpaal op." })
      .max(MAX_LEVEL_MILESTONES, { error: `Gebruik hoogstens ${MAX_LEVEL_MILESTONES} mijlpalen per niveau.` }),
  },
  { error: "Vul dit ambitieniveau in." },
);

const scoreMeanings = kpiScoreMeanings.transform((m) => m ?? { "1": "", "2": "", "3": "", "4": "" });

const templateFields = z.object({
  name: requiredText("de naam", "name"),
  description: optionalText("de omschrijving", "short"),
  indicatorId: z
    .string()
    .optional()
    .transform((v) => (v ? v : null)),
  kind: z.enum(Object.keys(KPI_KINDS) as [keyof typeof KPI_KINDS], { error: "Kies kwantitatief of kwalitatief." }),
  obligation: z.enum(Object.keys(OBLIGATIONS) as [keyof typeof OBLIGATIONS], { error: "Kies een inspannings- of resultaatverplichting." }),
  purchasingPackage: z
    .string()
    .optional()
    .transform((v) => (v ? v : null))
    .refine((v) => v === null || Object.hasOwn(PURCHASING_PACKAGES, v), { error: "Kies een inkooppakket." }),
  measurement: optionalText("de meetmethode", "short"),
  evidenceRequired: optionalText("het gevraagde bewijs", "short"),
  scoreMeanings,
  levels: z.object(
    Object.fromEntries(TEMPLATE_LEVELS.map((level) => [level, LevelInput])) as Record<(typeof TEMPLATE_LEVELS)[number], typeof LevelInput>,
    { error: "Vul de drie ambitieniveaus in." },
  ),
  malus: z.record(z.string(), z.unknown()).optional(),
});

type TemplateFields = z.output<typeof templateFields>;

type Loose = Record<string, unknown>;
const record = (v: unknown): Loose => (typeof v === "object" && v !== null ? (v as Loose) : {});

/** The malus form of lib/kpis, so a template's rule reads exactly like a contract KPI's. */
function parseMalus(malus: Loose) {
  return SetMalusRule.safeParse({ ...malus, id: PLACEHOLDER_ID, version: 1 });
}

/**
 * Checks across fields. They also run when another field is wrong (the values are then partly
 * unparsed, hence the defensive reads), so the form shows every problem in one round.
 */
function templateChecks(raw: unknown, ctx: z.RefinementCtx) {
  const value = record(raw);
  const kind = value.kind;
  if (kind === "quantitative" && !value.indicatorId) {
    ctx.addIssue({ code: "custom", path: ["indicatorId"], message: "Kies de indicator waarin deze KPI gemeten wordt." });
  }
  if (kind === "qualitative") {
    const meanings = record(value.scoreMeanings);
    for (const score of ["1", "2", "3", "4"] as const) {
      const text = typeof meanings[score] === "string" ? (meanings[score] as string) : "";
      if (!text) ctx.addIssue({ code: "custom", path: ["scoreMeanings", score], message: `Schrijf op wat score ${score} betekent.` });
    }
  }
  for (const level of TEMPLATE_LEVELS) {
    const milestones = record(record(value.levels)[level]).milestones;
    const seen = new Set<number>();
    (Array.isArray(milestones) ? milestones : []).forEach((row, i) => {
      const m = record(row);
      if (typeof m.offset === "number") {
        if (seen.has(m.offset))
          ctx.addIssue({ code: "custom", path: ["levels", level, "milestones", i, "offset"], message: "Dit kwartaal komt al voor." });
        seen.add(m.offset);
      }
      if (
        kind === "qualitative" &&
        typeof m.value === "string" &&
        /^-?\d+(\.\d+)?$/.test(m.value) &&
        !isQualitativeScore(Number(m.value))
      ) {
        ctx.addIssue({
          code: "custom",
          path: ["levels", level, "milestones", i, "value"],
          message: "Een kwalitatieve KPI heeft scores van 1 tot en met 4.",
        });
      }
    });
  }
  const malus = record(value.malus);
  if (value.obligation === "resultaat" && malus.type && malus.type !== "none") {
    // A template has no contract yet, so no quarters to name: milestone assessments belong on the KPI.
    if (malus.assessment === "milestones") {
      ctx.addIssue({
        code: "custom",
        path: ["malus", "assessment"],
        message: "Mijlpalen horen bij een contract: kies hier 'bij oplevering' of stel de mijlpalen in bij de KPI.",
      });
    }
    const parsed = parseMalus(malus);
    if (!parsed.success) {
      for (const issue of parsed.error.issues)
        ctx.addIssue({ code: "custom", path: ["malus", ...issue.path.map(String)], message: issue.message });
    }
  }
}

/** The stored shape: score meanings only for qualitative KPIs, the malus rule only for results. */
function finishTemplate(value: TemplateFields) {
  const { malus, ...rest } = value;
  const parsed = value.obligation === "resultaat" && malus?.type && malus.type !== "none" ? parseMalus(malus) : null;
  return {
    ...rest,
    scoreMeanings: value.kind === "qualitative" ? value.scoreMeanings : null,
    malusRule: parsed?.success ? parsed.data.rule : null,
  };
}

export const CreateTemplate = z.preprocess(
  nestTemplateForm,
  templateFields.superRefine(templateChecks, runOnObjects).transform(finishTemplate),
);
export type CreateTemplate = z.output<typeof CreateTemplate>;

export const UpdateTemplate = z.preprocess(
  nestTemplateForm,
  templateFields
    .extend({ id: z.string(), version })
    .superRefine(templateChecks, runOnObjects)
    .transform((value) => ({ ...finishTemplate(value), id: value.id, version: value.version })),
);
export type UpdateTemplate = z.output<typeof UpdateTemplate>;

export const DeleteTemplate = z.object({ id: z.string(), version });
export type DeleteTemplate = z.output<typeof DeleteTemplate>;

export const AdoptTemplate = z.object({
  templateId: z.string({ error: "Kies een sjabloon." }),
  contractId: z.string({ error: "Kies een contract." }).min(1, { error: "Kies een contract." }),
  level: z.enum(TEMPLATE_LEVELS, { error: "Kies een ambitieniveau." }),
});
export type AdoptTemplate = z.output<typeof AdoptTemplate>;
