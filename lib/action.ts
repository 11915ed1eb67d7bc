import type { z } from "zod";
import type { Db } from "@/db/client";
import type { Actor } from "@/lib/auth/actor";
import { can, type Permission } from "@/lib/auth/permissions";
import { ForbiddenError, toPublicError, UnauthenticatedError, type ErrorCode } from "@/lib/errors";

export type ActionContext = Actor & { db: Db };

export type ActionResult<T> = { ok: true; data: T } | { ok: false; error: string; code: ErrorCode; fieldErrors?: Record<string, string> };

export type ActionDefinition<S extends z.ZodType, T> = {
  name: string;
  permission: Permission;
  input: S;
  /** Runs the action for an actor: permission, then input, then the handler. Never throws. */
  run: (ctx: ActionContext | null, raw: unknown) => Promise<ActionResult<T>>;
};

/**
 * Every mutation goes through here, in one order: who is acting, may they, is the input valid,
 * then the handler (which opens the tenant transaction and writes the audit event). Errors come
 * back as Dutch messages with the field that caused them; unknown errors as a generic message.
 */
export function defineAction<S extends z.ZodType, T>(def: {
  name: string;
  permission: Permission;
  input: S;
  handler: (ctx: ActionContext, input: z.output<S>) => Promise<T>;
}): ActionDefinition<S, T> {
  return {
    name: def.name,
    permission: def.permission,
    input: def.input,
    async run(ctx, raw) {
      try {
        if (!ctx) throw new UnauthenticatedError();
        if (!can(ctx.org.kind, ctx.role, def.permission)) throw new ForbiddenError();
        const input = raw instanceof FormData ? formDataToObject(raw) : raw;
        const unsafe = unsafeKeyOf(input);
        if (unsafe !== null) {
          return {
            ok: false,
            code: "ValidationError",
            error: "Controleer de gemarkeerde velden.",
            fieldErrors: { [unsafe || "_form"]: UNSAFE_KEY_MESSAGE },
          };
        }
        const parsed = def.input.safeParse(input);
        if (!parsed.success) {
          return {
            ok: false,
            code: "ValidationError",
            error: "Controleer de gemarkeerde velden.",
            fieldErrors: fieldErrorsOf(parsed.error),
          };
        }
        return { ok: true, data: await def.handler(ctx, parsed.data) };
      } catch (error) {
        const { error: message, code, fieldErrors } = toPublicError(error);
        return { ok: false, error: message, code, fieldErrors };
      }
    },
  };
}

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
