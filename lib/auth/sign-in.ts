import { eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { memberships, users } from "@/db/schema";
import { consumeRateLimits, SIGN_IN_LIMITS } from "@/lib/rate-limit";

export type SignedInUser = { id: string; email: string; name: string | null };

export function clientIp(headers: Headers): string {
  return headers.get("x-forwarded-for")?.split(",")[0]?.trim() || headers.get("x-real-ip") || "lokaal";
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

/** The one-click demo sign-in: only for users that belong to at least one organisation. */
export async function demoUser(db: Db, email: string): Promise<SignedInUser | null> {
  const user = await findUserByEmail(db, email);
  if (!user) return null;
  const [membership] = await db.select().from(memberships).where(eq(memberships.userId, user.id)).limit(1);
  return membership ? user : null;
}
