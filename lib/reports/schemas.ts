import { asText, optionalText, textProblem, version, z, type TextKind } from "@/lib/zod";
import type { EnteredValue } from "./rules";

const id = z.string().trim().min(1, { error: "Ontbreekt." });

/**
 * The per-KPI fields of a form ("explanation.<kpiId>"), checked like every other text field: the
 * same kinds and limits, the message on the KPI's field (`errorPrefix.<kpiId>`).
 */
function perKpiFields(fields: Array<{ prefix: string; label: string; kind: TextKind }>, errorPrefix: string) {
  return (input: Record<string, unknown>, ctx: z.RefinementCtx) => {
    for (const { prefix, label, kind } of fields) {
      for (const [key, value] of Object.entries(input)) {
        if (!key.startsWith(`${prefix}.`)) continue;
        const path = [`${errorPrefix}.${key.slice(prefix.length + 1)}`];
        if (typeof value !== "string" && typeof value !== "number")
          ctx.addIssue({ code: "custom", path, message: `Vul ${label} in als tekst.` });
        else {
          const problem = textProblem(asText(value), label, kind);
          if (problem) ctx.addIssue({ code: "custom", path, message: problem });
        }
      }
    }
  };
}

/** The report form: fixed fields plus "value.<kpiId>", "score.<kpiId>" and "explanation.<kpiId>". */
export const ReportForm = z
  .looseObject({
    contractId: id,
    quarter: id,
    version: z.string().optional(),
    narrative: optionalText("de toelichting", "document"),
  })
  .superRefine(
    perKpiFields(
      [
        { prefix: "value", label: "de waarde", kind: "label" },
        { prefix: "score", label: "de score", kind: "label" },
        { prefix: "explanation", label: "de toelichting bij deze KPI", kind: "long" },
      ],
      "values",
    ),
  );
export type ReportForm = z.infer<typeof ReportForm>;

export const DecideReport = z
  .looseObject({
    reportId: id,
    version,
    decision: z.enum(["accept", "send_back"], { error: "Kies accepteren of terugsturen." }),
    decisionComment: optionalText("de toelichting", "long"),
  })
  .superRefine(perKpiFields([{ prefix: "comment", label: "de opmerking", kind: "short" }], "comments"));
export type DecideReport = z.infer<typeof DecideReport>;

export const UploadEvidence = z.object({
  contractId: id,
  quarter: id,
  kpiId: id,
  file: z.instanceof(File, { error: "Kies een bestand." }),
});
export type UploadEvidence = z.infer<typeof UploadEvidence>;

/**
 * The "<prefix>.<kpiId>" text fields of a form, by KPI id. Keyed without a prototype: a KPI id is
 * whatever was posted, and "__proto__" or "constructor" must stay an ordinary (unknown) id.
 */
export function perKpi(input: Record<string, unknown>, prefix: string): Record<string, string> {
  const out: Record<string, string> = Object.create(null);
  for (const [key, value] of Object.entries(input)) {
    if (key.startsWith(`${prefix}.`) && (typeof value === "string" || typeof value === "number"))
      out[key.slice(prefix.length + 1)] = asText(value);
  }
  return out;
}

export function enteredValuesOf(input: Record<string, unknown>): Record<string, EnteredValue> {
  const entered: Record<string, EnteredValue> = Object.create(null);
  for (const field of ["value", "score", "explanation", "quantity"] as const) {
    for (const [kpiId, text] of Object.entries(perKpi(input, field))) (entered[kpiId] ??= {})[field] = text;
  }
  return entered;
}

export const DeleteEvidence = z.object({ evidenceId: id });
export type DeleteEvidence = z.infer<typeof DeleteEvidence>;

export const SendReminder = z.object({ contractId: id, quarter: id });
export type SendReminder = z.infer<typeof SendReminder>;
