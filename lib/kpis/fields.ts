// Form field parsers shared by the KPI schemas: decimals with a decimal comma become canonical
// decimal strings (never floats), quarters become keys ("2027-Q2").
import { uuid, z } from "@/lib/zod";

export const MAX_MILESTONES = 40;
// The decimal parsers are shared with the indicators and targets (lib/decimal-fields.ts); text,
// quarters and versions with every module (lib/zod.ts).
export { decimalField, optionalDecimalField } from "@/lib/decimal-fields";
export { asText, optionalQuarterField, quarterField, version } from "@/lib/zod";

export const idList = z
  .union([z.string(), z.array(z.string())])
  .optional()
  .transform((v) => (v === undefined ? [] : (Array.isArray(v) ? v : [v]).filter((id) => id !== "")))
  .pipe(z.array(uuid).max(200, { error: "Kies hoogstens 200." }));
export const checkbox = z
  .union([z.string(), z.boolean()])
  .optional()
  .transform((v) => v === true || v === "on" || v === "true");
