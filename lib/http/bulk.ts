import { z } from "zod";
import type { Permission } from "@/lib/auth/permissions";
import type { ErrorCode } from "@/lib/errors";
import { defineAction, type ActionDefinition } from "./action";

/** At most this many items per request: a page shows a few dozen rows, and each item is its own transaction. */
export const BULK_LIMIT = 50;

/** One item's outcome: gelukt, or the Dutch reason it was refused (and the error code, for the API and the matrix). */
type BulkItemResult = { item: string; ok: true } | { item: string; ok: false; reason: string; code: ErrorCode };
export type BulkResult = { succeeded: number; failed: number; items: BulkItemResult[] };

// A form sends one checkbox value as a string and several as an array; JSON sends an array.
const BulkInput = z.object({
  items: z
    .union([z.string(), z.array(z.string({ error: "Onbekende verwijzing." }))], { error: "Kies minstens één regel." })
    .transform((v) => [...new Set(Array.isArray(v) ? v : [v])].filter((item) => item.trim() !== ""))
    .pipe(
      z
        .array(z.string().max(200, { error: "Onbekende verwijzing." }))
        .min(1, { error: "Kies minstens één regel." })
        .max(BULK_LIMIT, { error: `Kies hoogstens ${BULK_LIMIT} regels tegelijk.` }),
    ),
});

/**
 * The same action on several items at once (accept reports, send reminders, close action items).
 * Each item runs the single action in full: its permission and object policy, its input schema,
 * its own tenant transaction with its own audit event, and its e-mails after that item's commit.
 * So one failing item (already decided, another tenant's id, a conflict) is reported for that
 * item alone and never undoes the others. The role is checked once up front, so a person without
 * the permission gets one refusal instead of a list of them.
 */
export function defineBulkAction<T>(def: {
  name: string;
  permission: Permission;
  single: ActionDefinition<z.ZodType, T>;
  /** The single action's input for one submitted item (e.g. "reportId:version"). */
  inputOf: (item: string) => Record<string, unknown>;
}): ActionDefinition<typeof BulkInput, BulkResult> {
  return defineAction({
    name: def.name,
    permission: def.permission,
    input: BulkInput,
    // No transaction of its own: each item opens its own through the single action.
    handler: async (_tx, _ctx, input) => input.items,
    afterCommit: async (db, items, ctx) => {
      const results: BulkItemResult[] = [];
      for (const item of items) {
        const result = await def.single.run({ ...ctx, db }, def.inputOf(item));
        results.push(result.ok ? { item, ok: true } : { item, ok: false, reason: reasonOf(result), code: result.code });
      }
      const succeeded = results.filter((r) => r.ok).length;
      return { succeeded, failed: results.length - succeeded, items: results };
    },
  });
}

/** The most specific Dutch message: a field's own message says more than "controleer de velden". */
function reasonOf(result: { error: string; fieldErrors?: Record<string, string> }): string {
  const fields = result.fieldErrors ?? {};
  return fields._form ?? Object.values(fields)[0] ?? result.error;
}
