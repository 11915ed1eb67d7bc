// Zod fields for decimals as a Dutch user types them ("12.500,5"): parsed exactly into a canonical
// decimal string for numeric(18, 4) columns, or into a number where a number is wanted.
import { DECIMAL_SCALE, fitsNumericColumn, normalizeDecimal, TOO_LARGE_MESSAGE, toScaled } from "@/lib/decimal";
import { parseNlDecimal } from "@/lib/format";
import { asText, z } from "@/lib/zod";

export type StorableDecimal = { ok: true; normalized: string } | { ok: false; error: string };

/**
 * A number as a Dutch user types it, checked against what a numeric(18, 4) column holds: at most
 * four decimals and fourteen digits before the comma. Every typed decimal goes through here (forms,
 * report values), so 1e30 gets a Dutch message instead of a database error.
 */
export function parseStorableDecimal(text: string): StorableDecimal {
  const parsed = parseNlDecimal(text);
  if (!parsed.ok) return parsed;
  if ((parsed.normalized.split(".")[1] ?? "").length > DECIMAL_SCALE) {
    return { ok: false, error: `Gebruik hoogstens ${DECIMAL_SCALE} cijfers achter de komma.` };
  }
  if (!fitsNumericColumn(toScaled(parsed.normalized))) return { ok: false, error: TOO_LARGE_MESSAGE };
  return { ok: true, normalized: normalizeDecimal(parsed.normalized) };
}

function decimalText(text: string, ctx: z.RefinementCtx): string {
  const parsed = parseStorableDecimal(text);
  if (!parsed.ok) {
    ctx.addIssue({ code: "custom", message: parsed.error });
    return z.NEVER;
  }
  return parsed.normalized;
}

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
