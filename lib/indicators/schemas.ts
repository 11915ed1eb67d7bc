import { optionalDecimalNumberField } from "@/lib/decimal-fields";
import { asText, optionalText, requiredText, z } from "@/lib/zod";
import { ACTIVITY_UNITS, INTENSITY_KINDS, parseAbsoluteFactor, type ActivityUnit } from "./intensity";
import { AGGREGATIONS, CODE_PATTERN, DIRECTIONS, UNIT_CODES, codeFromName, defaultUnitLabel, isPercentage } from "./rules";

const indicatorFields = z.object({
  name: requiredText("de naam", "name"),
  code: z
    .string()
    .trim()
    .toLowerCase()
    .optional()
    .transform((v) => (v ? v : null)),
  description: optionalText("de omschrijving", "short"),
  unitCode: z.enum(Object.keys(UNIT_CODES) as [keyof typeof UNIT_CODES], { error: "Kies een eenheid." }),
  unitLabel: optionalText("het eenheidslabel", "label"),
  direction: z.enum(Object.keys(DIRECTIONS) as [keyof typeof DIRECTIONS], { error: "Kies of lager of hoger beter is." }),
  aggregation: z.enum(Object.keys(AGGREGATIONS) as [keyof typeof AGGREGATIONS], {
    error: "Kies hoe waarden van contracten worden samengenomen.",
  }),
  minValue: optionalDecimalNumberField(),
  maxValue: optionalDecimalNumberField(),
  intensity: z.enum(Object.keys(INTENSITY_KINDS) as [keyof typeof INTENSITY_KINDS], {
    error: "Kies of de waarde absoluut is of per eenheid activiteit.",
  }),
  // Read only for an intensity (checkIntensity), so an absolute indicator ignores what they hold.
  activityUnit: z.unknown().optional().transform(asText),
  absoluteIndicatorId: z.unknown().optional().transform(asText),
  absoluteFactor: z.unknown().optional().transform(asText),
});

type IndicatorFields = z.output<typeof indicatorFields>;

const isActivityUnit = (key: string): key is ActivityUnit => Object.hasOwn(ACTIVITY_UNITS, key);

/** The intensity columns: all null for an absolute indicator; the factor only with an absolute one. */
function intensityColumns(value: IndicatorFields) {
  const unit = value.intensity === "per_unit" && isActivityUnit(value.activityUnit) ? ACTIVITY_UNITS[value.activityUnit] : null;
  const absoluteIndicatorId = unit && value.absoluteIndicatorId ? value.absoluteIndicatorId : null;
  const factor = absoluteIndicatorId ? parseAbsoluteFactor(value.absoluteFactor) : null;
  return {
    activityUnitCode: unit?.code ?? null,
    activityUnitLabel: unit?.label ?? null,
    absoluteIndicatorId,
    absoluteFactor: factor?.ok ? factor.normalized : null,
  };
}

// The code falls back to one made from the name, and the unit label to the unit's symbol, so a
// user only has to name the indicator and pick a unit.
function completeIndicator<T extends IndicatorFields>(value: T) {
  const { activityUnit: _unit, absoluteIndicatorId: _absolute, absoluteFactor: _factor, ...rest } = value;
  return {
    ...rest,
    code: value.code ?? codeFromName(value.name),
    unitLabel: value.unitLabel ?? defaultUnitLabel(value.unitCode),
    ...intensityColumns(value),
  };
}

function checkIntensity(value: IndicatorFields, ctx: z.RefinementCtx) {
  if (value.intensity !== "per_unit") return;
  const issue = (path: string, message: string) => ctx.addIssue({ code: "custom", path: [path], message });
  if (!isActivityUnit(value.activityUnit)) issue("activityUnit", "Kies per welke eenheid activiteit de waarde is.");
  // A sum of values per meal over contracts means nothing; an average weighs them.
  if (value.aggregation === "sum")
    issue("aggregation", "Waarden per eenheid tel je niet op: kies een gemiddelde of een gewogen gemiddelde.");
  if (value.absoluteIndicatorId) {
    const factor = parseAbsoluteFactor(value.absoluteFactor);
    if (!factor.ok) issue("absoluteFactor", factor.error);
  } else if (value.absoluteFactor) {
    issue("absoluteIndicatorId", "Kies de indicator waarin deze factor meetelt, of maak de factor leeg.");
  }
}

function checkIndicator(value: IndicatorFields, ctx: z.RefinementCtx) {
  if (!CODE_PATTERN.test(completeIndicator(value).code)) {
    ctx.addIssue({
      code: "custom",
      path: ["code"],
      message: "Gebruik voor de code kleine letters, cijfers en liggende streepjes, beginnend met een letter.",
    });
  }
  if (value.minValue !== null && value.maxValue !== null && value.minValue > value.maxValue) {
    ctx.addIssue({ code: "custom", path: ["maxValue"], message: "Het maximum ligt onder het minimum." });
  }
  if (isPercentage(value)) {
    for (const key of ["minValue", "maxValue"] as const) {
      const bound = value[key];
      if (bound !== null && (bound < 0 || bound > 100)) {
        ctx.addIssue({ code: "custom", path: [key], message: "Een percentage ligt tussen 0 en 100." });
      }
    }
  }
  checkIntensity(value, ctx);
}

// Checked even when other fields are wrong, so the form shows every error in one round.
const whenFieldsParsed = {
  when: (payload: z.core.ParsePayload) =>
    typeof payload.value === "object" &&
    payload.value !== null &&
    !payload.issues.some((issue) => ["name", "unitCode", "minValue", "maxValue"].includes(String(issue.path?.[0]))),
};

export const CreateIndicator = indicatorFields.superRefine(checkIndicator, whenFieldsParsed).transform(completeIndicator);
export type CreateIndicator = z.output<typeof CreateIndicator>;

export const UpdateIndicator = indicatorFields
  .extend({ id: z.string({ error: "Onbekende indicator." }) })
  .superRefine(checkIndicator, whenFieldsParsed)
  .transform(completeIndicator);
export type UpdateIndicator = z.output<typeof UpdateIndicator>;

export const DeleteIndicator = z.object({ id: z.string({ error: "Onbekende indicator." }) });
export type DeleteIndicator = z.output<typeof DeleteIndicator>;
