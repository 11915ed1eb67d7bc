import { parseEuroCents } from "@/lib/format";
import { idList } from "@/lib/kpis/fields";
import { optionalText, requiredText, version, z } from "@/lib/zod";
import { COST_BEARER_KEYS, INNOVATION_DECISION_KEYS, type CostBearer, type InnovationDecisionKind } from "./rules";

// Ids stay plain strings: a malformed id must come back as "not found", like a missing one.
const id = z.string({ error: "Onbekende verwijzing." });

const optionalEuros = z
  .string()
  .optional()
  .transform((text, ctx) => {
    if (!text || text.trim() === "") return null;
    const parsed = parseEuroCents(text);
    if (!parsed.ok) {
      ctx.addIssue({ code: "custom", message: parsed.error });
      return z.NEVER;
    }
    return parsed.cents;
  });

export const ProposeInnovation = z.object({
  contractId: id,
  title: requiredText("de titel", "title"),
  problem: requiredText("het probleem dat de innovatie oplost", "short"),
  expectedEffect: optionalText("het verwachte effect", "short"),
  kpiIds: idList,
  themeIds: idList,
  costCents: optionalEuros,
  costBearer: z
    .string()
    .optional()
    .transform((v) => (v ? v : null))
    .pipe(z.enum(COST_BEARER_KEYS as [CostBearer, ...CostBearer[]], { error: "Kies wie de kosten draagt." }).nullable()),
  roadmapItemId: z
    .string()
    .optional()
    .transform((v) => (v ? v : null)),
});
export type ProposeInnovation = z.output<typeof ProposeInnovation>;

export const DecideInnovation = z.object({
  reviewId: id,
  version,
  innovationId: id,
  decision: z.enum(INNOVATION_DECISION_KEYS as [InnovationDecisionKind, ...InnovationDecisionKind[]], {
    error: "Kies go, no go of pilot.",
  }),
  reason: requiredText("de motivering", "short"),
});
export type DecideInnovation = z.output<typeof DecideInnovation>;

export const RemoveInnovationDecision = z.object({ reviewId: id, version, innovationId: id });
export type RemoveInnovationDecision = z.output<typeof RemoveInnovationDecision>;

export const RecordInnovationOutcome = z.object({
  contractId: id,
  innovationId: id,
  version,
  outcome: requiredText("wat de innovatie heeft opgeleverd", "long"),
});
export type RecordInnovationOutcome = z.output<typeof RecordInnovationOutcome>;
