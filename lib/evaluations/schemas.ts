// Zod inputs of the yearly evaluation's actions, same name for schema and type. Messages are Dutch.
import { nestFormRows } from "@/lib/kpis/schemas";
import { interpolation, milestones } from "@/lib/reviews/schemas";
import { optionalQuarterField, optionalText, requiredText, uuid, version, z } from "@/lib/zod";
import { EVALUATION_DECISION_KEYS, ROADMAP_HOLDS_KEYS, type EvaluationDecision, type RoadmapHolds } from "./rules";

// Ids stay plain strings where a malformed id must come back as "not found", like a missing one.
const id = z.string({ error: "Onbekende verwijzing." });
const evaluationRef = { evaluationId: id, version };

export const OpenEvaluation = z.object({
  contractId: id,
  year: z.coerce.number({ error: "Kies het jaar." }).int({ error: "Kies het jaar." }).min(2000).max(2100),
});
export type OpenEvaluation = z.output<typeof OpenEvaluation>;

export const SaveEvaluation = z.object({
  ...evaluationRef,
  roadmapHolds: z
    .enum(ROADMAP_HOLDS_KEYS as [RoadmapHolds, ...RoadmapHolds[]], { error: "Kies ja, gedeeltelijk of nee." })
    .optional()
    .transform((v) => v ?? null),
  roadmapNote: optionalText("de toelichting op de roadmap", "long"),
  summary: optionalText("de samenvatting", "long"),
});
export type SaveEvaluation = z.output<typeof SaveEvaluation>;

export const DecideKpi = z.preprocess(
  nestFormRows,
  z.object({
    ...evaluationRef,
    kpiId: uuid,
    decision: z.enum(EVALUATION_DECISION_KEYS as [EvaluationDecision, ...EvaluationDecision[]], {
      error: "Kies behouden, aanpassen of laten vervallen.",
    }),
    reason: requiredText("de reden", "short"),
    // Only for "adjust": the new growth path, as a review's growth-path decision takes it.
    effectiveFrom: optionalQuarterField(),
    interpolation: interpolation.optional(),
    milestones: milestones.optional(),
  }),
);
export type DecideKpi = z.output<typeof DecideKpi>;

export const RemoveEvaluationDecision = z.object({ ...evaluationRef, kpiId: uuid });

export const SignEvaluation = z.object(evaluationRef);
