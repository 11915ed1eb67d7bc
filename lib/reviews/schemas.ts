// Zod inputs of the review actions, same name for schema and type. Forms post flat fields
// ("guests.0.name", "milestones.1.value"); code and tests may post arrays. Messages are Dutch.
import { asText, checkbox, decimalField, idList, MAX_MILESTONES, optionalQuarterField, quarterField, version } from "@/lib/kpis/fields";
import { INTERPOLATIONS } from "@/lib/kpis/growth-path";
import { MALUS_FORM_TYPES, malusRuleFields, withMalusRule } from "@/lib/malus/rule-form";
import { kpiFields, nestFormRows, scoreChecks } from "@/lib/kpis/schemas";
import { chosenId, dateField, emailAddress, optionalText, requiredText, runOnObjects, uuid, z } from "@/lib/zod";
import { REVIEW_SCORES, type ReviewScoreValue } from "./rules";

const scoreEnum = z.enum(Object.keys(REVIEW_SCORES) as [ReviewScoreValue], { error: "Kies een score." });
const side = z.enum(["buyer", "supplier"], { error: "Kies opdrachtgever of opdrachtnemer." });
export const interpolation = z.enum(Object.keys(INTERPOLATIONS) as [keyof typeof INTERPOLATIONS], {
  error: "Kies trapsgewijs of lineair.",
});
export const milestones = z
  .array(
    z.object({ quarter: quarterField("Kies het kwartaal van de mijlpaal."), value: decimalField("Vul de doelwaarde van de mijlpaal in.") }),
  )
  .min(1, { error: "Geef minstens één mijlpaal op." })
  .max(MAX_MILESTONES, { error: `Gebruik hoogstens ${MAX_MILESTONES} mijlpalen.` });
const optionalUuid = z
  .string()
  .optional()
  .transform((v) => (v ? v : null))
  .pipe(uuid.nullable());

/** "guests.0.name" rows to an array; rows left entirely empty are dropped. */
function nestGuests(raw: unknown): unknown {
  if (typeof raw !== "object" || raw === null || Array.isArray(raw)) return raw;
  const rows = new Map<number, Record<string, unknown>>();
  const rest: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(raw as Record<string, unknown>)) {
    const m = /^guests\.(\d+)\.(name|email|side)$/.exec(key);
    if (m) rows.set(Number(m[1]), { ...rows.get(Number(m[1])), [m[2]]: value });
    else rest[key] = value;
  }
  if (rows.size > 0) {
    rest.guests = [...rows.entries()]
      .sort(([a], [b]) => a - b)
      .map(([, r]) => r)
      .filter((r) => asText(r.name) !== "" || asText(r.email) !== "");
  }
  return rest;
}

const reviewRef = { reviewId: uuid, version };

export const PlanReview = z.preprocess(
  nestGuests,
  z.object({
    contractId: uuid,
    quarter: quarterField("Kies het kwartaal van de review."),
    // Empty on the first plan of a quarter; the review's version when it is re-planned.
    version: z
      .unknown()
      .optional()
      .transform(asText)
      .transform((v) => (v === "" ? null : Number(v)))
      .refine((v) => v === null || Number.isInteger(v), { error: "Onbekende versie." }),
    meetingDate: dateField("de datum van het gesprek", "Kies de datum van het gesprek."),
    meetingTime: z
      .unknown()
      .optional()
      .transform(asText)
      .refine((v) => /^([01]\d|2[0-3]):[0-5]\d$/.test(v), { error: "Vul een tijd in zoals 14:30." }),
    durationMinutes: z.coerce
      .number({ error: "Vul de duur in minuten in." })
      .int({ error: "Vul de duur in hele minuten in." })
      .min(15, { error: "Een gesprek duurt minstens 15 minuten." })
      .max(480, { error: "Een gesprek duurt hoogstens 8 uur." })
      .default(60),
    location: optionalText("de locatie of link", "title"),
    userIds: idList,
    guests: z
      .array(z.object({ name: requiredText("de naam van de gast", "name"), email: emailAddress, side }))
      .max(20, { error: "Nodig hoogstens 20 gasten uit." })
      .default([]),
  }),
);
export type PlanReview = z.output<typeof PlanReview>;

export const RefreshReview = z.object(reviewRef);
export const CancelMeeting = z.object(reviewRef);

export const ScoreKpi = z.object({ ...reviewRef, kpiId: uuid, score: scoreEnum, reason: optionalText("de reden", "short") });
export type ScoreKpi = z.output<typeof ScoreKpi>;

