import { headers } from "next/headers";
import { notFound, redirect } from "next/navigation";
import { cache } from "react";
import { getDb, type Db } from "@/db/client";
import type { ActionDefinition, ActionResult } from "@/lib/action";
import { NotFoundError, toPublicError } from "@/lib/errors";
import { withTenant } from "@/lib/tenancy";
import { actorFromAccount, resolveActor, sessionAccount, type Actor, type SessionAccount } from "./actor";
import { auth } from "./config";
import { clientIp } from "./sign-in";

export type SessionUser = { id: string; email: string; name: string | null };

/** The signed-in user and its memberships (the organisation switcher) in one query, once per request. */
export const currentAccount = cache(async (): Promise<SessionAccount | null> => {
  const session = await auth();
  const id = session?.user?.id;
  if (!id) return null;
  return sessionAccount(await getDb(), id);
});

/** The signed-in user, checked against the database: a deleted user has no session. */
export const currentUser = cache(async (): Promise<SessionUser | null> => (await currentAccount())?.user ?? null);

export async function requireUser(): Promise<SessionUser> {
  const user = await currentUser();
  if (!user) redirect("/login");
  return user;
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
  return withTenant(await getDb(), { userId: actor.userId, orgId: actor.org.id, orgKind: actor.org.kind }, work);
}

/**
 * Runs a defined action for the session's user in the organisation of the URL. The membership
 * and role come from the database on this very request, so a removed member is refused at once.
 */
export async function runAction<T>(
  action: ActionDefinition<never, T> | ActionDefinition<any, T>, // eslint-disable-line @typescript-eslint/no-explicit-any
  orgSlug: string,
  raw: unknown,
): Promise<ActionResult<T>> {
  const user = await currentUser();
  const db = await getDb();
  if (!user) return action.run(null, raw);
  try {
    const actor = await resolveActor(db, user.id, orgSlug);
    return action.run({ ...actor, db }, raw);
  } catch (error) {
    const { error: message, code } = toPublicError(error);
    return { ok: false, error: message, code };
  }
}

export async function requestIp(): Promise<string> {
  return clientIp(await headers());
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
