import { optionalText, z } from "@/lib/zod";
import type { EnteredValue } from "./rules";

const id = z.string().trim().min(1, { error: "Ontbreekt." });

/** The report form: fixed fields plus "value.<kpiId>", "score.<kpiId>" and "explanation.<kpiId>". */
export const ReportForm = z.looseObject({
  contractId: id,
  quarter: id,
  version: z.string().optional(),
  narrative: optionalText("de toelichting", 20_000),
});
export type ReportForm = z.infer<typeof ReportForm>;

export const DecideReport = z.looseObject({
  reportId: id,
  version: z.coerce.number().int(),
  decision: z.enum(["accept", "send_back"], { error: "Kies accepteren of terugsturen." }),
  decisionComment: optionalText("de toelichting", 5_000),
});
export type DecideReport = z.infer<typeof DecideReport>;

export const UploadEvidence = z.object({
  contractId: id,
  quarter: id,
  kpiId: id,
  file: z.instanceof(File, { error: "Kies een bestand." }),
});
export type UploadEvidence = z.infer<typeof UploadEvidence>;

/** The "<prefix>.<kpiId>" text fields of a form, by KPI id. */
export function perKpi(input: Record<string, unknown>, prefix: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [key, value] of Object.entries(input)) {
    if (key.startsWith(`${prefix}.`) && typeof value === "string") out[key.slice(prefix.length + 1)] = value;
  }
  return out;
}

export function enteredValuesOf(input: Record<string, unknown>): Record<string, EnteredValue> {
  const entered: Record<string, EnteredValue> = {};
  for (const field of ["value", "score", "explanation"] as const) {
    for (const [kpiId, text] of Object.entries(perKpi(input, field))) (entered[kpiId] ??= {})[field] = text;
  }
  return entered;
}

export const DeleteEvidence = z.object({ evidenceId: id });
export type DeleteEvidence = z.infer<typeof DeleteEvidence>;
