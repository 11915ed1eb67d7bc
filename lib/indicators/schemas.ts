import { optionalDecimalNumberField } from "@/lib/decimal-fields";
import { optionalText, requiredText, z } from "@/lib/zod";
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
});

type IndicatorFields = z.output<typeof indicatorFields>;

// The code falls back to one made from the name, and the unit label to the unit's symbol, so a
// user only has to name the indicator and pick a unit.
function completeIndicator<T extends IndicatorFields>(value: T) {
  return { ...value, code: value.code ?? codeFromName(value.name), unitLabel: value.unitLabel ?? defaultUnitLabel(value.unitCode) };
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
