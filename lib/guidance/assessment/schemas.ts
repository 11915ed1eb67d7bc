// Input of the three assessment tools (maturity, people growth model, cooperation decision tree),
// read the way the browser posts the forms: every value a string, ticked items repeated. The
// domain rules do the checking, so the page and the action give the same Dutch messages.
import { PEOPLE_GROUP_IDS } from "@/lib/guidance/people-growth/content";
import { parseTreeAnswers, type TreeAnswers } from "@/lib/guidance/cooperation-tree/rules";
import { parseMaturityTicks } from "@/lib/guidance/maturity/rules";
import { parsePeopleShares, shareField, type PeopleShares } from "@/lib/guidance/people-growth/rules";
import { ValidationError } from "@/lib/errors";
import { amsterdamToday } from "@/lib/time";
import { dateField, optionalText, requiredText, z } from "@/lib/zod";

// An assessment is dated on or before today in Amsterdam.
const assessedOn = dateField("de datum van de inschatting").refine((date) => date <= amsterdamToday(), {
  error: "De datum van de inschatting mag niet in de toekomst liggen.",
});

const common = {
  title: requiredText("de titel", "title"),
  assessedOn,
  notes: optionalText("de notities", "long"),
};

const asList = (value: unknown) => (value === undefined || value === "" ? [] : Array.isArray(value) ? value : [value]);

// Checked even when the title or date is wrong, so the form shows every error in one round.
const everyErrorAtOnce = {
  when: (payload: z.core.ParsePayload) => typeof payload.value === "object" && payload.value !== null,
};

function addIssues(ctx: z.core.$RefinementCtx, errors: Record<string, string | undefined>) {
  for (const [field, message] of Object.entries(errors)) if (message) ctx.addIssue({ code: "custom", path: [field], message });
}

function maturityTicks(items: unknown): string[] | null {
  try {
    return parseMaturityTicks(items);
  } catch (error) {
    if (error instanceof ValidationError) return null;
    throw error;
  }
}

export const SaveMaturityAssessment = z
  .object({ ...common, item: z.preprocess(asList, z.array(z.string())) })
  .superRefine((value, ctx) => {
    if (!maturityTicks((value as { item?: unknown }).item))
      addIssues(ctx, {
        item: "Kies alleen onderdelen uit het volwassenheidsmodel.",
      });
  }, everyErrorAtOnce)
  .transform((value) => ({
    title: value.title,
    assessedOn: value.assessedOn,
    data: { ticked: maturityTicks(value.item)!, notes: value.notes },
  }));
export type SaveMaturityAssessment = z.infer<typeof SaveMaturityAssessment>;

const shareFields = Object.fromEntries(PEOPLE_GROUP_IDS.map((id) => [shareField(id), z.string().optional()])) as Record<
  string,
  z.ZodOptional<z.ZodString>
>;

export const SavePeopleGrowthAssessment = z
  .object({ ...common, ...shareFields })
  .superRefine((value, ctx) => {
    const parsed = parsePeopleShares(value as Record<string, unknown>);
    if (!parsed.ok) addIssues(ctx, parsed.errors);
  }, everyErrorAtOnce)
  .transform((value) => {
    const parsed = parsePeopleShares(value as Record<string, unknown>);
    const shares = (parsed as { ok: true; shares: PeopleShares }).shares;
    return {
      title: value.title,
      assessedOn: value.assessedOn,
      data: { shares, notes: value.notes },
    };
  });
export type SavePeopleGrowthAssessment = z.infer<typeof SavePeopleGrowthAssessment>;

export const SaveCooperationTreeAssessment = z
  .object({
    ...common,
    term: z.string().optional(),
    input: z.string().optional(),
    level: z.string().optional(),
  })
  .superRefine((value, ctx) => {
    const parsed = parseTreeAnswers(value as Record<string, unknown>);
    if (!parsed.ok) addIssues(ctx, parsed.errors);
  }, everyErrorAtOnce)
  .transform((value) => {
    const parsed = parseTreeAnswers(value);
    const answers = (parsed as { ok: true; answers: TreeAnswers }).answers;
    return {
      title: value.title,
      assessedOn: value.assessedOn,
      data: { ...answers, notes: value.notes },
    };
  });
export type SaveCooperationTreeAssessment = z.infer<typeof SaveCooperationTreeAssessment>;
