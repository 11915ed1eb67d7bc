// Input of the checklist ambitieformulering, read the way the browser posts the form: "item"
// repeated for each ticked item, "note:<stepId>" per step. The contract id stays a plain string:
// a malformed id is "not found", like another tenant's.
import { checkbox } from "@/lib/kpis/fields";
import { textProblem, version, z } from "@/lib/zod";
import { PROCUREMENT_STEPS } from "./content";

export const noteField = (stepId: string) => `note:${stepId}`;

const listOf = (value: unknown) => (value === undefined || value === "" ? [] : Array.isArray(value) ? value : [value]);

const noteFields = Object.fromEntries(
  PROCUREMENT_STEPS.map((s) => [
    noteField(s.id),
    z
      .string()
      .superRefine((text, ctx) => {
        const problem = textProblem(text, `de notitie bij stap ${s.number}`, "long");
        if (problem) ctx.addIssue({ code: "custom", message: problem });
      })
      .optional(),
  ]),
) as Record<string, z.ZodOptional<z.ZodString>>;

export const SaveProcurementChecklist = z
  .object({
    contractId: z.string(),
    version,
    item: z.preprocess(listOf, z.array(z.string())),
    ...noteFields,
  })
  .transform(({ contractId, version, item, ...rest }) => {
    const notes: Record<string, string> = {};
    for (const s of PROCUREMENT_STEPS) {
      const text = (rest as Record<string, string | undefined>)[noteField(s.id)]?.trim();
      if (text) notes[s.id] = text;
    }
    return { contractId, version, items: item, notes };
  });
export type SaveProcurementChecklist = z.infer<typeof SaveProcurementChecklist>;

export const ShareProcurementChecklist = z.object({
  contractId: z.string(),
  version,
  shared: z.preprocess((v) => (typeof v === "boolean" ? String(v) : v), z.enum(["true", "false"])).transform((v) => v === "true"),
  /** The sharer's choice to let the supplier read the notes too; unticked (absent) leaves them out. */
  withNotes: checkbox,
});
export type ShareProcurementChecklist = z.infer<typeof ShareProcurementChecklist>;
