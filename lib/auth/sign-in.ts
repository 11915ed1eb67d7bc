import { isIPv4, isIPv6 } from "node:net";
import { eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { memberships, users } from "@/db/schema";
import { demoUsers } from "@/db/seed/demo-data";
import { env } from "@/lib/env";
import { consumeRateLimits, SIGN_IN_LIMITS } from "@/lib/rate-limit";
import { admitUser, inAccountContext } from "./account-context";

const DEMO_EMAILS = new Set(demoUsers.map((u) => u.email));

function isDemoAccount(email: string): boolean {
  return DEMO_EMAILS.has(email.trim().toLowerCase());
}

export type SignedInUser = { id: string; email: string; name: string | null };

/**
 * The client address for rate limits. Each of the TRUSTED_PROXIES proxies in front of the app
 * appends the address it was connected from to X-Forwarded-For, so the client is the
 * TRUSTED_PROXIES-th entry from the right; entries further left come from the client and can
 * be forged. Without a proxy the server itself writes the connection's address there, replacing
 * whatever the client sent (lib/startup.ts). IPv6 clients are counted per /64, the block one
 * subscriber usually has, so rotating addresses inside it gains nothing.
 */
export function clientIp(headers: Headers, proxies = env().TRUSTED_PROXIES): string {
  const forwarded =
    headers
      .get("x-forwarded-for")
      ?.split(",")
      .map((part) => part.trim())
      .filter(Boolean) ?? [];
  if (forwarded.length === 0) return "lokaal";
  return addressKey(forwarded.at(-Math.min(Math.max(proxies, 1), forwarded.length))!);
}

function addressKey(address: string): string {
  // Some proxies add a port ("203.0.113.9:51234", "[2001:db8::1]:443"); IPv4 may come IPv6-mapped.
  const ip = address
    .replace(/^\[(.*)\](:\d+)?$/, "$1")
    .replace(/^(\d+\.\d+\.\d+\.\d+):\d+$/, "$1")
    .replace(/^::ffff:(?=\d+\.\d+\.\d+\.\d+$)/i, "");
  if (isIPv4(ip)) return ip;
  if (!isIPv6(ip)) return ip.slice(0, 64);
  const [head, tail = ""] = ip.toLowerCase().split("::");
  const left = head ? head.split(":") : [];
  const right = tail ? tail.split(":") : [];
  const groups = ip.includes("::") ? [...left, ...Array(8 - left.length - right.length).fill("0"), ...right] : left;
  return `${groups
    .slice(0, 4)
    .map((g) => g.replace(/^0+(?=.)/, ""))
    .join(":")}::/64`;
}

/**
 * Counts a request for a sign-in link (SIGN_IN_LIMITS explains the three limits); throws
 * RateLimitedError with a Dutch message when one is exceeded.
 */
export async function limitSignInAttempt(db: Db, { email, ip }: { email: string; ip: string }): Promise<void> {
  await consumeRateLimits(db, [SIGN_IN_LIMITS.perIp(ip), SIGN_IN_LIMITS.perAddressFromIp(email, ip), SIGN_IN_LIMITS.perAddress(email)]);
}

/** Counts a token-based attempt (an invitation link) against the IP only. */
export async function limitAttemptFromIp(db: Db, { ip, kind }: { ip: string; kind: "demo" | "token" }): Promise<void> {
  await consumeRateLimits(db, [kind === "demo" ? SIGN_IN_LIMITS.demoPerIp(ip) : SIGN_IN_LIMITS.perIp(ip)]);
}

/** The user of an address, read in the sign-in context of that address (the users policy admits it). */
export async function findUserByEmail(db: Db, { email }: { email: string }): Promise<SignedInUser | null> {
  const address = email.trim().toLowerCase();
  return inAccountContext(db, { signInEmail: address }, (tx) => userOfAddress(tx, address));
}

async function userOfAddress(tx: Db, address: string): Promise<SignedInUser | null> {
  const [user] = await tx
    .select({ id: users.id, email: users.email, name: users.name })
    .from(users)
    .where(eq(users.email, address))
    .limit(1);
  return user ?? null;
}

/**
 * The one-click demo sign-in: only the seeded demo users, never someone who joined later (an
 * invited supplier must not become a one-click account, even with DEMO_MODE on a real database).
 */
export async function demoUser(db: Db, { email }: { email: string }): Promise<SignedInUser | null> {
  if (!isDemoAccount(email)) return null;
  const address = email.trim().toLowerCase();
  return inAccountContext(db, { signInEmail: address }, async (tx) => {
    const user = await userOfAddress(tx, address);
    if (!user) return null;
    // Its memberships are its own rows once the transaction acts for it.
    await admitUser(tx, user.id);
    const [membership] = await tx
      .select({ organisationId: memberships.organisationId })
      .from(memberships)
      .where(eq(memberships.userId, user.id))
      .limit(1);
    return membership ? user : null;
  });
}
