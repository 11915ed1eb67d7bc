// Form field parsers shared by the KPI schemas: decimals with a decimal comma become canonical
// decimal strings (never floats), euros become integer cents, quarters become keys ("2027-Q2").
import { normalizeDecimal } from "@/lib/decimal";
import { parseEuroCents, parseNlDecimal } from "@/lib/format";
import { parseQuarter, quarterKey } from "@/lib/periods";
import { uuid, z } from "@/lib/zod";

export const MAX_MILESTONES = 40;
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

