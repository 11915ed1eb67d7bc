import type { z } from "zod";
import type { Db } from "@/db/client";
import type { Actor } from "@/lib/auth/actor";
import { can, type Permission } from "@/lib/auth/permissions";
import { ForbiddenError, toPublicError, UnauthenticatedError } from "@/lib/errors";

export type ActionContext = Actor & { db: Db };

export type ActionResult<T> =
  | { ok: true; data: T }
  | { ok: false; error: string; code: string; fieldErrors?: Record<string, string> };

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
        const parsed = def.input.safeParse(raw instanceof FormData ? formDataToObject(raw) : raw);
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

/** FormData to a plain object; repeated names become arrays, files are kept as File. */
export function formDataToObject(form: FormData): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of form.entries()) {
    if (key.startsWith("$ACTION")) continue;
    const existing = out[key];
    if (existing === undefined) out[key] = value;
    else out[key] = Array.isArray(existing) ? [...existing, value] : [existing, value];
  }
  return out;
}
