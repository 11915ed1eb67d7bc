// Form field parsers shared by the KPI schemas: decimals with a decimal comma become canonical
// decimal strings (never floats), euros become integer cents, quarters become keys ("2027-Q2").
import { asText } from "@/lib/decimal-fields";
import { parseEuroCents } from "@/lib/format";
import { parseQuarter, quarterKey } from "@/lib/periods";
import { uuid, z } from "@/lib/zod";

export const MAX_MILESTONES = 40;
// The decimal parsers are shared with the indicators and targets (lib/decimal-fields.ts).
export { asText, decimalField, optionalDecimalField } from "@/lib/decimal-fields";

function quarterText(text: string, ctx: z.RefinementCtx): string {
  const q = parseQuarter(text);
  if (!q) {
    ctx.addIssue({ code: "custom", message: "Kies een kwartaal, bijvoorbeeld 2027 K2." });
    return z.NEVER;
  }
  return quarterKey(q);
}

export const quarterField = (missing: string) =>
  z
    .unknown()
    .optional()
    .transform(asText)
    .refine((v) => v !== "", { error: missing })
    .transform(quarterText);

export const optionalQuarterField = () =>
  z
    .unknown()
    .optional()
    .transform(asText)
    .transform((v, ctx) => (v === "" ? null : quarterText(v, ctx)));

export const euroField = (missing: string) =>
  z
    .unknown()
    .optional()
    .transform(asText)
    .refine((v) => v !== "", { error: missing })
    .transform((text, ctx) => {
      const parsed = parseEuroCents(text);
      if (!parsed.ok) {
        ctx.addIssue({ code: "custom", message: parsed.error });
        return z.NEVER;
      }
      return parsed.cents;
    });

export const version = z.coerce.number({ error: "Onbekende versie." }).int();
export const idList = z
  .union([z.string(), z.array(z.string())])
  .optional()
  .transform((v) => (v === undefined ? [] : (Array.isArray(v) ? v : [v]).filter((id) => id !== "")))
  .pipe(z.array(uuid));
export const checkbox = z
  .union([z.string(), z.boolean()])
  .optional()
  .transform((v) => v === true || v === "on" || v === "true");

