import type { z } from "zod";
import type { Permission } from "@/lib/auth/permissions";
import { toPublicError, type ErrorCode } from "@/lib/errors";
import { parseInput } from "./input";
import { assertAllowed, runSteps, type Caller, type Steps } from "./steps";

export type ActionResult<T> = { ok: true; data: T } | { ok: false; error: string; code: ErrorCode; fieldErrors?: Record<string, string> };

export type ActionDefinition<S extends z.ZodType, T> = {
  name: string;
  permission: Permission;
  input: S;
  /** Runs the action for a caller: permission, input, then its steps. Never throws. */
  run: (caller: Caller | null, raw: unknown) => Promise<ActionResult<T>>;
};

export const CHECK_FIELDS = "Controleer de gemarkeerde velden.";

/**
 * Every mutation goes through here, in one order: who is acting, may they, is the input valid,
 * then the steps (lib/http/steps.ts): the handler in the actor's tenant transaction, where it
 * writes the audit event. Errors come back as Dutch messages with the field that caused them;
 * unknown errors as a generic message.
 */
export function defineAction<S extends z.ZodType, P = z.output<S>, H = P, T = H>(
  def: { name: string; permission: Permission; input: S } & Steps<z.output<S>, P, H, T>,
): ActionDefinition<S, T> {
  return {
    name: def.name,
    permission: def.permission,
    input: def.input,
    async run(caller, raw) {
      try {
        assertAllowed(caller, def.permission);
        const parsed = parseInput(def.input, raw);
        if (!parsed.ok) return { ok: false, code: "ValidationError", error: CHECK_FIELDS, fieldErrors: parsed.fieldErrors };
        return { ok: true, data: await runSteps(caller, parsed.data, def) };
      } catch (error) {
        const { error: message, code, fieldErrors } = toPublicError(error);
        return { ok: false, error: message, code, fieldErrors };
      }
    },
  };
}
