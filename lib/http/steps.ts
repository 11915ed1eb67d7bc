import type { Db } from "@/db/client";
import type { Actor } from "@/lib/auth/actor";
import { can, type Permission } from "@/lib/auth/permissions";
import { ForbiddenError, UnauthenticatedError } from "@/lib/errors";
import { withTenant } from "@/lib/tenancy";

/** Who calls: the signed-in person in the organisation of the URL, and the database to work on (a test passes its own). */
export type Caller = Actor & { db: Db };

/**
 * The work of an action or a route, in the order every request keeps. A handler never sees the
 * bare connection: it gets the open tenant transaction, so row-level security always applies and
 * its writes and audit events commit or roll back together.
 */
export type Steps<I, P, H, T> = {
  /** Before the transaction, outside it: reading an uploaded file, so no other request waits on it. */
  prepare?: (ctx: Actor, input: I) => Promise<P>;
  /** In the tenant transaction of the actor. */
  handler: (tx: Db, ctx: Actor, input: P) => Promise<H>;
  /**
   * After the commit, with the connection: e-mails about what was just decided (a rolled-back
   * change must not announce itself) and reads of object storage that need no open transaction.
   */
  afterCommit?: (db: Db, done: H, ctx: Actor) => Promise<T>;
};

/** Refuses a caller who is not signed in or whose role lacks the permission. */
export function assertAllowed(caller: Caller | null, permission: Permission): asserts caller is Caller {
  if (!caller) throw new UnauthenticatedError();
  if (!can(caller.org.kind, caller.role, permission)) throw new ForbiddenError();
}

/** Runs the steps for an allowed caller; errors are thrown for the caller's wrapper to answer. */
export async function runSteps<I, P, H, T>(caller: Caller, input: I, steps: Steps<I, P, H, T>): Promise<T> {
  const { db, ...actor } = caller;
  const prepared = steps.prepare ? await steps.prepare(actor, input) : (input as unknown as P);
  const done = await withTenant(actor, (tx) => steps.handler(tx, actor, prepared), db);
  return steps.afterCommit ? steps.afterCommit(db, done, actor) : (done as unknown as T);
}