export const CommentOnScore = z.object({
  reviewId: uuid,
  kpiId: optionalUuid,
  body: requiredText("je reactie", "short"),
  contest: checkbox,
});
export type CommentOnScore = z.output<typeof CommentOnScore>;

export const SettleScore = z.object({
  ...reviewRef,
  kpiId: uuid,
  score: z.preprocess((v) => (v === "" ? undefined : v), scoreEnum.optional()),
  reason: requiredText("hoe de betwisting is afgehandeld", "short"),
});
export type SettleScore = z.output<typeof SettleScore>;

// The same KPI as anywhere else (kpiFields), with its malus rule and its growth path.
export const AddKpiDecision = z.preprocess(
  nestFormRows,
  kpiFields
    .extend({
      ...reviewRef,
      interpolation: interpolation.default("linear"),
      milestones,
      reason: optionalText("de reden", "short"),
      ...malusRuleFields,
      type: z.enum(MALUS_FORM_TYPES, { error: "Kies het soort malus." }).catch("none"),
    })
    .superRefine(scoreChecks, runOnObjects)
    .transform(withMalusRule),
);
export type AddKpiDecision = z.output<typeof AddKpiDecision>;

/** A malus rule for a result KPI of the contract, from the next quarter. */
export const SetMalusDecision = z
  .object({
    ...reviewRef,
    kpiId: chosenId("Kies de KPI van de malusregel."),
    reason: optionalText("de reden", "short"),
    ...malusRuleFields,
  })
  .transform(withMalusRule);
export type SetMalusDecision = z.output<typeof SetMalusDecision>;

export const RetireKpiDecision = z.object({
  ...reviewRef,
  kpiId: chosenId("Kies de KPI die je wilt beëindigen."),
  reason: requiredText("de reden van het beëindigen", "short"),
});
export type RetireKpiDecision = z.output<typeof RetireKpiDecision>;

export const GrowthPathDecision = z.preprocess(
  nestFormRows,
  z.object({
    ...reviewRef,
    kpiId: chosenId("Kies de KPI waarvan het groeipad verandert."),
    effectiveFrom: optionalQuarterField(),
    interpolation,
    milestones,
    reason: requiredText("de reden van de wijziging", "short"),
  }),
);
export type GrowthPathDecision = z.output<typeof GrowthPathDecision>;

export const ActionItemDecision = z.object({
  ...reviewRef,
  title: requiredText("de actie", "title"),
  ownerSide: side,
  ownerName: requiredText("de naam van de eigenaar", "name"),
  dueDate: dateField("de uiterste datum", "Kies de uiterste datum."),
});
export type ActionItemDecision = z.output<typeof ActionItemDecision>;

export const RemoveDecision = z.object({ ...reviewRef, decisionId: uuid });

export const WaiveMalus = z
  .object({
    ...reviewRef,
    kpiId: uuid,
    kind: z.enum(["reduction", "full", "none"], { error: "Kies verlagen, kwijtschelden of geen." }),
    amount: z.unknown().optional().transform(asText),
    reason: optionalText("de reden", "short"),
  })
  .superRefine((v, ctx) => {
    if (v.kind !== "none" && !v.reason)
      ctx.addIssue({ code: "custom", path: ["reason"], message: "Geef een reden voor het verlagen of kwijtschelden van de malus." });
    if (v.kind === "reduction" && v.amount === "")
      ctx.addIssue({ code: "custom", path: ["amount"], message: "Vul het bedrag van de verlaging in." });
  });
export type WaiveMalus = z.output<typeof WaiveMalus>;

export const ApproveWaiver = z.object({ ...reviewRef, kpiId: uuid });

export const AddLesson = z.object({ reviewId: uuid, body: requiredText("de les", "short") });

export const SignReview = z.object(reviewRef);

export const AmendReview = z.object({
  reviewId: uuid,
  kpiId: optionalUuid,
  field: requiredText("wat je corrigeert", "label"),
  previousValue: optionalText("de oorspronkelijke waarde", "short"),
  correctedValue: requiredText("de juiste waarde", "short"),
  reason: requiredText("de reden van de correctie", "short"),
});
export type AmendReview = z.output<typeof AmendReview>;

export const CloseActionItem = z.object({
  actionItemId: uuid,
  version,
  status: z.enum(["done", "dropped"], { error: "Kies afgerond of vervallen." }),
  note: optionalText("de toelichting", "short"),
});
