import type { z } from "zod";

// What arrives from outside (a form, a JSON body) before any handler sees it: turned into a plain
// object and refused when a key could reach an object's prototype.

export function fieldErrorsOf(error: z.ZodError): Record<string, string> {
  const fields: Record<string, string> = {};
  for (const issue of error.issues) {
    const key = issue.path.join(".") || "_form";
    fields[key] ??= issue.message;
  }
  return fields;
}

/**
 * FormData to a plain object; repeated names become arrays, files are kept as File. Built from a
 * Map, so a field named "__proto__" stays an ordinary own key (refused by unsafeKeyOf) instead of
 * replacing the object's prototype.
 */
export function formDataToObject(form: FormData): Record<string, unknown> {
  const fields = new Map<string, FormDataEntryValue | FormDataEntryValue[]>();
  for (const [key, value] of form.entries()) {
    if (key.startsWith("$ACTION")) continue;
    const existing = fields.get(key);
    if (existing === undefined) fields.set(key, value);
    else fields.set(key, Array.isArray(existing) ? [...existing, value] : [existing, value]);
  }
  return Object.fromEntries(fields);
}

const UNSAFE_KEY_MESSAGE = "Dit formulier bevat een veldnaam die niet is toegestaan.";
// Names that reach an object's prototype when used as a key ("value.__proto__" as well).
const UNSAFE_KEY_PART = /(^|\.)(__proto__|constructor|prototype)(\.|$)/;

/** The first key (at any depth, forms and JSON bodies alike) that could reach a prototype, or null. */
function unsafeKeyOf(value: unknown, depth = 0): string | null {
  if (typeof value !== "object" || value === null || depth > 8 || value instanceof Blob) return null;
  for (const [key, child] of Object.entries(value)) {
    if (UNSAFE_KEY_PART.test(key)) return key;
    const nested = unsafeKeyOf(child, depth + 1);
    if (nested !== null) return nested;
  }
  return null;
}

/**
 * What arrives, checked: a form or a JSON body as a plain object, refused when a key could reach a
 * prototype, then parsed by the schema. The field errors are keyed by the path of each field.
 */
export function parseInput<S extends z.ZodType>(
  schema: S,
  raw: unknown,
): { ok: true; data: z.output<S> } | { ok: false; fieldErrors: Record<string, string> } {
  const input = raw instanceof FormData ? formDataToObject(raw) : raw;
  const unsafe = unsafeKeyOf(input);
  if (unsafe !== null) return { ok: false, fieldErrors: { [unsafe]: UNSAFE_KEY_MESSAGE } };
  const parsed = schema.safeParse(input);
  return parsed.success ? { ok: true, data: parsed.data } : { ok: false, fieldErrors: fieldErrorsOf(parsed.error) };
}
