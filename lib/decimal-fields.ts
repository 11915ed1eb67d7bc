// Zod fields for decimals as a Dutch user types them ("12.500,5"): parsed exactly into a canonical
// decimal string for numeric(18, 4) columns, or into a number where a number is wanted.
import { normalizeDecimal } from "@/lib/decimal";
import { parseNlDecimal } from "@/lib/format";
import { z } from "@/lib/zod";

// numeric(18, 4): fourteen digits before the comma, four after.
const MAX_MAGNITUDE = 1e14;

function decimalText(text: string, ctx: z.RefinementCtx): string {
  const parsed = parseNlDecimal(text);
  if (!parsed.ok) {
    ctx.addIssue({ code: "custom", message: parsed.error });
    return z.NEVER;
  }
  if ((parsed.normalized.split(".")[1] ?? "").length > 4) {
    ctx.addIssue({ code: "custom", message: "Gebruik hoogstens 4 cijfers achter de komma." });
    return z.NEVER;
  }
  if (Math.abs(parsed.value) >= MAX_MAGNITUDE) {
    ctx.addIssue({ code: "custom", message: "Dit getal is te groot." });
    return z.NEVER;
  }
  return normalizeDecimal(parsed.normalized);
}

export const asText = (v: unknown) => (v === null || v === undefined ? "" : typeof v === "number" ? String(v).replace(".", ",") : String(v).trim());

/** A required number as a Dutch user types it ("12,5"), as a canonical decimal string. */
export function decimalField(missing: string) {
  return z
    .unknown()
    .optional()
    .transform(asText)
    .refine((v) => v !== "", { error: missing })
    .transform(decimalText);
}

/** The same, but empty means no value. */
export function optionalDecimalField() {
  return z
    .unknown()
    .optional()
    .transform(asText)
    .transform((v, ctx) => (v === "" ? null : decimalText(v, ctx)));
}

/** A required decimal as a number (indicator bounds, target values). */
export function decimalNumberField(missing: string) {
  return decimalField(missing).transform(Number);
}

/** The same, but empty means no value. */
export function optionalDecimalNumberField() {
  return optionalDecimalField().transform((v) => (v === null ? null : Number(v)));
}
