import type { z } from "zod";
import type { Db } from "@/db/client";
import { NotFoundError, toPublicError, UnauthenticatedError } from "@/lib/errors";
import { CHECK_FIELDS, type ActionResult } from "@/lib/http/action";
import { parseInput } from "@/lib/http/input";
import { isOperator } from "./queries";

/** A person who runs the platform, acting outside any organisation. */
export type Operator = { userId: string; email: string; name: string | null };
export type OperatorCaller = Operator & { db: Db };

/**
 * An operator's action, in the order every action keeps: who is acting, may they (an operator, read
 * from the database on this very call; anyone else gets "not found", as if the screen did not
 * exist), is the input valid, then the work. The handler opens the transactions it needs: an
 * operator acts in an organisation's own scope, so that organisation's trail records it.
 */
export function defineOperatorAction<S extends z.ZodType, H, T = H>(def: {
  name: string;
  input: S;
  handler: (db: Db, operator: Operator, input: z.output<S>) => Promise<H>;
  /** After the commit: the e-mail about what was just decided. */
  afterCommit?: (db: Db, done: H) => Promise<T>;
}) {
  return {
    name: def.name,
    async run(caller: OperatorCaller | null, raw: unknown): Promise<ActionResult<T>> {
      try {
        if (!caller) throw new UnauthenticatedError();
        const { db, ...operator } = caller;
        if (!(await isOperator(db, { userId: operator.userId }))) throw new NotFoundError();
        const parsed = parseInput(def.input, raw);
        if (!parsed.ok) return { ok: false, code: "ValidationError", error: CHECK_FIELDS, fieldErrors: parsed.fieldErrors };
        const done = await def.handler(db, operator, parsed.data);
        return { ok: true, data: def.afterCommit ? await def.afterCommit(db, done) : (done as unknown as T) };
      } catch (error) {
        const { error: message, code, fieldErrors } = toPublicError(error);
        return { ok: false, error: message, code, fieldErrors };
      }
    },
  };
}
