import { eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { memberships, users } from "@/db/schema";
import { demoUsers } from "@/db/seed/demo-data";
import { consumeRateLimits, SIGN_IN_LIMITS } from "@/lib/rate-limit";

const DEMO_EMAILS = new Set(demoUsers.map((u) => u.email));

export function isDemoAccount(email: string): boolean {
  return DEMO_EMAILS.has(email.trim().toLowerCase());
}

export type SignedInUser = { id: string; email: string; name: string | null };

/**
 * The client address for rate limits. The last X-Forwarded-For entry is the one our own proxy
 * appended; earlier entries come from the client and can be forged.
 */
export function clientIp(headers: Headers): string {
  const forwarded = headers.get("x-forwarded-for")?.split(",").map((part) => part.trim()).filter(Boolean);
  return forwarded?.at(-1) || headers.get("x-real-ip") || "lokaal";
}

/** Counts a sign-in attempt for the address and the IP; throws RateLimitedError when over. */
export async function limitSignInAttempt(db: Db, email: string, ip: string): Promise<void> {
  await consumeRateLimits(db, [SIGN_IN_LIMITS.perAddress(email), SIGN_IN_LIMITS.perIp(ip)]);
}

/** Counts a token-based attempt (an invitation link) against the IP only. */
export async function limitAttemptFromIp(db: Db, ip: string, kind: "demo" | "token"): Promise<void> {
  await consumeRateLimits(db, [kind === "demo" ? SIGN_IN_LIMITS.demoPerIp(ip) : SIGN_IN_LIMITS.perIp(ip)]);
}

export async function findUserByEmail(db: Db, email: string): Promise<SignedInUser | null> {
  const [user] = await db
    .select({ id: users.id, email: users.email, name: users.name })
    .from(users)
    .where(eq(users.email, email.trim().toLowerCase()))
    .limit(1);
  return user ?? null;
}

/**
 * The one-click demo sign-in: only the seeded demo users, never someone who joined later (an
 * invited supplier must not become a one-click account, even with DEMO_MODE on a real database).
 */
export async function demoUser(db: Db, email: string): Promise<SignedInUser | null> {
  if (!isDemoAccount(email)) return null;
  const user = await findUserByEmail(db, email);
  if (!user) return null;
  const [membership] = await db.select().from(memberships).where(eq(memberships.userId, user.id)).limit(1);
  return membership ? user : null;
}
