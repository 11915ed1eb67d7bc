// Zod inputs of the KPI library: templates with three levels, and adopting one into a contract.
import { PURCHASING_PACKAGES } from "@/lib/contracts/rules";
import { asText, decimalField, version } from "@/lib/kpis/fields";
import { INTERPOLATIONS } from "@/lib/kpis/growth-path";
import { SetMalusRule } from "@/lib/kpis/malus-form";
import { isQualitativeScore, KPI_KINDS, OBLIGATIONS } from "@/lib/kpis/rules";
import { optionalText, requiredText, z } from "@/lib/zod";
import { TEMPLATE_LEVELS } from "./levels";

export const MAX_LEVEL_MILESTONES = 12;
/** Twenty years of quarters: no public contract runs longer. */
export const MAX_OFFSET = 80;
const PLACEHOLDER_ID = "00000000-0000-4000-8000-000000000000";

/**
 * The form posts flat fields ("levels.plus.milestones.1.offset", "scoreMeanings.2",
 * "malus.type"); tests and code may post the nested shape. Trailing empty milestone rows are
 * dropped so every other row keeps its index (and its field errors their place).
 */
export function nestTemplateForm(raw: unknown): unknown {
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

const LevelInput = z.object({
  description: requiredText("wat dit niveau vraagt", 1000),
  interpolation: z.enum(Object.keys(INTERPOLATIONS) as [keyof typeof INTERPOLATIONS], { error: "Kies trapsgewijs of lineair." }),
  milestones: z
    .array(z.object({ offset, value: decimalField("Vul de doelwaarde in.") }), { error: "Geef minstens één mijlpaal op." })
    .min(1, { error: "Geef minstens één mijlpaal op." })
    .max(MAX_LEVEL_MILESTONES, { error: `Gebruik hoogstens ${MAX_LEVEL_MILESTONES} mijlpalen per niveau.` }),
}, { error: "Vul dit ambitieniveau in." });

const scoreMeanings = z
  .object({ "1": z.string().optional(), "2": z.string().optional(), "3": z.string().optional(), "4": z.string().optional() })
  .optional()
  .transform((m) => ({ "1": m?.["1"]?.trim() ?? "", "2": m?.["2"]?.trim() ?? "", "3": m?.["3"]?.trim() ?? "", "4": m?.["4"]?.trim() ?? "" }));

const templateFields = z.object({
  name: requiredText("de naam", 160),
  description: optionalText("de omschrijving", 2000),
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
  measurement: optionalText("de meetmethode", 2000),
  evidenceRequired: optionalText("het gevraagde bewijs", 2000),
  scoreMeanings,
  levels: z.object(
    Object.fromEntries(TEMPLATE_LEVELS.map((level) => [level, LevelInput])) as Record<(typeof TEMPLATE_LEVELS)[number], typeof LevelInput>,
    { error: "Vul de drie ambitieniveaus in." },
  ),
  malus: z.record(z.string(), z.unknown()).optional(),
});

type TemplateFields = z.output<typeof templateFields>;

/** Checks across fields, and the malus form of lib/kpis read for result obligations only. */
function finishTemplate(value: TemplateFields, ctx: z.RefinementCtx) {
  if (value.kind === "quantitative" && !value.indicatorId) {
    ctx.addIssue({ code: "custom", path: ["indicatorId"], message: "Kies de indicator waarin deze KPI gemeten wordt." });
  }
  if (value.kind === "qualitative") {
    for (const score of ["1", "2", "3", "4"] as const) {
      if (!value.scoreMeanings[score]) ctx.addIssue({ code: "custom", path: ["scoreMeanings", score], message: `Schrijf op wat score ${score} betekent.` });
      if (value.scoreMeanings[score].length > 500) ctx.addIssue({ code: "custom", path: ["scoreMeanings", score], message: "Hoogstens 500 tekens." });
    }
  }
  for (const level of TEMPLATE_LEVELS) {
    const seen = new Set<number>();
    value.levels[level].milestones.forEach((m, i) => {
      if (seen.has(m.offset)) ctx.addIssue({ code: "custom", path: ["levels", level, "milestones", i, "offset"], message: "Dit kwartaal komt al voor." });
      seen.add(m.offset);
      if (value.kind === "qualitative" && !isQualitativeScore(Number(m.value))) {
        ctx.addIssue({ code: "custom", path: ["levels", level, "milestones", i, "value"], message: "Een kwalitatieve KPI heeft scores van 1 tot en met 4." });
      }
    });
  }
  let malusRule = null;
  if (value.obligation === "resultaat" && value.malus && value.malus.type && value.malus.type !== "none") {
    // The contract KPI's own malus form, so a template's rule reads exactly like a KPI's.
    const parsed = SetMalusRule.safeParse({ ...value.malus, id: PLACEHOLDER_ID, version: 1 });
    if (!parsed.success) {
      for (const issue of parsed.error.issues) ctx.addIssue({ code: "custom", path: ["malus", ...issue.path.map(String)], message: issue.message });
    } else malusRule = parsed.data.rule;
  }
  const { malus: _malus, ...rest } = value;
  return {
    ...rest,
    scoreMeanings: value.kind === "qualitative" ? value.scoreMeanings : null,
    malusRule,
  };
}

export const CreateTemplate = z.preprocess(nestTemplateForm, templateFields.transform(finishTemplate));
export type CreateTemplate = z.output<typeof CreateTemplate>;

export const UpdateTemplate = z.preprocess(
  nestTemplateForm,
  templateFields.extend({ id: z.string(), version }).transform((value, ctx) => ({ ...finishTemplate(value, ctx), id: value.id, version: value.version })),
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
