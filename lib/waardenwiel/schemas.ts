import { optionalText, optionalYearField, requiredText, version, yearField, z } from "@/lib/zod";
import { PILLAR_KEYS, type PriorityEntry } from "./rules";
import { WHEEL_TEMPLATES, type WheelTemplate } from "./templates";

// Ids are plain strings here: a malformed id must come back as "not found", exactly like a
// missing one, so the lookup decides (lib/waardenwiel/queries.ts).
const id = z.string({ error: "Onbekende verwijzing." });

/** Every write to a wheel or one of its parts names the wheel and the version the form was built on. */
const onWheel = { wheelId: id, version };

const emptyAsUndefined = (value: unknown) => (value === "" || value === null ? undefined : value);
const optionalRaw = z.preprocess(emptyAsUndefined, z.string().trim().optional());

const pillar = z
  .enum(PILLAR_KEYS as [string, ...string[]], { error: "Kies een pijler." })
  .transform((p) => p as (typeof PILLAR_KEYS)[number]);

export const CreateWheel = z.object({
  year: yearField("Vul het jaar in.", "plan"),
  template: z.enum(Object.keys(WHEEL_TEMPLATES) as [WheelTemplate, ...WheelTemplate[]], { error: "Kies een startpunt." }),
});
export type CreateWheel = z.infer<typeof CreateWheel>;

const note = (label: string) => optionalText(label, "long");

export const UpdateAnalysis = z.object({
  ...onWheel,
  currentSituation: note("de huidige situatie"),
  documents: note("de documenten"),
  stakeholders: note("het speelveld"),
  interviews: note("de interviews"),
  ombouw: note("ombouw"),
  opbouw: note("opbouw"),
  voortbouw: note("voortbouw"),
  afbouw: note("afbouw"),
});
export type UpdateAnalysis = z.infer<typeof UpdateAnalysis>;

export const UpdateAmbition = z.object({ ...onWheel, ambition: requiredText("de ambitie", "sentence") });
export type UpdateAmbition = z.infer<typeof UpdateAmbition>;

export const PublishWheel = z.object(onWheel);
export type PublishWheel = z.infer<typeof PublishWheel>;

const themeFields = {
  name: requiredText("de naam van het thema", "name"),
  description: optionalText("de beschrijving", "short"),
  pillar,
};

export const AddTheme = z.object({ ...onWheel, ...themeFields });
export type AddTheme = z.infer<typeof AddTheme>;

export const UpdateTheme = z.object({ ...onWheel, themeId: id, ...themeFields });
export type UpdateTheme = z.infer<typeof UpdateTheme>;

export const RemoveTheme = z.object({ ...onWheel, themeId: id });
export type RemoveTheme = z.infer<typeof RemoveTheme>;

export const MoveTheme = z.object({
  ...onWheel,
  themeId: id,
  direction: z.enum(["up", "down"], { error: "Kies een richting." }),
});
export type MoveTheme = z.infer<typeof MoveTheme>;

const subthemeFields = {
  name: requiredText("de naam van het subthema", "name"),
  description: optionalText("de toelichting", "short"),
};

export const AddSubtheme = z.object({ ...onWheel, themeId: id, ...subthemeFields });
export type AddSubtheme = z.infer<typeof AddSubtheme>;

export const UpdateSubtheme = z.object({ ...onWheel, subthemeId: id, ...subthemeFields });
export type UpdateSubtheme = z.infer<typeof UpdateSubtheme>;

export const RemoveSubtheme = z.object({ ...onWheel, subthemeId: id });
export type RemoveSubtheme = z.infer<typeof RemoveSubtheme>;

const RANK = /^rank\.(.+)$/;

/**
 * The priority form posts `rank.<themeId>` (empty for "not prioritised") and `tied.<themeId>`
 * (a checkbox) for every theme; errors come back on the same `rank.<themeId>` names.
 */
export const SetPriorities = z.looseObject(onWheel).transform((raw, ctx) => {
  const entries: PriorityEntry[] = [];
  for (const [key, value] of Object.entries(raw)) {
    const match = RANK.exec(key);
    if (!match) continue;
    const themeId = match[1];
    const text = String(value ?? "").trim();
    const rank = text === "" ? null : Number(text);
    if (rank !== null && (!Number.isInteger(rank) || rank < 1 || rank > 99)) {
      ctx.addIssue({ code: "custom", path: [key], message: "Vul een rang van 1 tot en met 99 in, of laat het veld leeg." });
      continue;
    }
    const tied = raw[`tied.${themeId}`];
    entries.push({ themeId, rank, tied: tied === true || tied === "on" || tied === "true" });
  }
  return { wheelId: raw.wheelId, version: raw.version, entries };
});
export type SetPriorities = z.infer<typeof SetPriorities>;

const goalFields = z.object({
  kind: z.enum(["qualitative", "quantitative"], { error: "Kies het soort doel." }),
  description: requiredText("het doel", "sentence"),
  indicatorId: optionalRaw,
  targetValue: optionalRaw,
  targetYear: optionalYearField("base"),
  baseYear: optionalYearField("base"),
  baseValue: optionalRaw,
});

const REQUIRED_FOR_QUANTITATIVE = {
  indicatorId: "Kies een indicator.",
  baseYear: "Vul het basisjaar in.",
  baseValue: "Vul de basiswaarde in.",
  targetYear: "Vul het doeljaar in.",
  targetValue: "Vul de doelwaarde in.",
} as const;

/** A quantitative goal needs an indicator, a base and a target; the numbers are checked against the indicator later. */
function quantitativeComplete(goal: z.infer<typeof goalFields>, ctx: z.RefinementCtx) {
  if (goal.kind !== "quantitative") return;
  for (const [field, message] of Object.entries(REQUIRED_FOR_QUANTITATIVE)) {
    if (goal[field as keyof typeof REQUIRED_FOR_QUANTITATIVE] === undefined) ctx.addIssue({ code: "custom", path: [field], message });
  }
}

// Checked even when other fields are wrong, so the form shows every missing value in one round.
const always = { when: (payload: z.core.ParsePayload) => typeof payload.value === "object" && payload.value !== null };

export const AddGoal = goalFields.extend({ ...onWheel, themeId: id }).superRefine(quantitativeComplete, always);
export type AddGoal = z.infer<typeof AddGoal>;

export const UpdateGoal = goalFields.extend({ ...onWheel, goalId: id }).superRefine(quantitativeComplete, always);
export type UpdateGoal = z.infer<typeof UpdateGoal>;

export const RemoveGoal = z.object({ ...onWheel, goalId: id });
export type RemoveGoal = z.infer<typeof RemoveGoal>;

export const DeriveContractWheel = z.object({ contractId: id });
export type DeriveContractWheel = z.infer<typeof DeriveContractWheel>;
