import { notFound, redirect } from "next/navigation";
import { cache } from "react";
import { getDb, type Db } from "@/db/client";
import type { ActionDefinition, ActionResult } from "@/lib/action";
import { env } from "@/lib/env";
import { NotFoundError, toPublicError } from "@/lib/errors";
import { scopeOf, withTenant } from "@/lib/tenancy";
import { actorFromAccount, sessionAccount, type Actor, type SessionAccount } from "./actor";
import { auth } from "./config";
import { touchSession } from "./user-sessions";

/**
 * The signed-in user and its memberships (the organisation switcher) in one query, once per
 * request, or null when the cookie's session has ended: logged out, "overal uitloggen", removed
 * as a member, idle or too old. Every page, action and route handler starts here.
 */
export const currentAccount = cache(async (): Promise<SessionAccount | null> => {
  const session = await auth();
  return accountOfSession(await getDb(), session ? { userId: session.user?.id, sessionId: session.sessionId } : null);
});

/** The checked account of a session from next-auth; the activity is recorded about once a minute. */
export async function accountOfSession(
  db: Db,
  session: { userId?: string; sessionId?: string } | null,
  now = new Date(),
): Promise<SessionAccount | null> {
  if (!session?.userId || !session.sessionId) return null;
  const account = await sessionAccount(db, { userId: session.userId, sessionId: session.sessionId }, now);
  if (!account) return null;
  await touchSession(db, session.sessionId, account.lastSeenAt, now);
  const { lastSeenAt: _, ...rest } = account;
  return rest;
}

/** For pages: the actor in the organisation of the URL, or a 404 for non-members. */
export const requireActor = cache(async (orgSlug: string): Promise<Actor> => {
  const account = await currentAccount();
  if (!account) redirect("/login");
  try {
    return actorFromAccount(account, orgSlug);
  } catch (error) {
    if (error instanceof NotFoundError) notFound();
    throw error;
  }
});

/** Reads for a page inside the actor's tenant transaction (row-level security applies). */
export async function readAs<T>(actor: Actor, work: (tx: Db) => Promise<T>): Promise<T> {
  return withTenant(await getDb(), scopeOf(actor), work);
}

/**
 * Runs a defined action for the session's user in the organisation of the URL. The session,
 * membership and role come from the database on this very request, so a removed member or an
 * ended session is refused at once.
 */
export async function runAction<T>(
  action: ActionDefinition<never, T> | ActionDefinition<any, T>, // eslint-disable-line @typescript-eslint/no-explicit-any
  orgSlug: string,
  raw: unknown,
): Promise<ActionResult<T>> {
  const account = await currentAccount();
  if (!account) return action.run(null, raw);
  const db = await getDb();
  try {
    return action.run({ ...actorFromAccount(account, orgSlug), db }, raw);
  } catch (error) {
    const { error: message, code } = toPublicError(error);
    return { ok: false, error: message, code };
  }
}

/** For pages: a NotFoundError from lib/ becomes Next's 404 page; other errors stay errors. */
export async function orNotFound<T>(work: Promise<T>): Promise<T> {
  try {
    return await work;
  } catch (error) {
    if (error instanceof NotFoundError) notFound();
    throw error;
  }
}

/** The session limits as a person reads them (the profile page). */
export function sessionSettings(): { idleMinutes: number; maxHours: number } {
  const e = env();
  return { idleMinutes: e.SESSION_IDLE_MINUTES, maxHours: e.SESSION_MAX_HOURS };
}
