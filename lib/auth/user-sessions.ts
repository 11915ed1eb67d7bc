// Signed-in sessions that can be ended. The session cookie stays a JWT (the credentials
// providers need one) but carries a random session id; only its SHA-256 is stored, and every
// request checks that row (lib/auth/actor.ts, in the query that loads the user anyway).
import { createHash, randomBytes } from "node:crypto";
import { and, eq, lt, or } from "drizzle-orm";
import type { Db } from "@/db/client";
import { userSessions } from "@/db/schema";
import { sessionLifetime } from "@/lib/env";

/** last_seen_at is written at most this often, so a page view is not also a write. */
const TOUCH_INTERVAL_MS = 60_000;

export function hashSessionId(sessionId: string): string {
  return createHash("sha256").update(sessionId).digest("hex");
}

/**
 * Starts a session for a user at sign-in and returns its id, for the JWT. With `organisationId`
 * (an organisation's own identity provider signed it in) it opens only that organisation.
 */
export async function startSession(
  db: Db,
  userId: string,
  { organisationId = null, now = new Date() }: { organisationId?: string | null; now?: Date } = {},
): Promise<string> {
  const { idleMs, maxMs } = sessionLifetime();
  const sessionId = randomBytes(32).toString("base64url");
  // The user's own ended sessions go now, so the table stays small even without the daily job.
  await db
    .delete(userSessions)
    .where(
      and(
        eq(userSessions.userId, userId),
        or(lt(userSessions.expiresAt, now), lt(userSessions.lastSeenAt, new Date(now.getTime() - idleMs))),
      ),
    );
  await db.insert(userSessions).values({
    idHash: hashSessionId(sessionId),
    userId,
    createdAt: now,
    lastSeenAt: now,
    expiresAt: new Date(now.getTime() + maxMs),
    organisationId,
  });
  return sessionId;
}

/** What a request checks a session against: not idle since, and started after, these moments. */
export function sessionWindow(now: Date): { now: Date; seenAfter: Date; startedAfter: Date } {
  const { idleMs, maxMs } = sessionLifetime();
  return { now, seenAfter: new Date(now.getTime() - idleMs), startedAfter: new Date(now.getTime() - maxMs) };
}

/** Records activity, at most once per TOUCH_INTERVAL_MS (the caller passes when it was last seen). */
export async function touchSession(
  db: Db,
  { sessionId, lastSeenAt, now = new Date() }: { sessionId: string; lastSeenAt: Date; now?: Date },
): Promise<void> {
  if (now.getTime() - lastSeenAt.getTime() < TOUCH_INTERVAL_MS) return;
  await db
    .update(userSessions)
    .set({ lastSeenAt: now })
    .where(eq(userSessions.idHash, hashSessionId(sessionId)));
}

/** Logging out: this one session ends. */
export async function endSession(db: Db, { sessionId }: { sessionId: string }): Promise<void> {
  await db.delete(userSessions).where(eq(userSessions.idHash, hashSessionId(sessionId)));
}

/** "Overal uitloggen" and removing a member: every session of the user ends. Returns how many. */
export async function endAllSessions(db: Db, { userId }: { userId: string }): Promise<number> {
  const ended = await db.delete(userSessions).where(eq(userSessions.userId, userId)).returning({ idHash: userSessions.idHash });
  return ended.length;
}

/** Sessions past their absolute or idle limit; called by the daily job. */
export async function pruneSessions(db: Db, now = new Date()): Promise<void> {
  const { seenAfter } = sessionWindow(now);
  await db.delete(userSessions).where(or(lt(userSessions.expiresAt, now), lt(userSessions.lastSeenAt, seenAfter)));
}
