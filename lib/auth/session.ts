import { notFound, redirect } from "next/navigation";
import { cache } from "react";
import { getDb, type Db } from "@/db/client";
import { env } from "@/lib/env";
import { NotFoundError, SuspendedOrganisationError } from "@/lib/errors";
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
  await touchSession(db, { sessionId: session.sessionId, lastSeenAt: account.lastSeenAt, now });
  const { lastSeenAt: _, ...rest } = account;
  return rest;
}

/**
 * For pages: the actor in the organisation of the URL, or a 404 for non-members. A verifier reads
 * only the contracts assigned to them, so every page refuses them (404) unless it says it serves
 * them: the layout, the overview (which sends them on) and the verification page.
 */
export async function requireActor(orgSlug: string, options: { servesVerifier?: boolean } = {}): Promise<Actor> {
  const actor = await actorOfPage(orgSlug);
  if (!options.servesVerifier && actor.org.kind === "buyer" && actor.role === "verifier") notFound();
  return actor;
}

const actorOfPage = cache(async (orgSlug: string): Promise<Actor> => {
  const account = await currentAccount();
  if (!account) redirect("/login");
  try {
    return actorFromAccount(account, orgSlug);
  } catch (error) {
    if (error instanceof NotFoundError) notFound();
    if (error instanceof SuspendedOrganisationError) redirect(`/opgeschort/${encodeURIComponent(orgSlug)}`);
    throw error;
  }
});

/** For the page that explains a suspension: the member's organisation of this slug while it is suspended, else null. */
export async function suspendedMembership(orgSlug: string) {
  const account = await currentAccount();
  if (!account) redirect("/login");
  const m = account.memberships.find((x) => x.slug === orgSlug);
  return m?.suspension ? { name: m.name, slug: m.slug, ...m.suspension } : null;
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
