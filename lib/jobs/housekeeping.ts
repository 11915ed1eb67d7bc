// Rows that only matter for a while: ended rate-limit windows, sessions past their idle or
// absolute limit, sign-in link tokens past their expiry. Run with the daily job.
import { lt } from "drizzle-orm";
import type { Db } from "@/db/client";
import { verificationTokens } from "@/db/schema";
import { pruneSessions } from "@/lib/auth/user-sessions";
import { pruneRateLimits } from "@/lib/rate-limit";

export async function pruneExpired(db: Db, now = new Date()): Promise<void> {
  await pruneRateLimits(db, new Date(now.getTime() - 86_400_000));
  await pruneSessions(db, now);
  await db.delete(verificationTokens).where(lt(verificationTokens.expires, now));
}
