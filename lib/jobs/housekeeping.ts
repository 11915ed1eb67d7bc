// Rows that only matter for a while: ended rate-limit windows, sessions past their idle or
// absolute limit, sign-in link tokens past their expiry, webhook deliveries that finished more
// than a quarter ago. Run with the daily job.
import { lt, sql } from "drizzle-orm";
import type { Db } from "@/db/client";
import { verificationTokens } from "@/db/schema";
import { pruneSessions } from "@/lib/auth/user-sessions";
import { pruneRateLimits } from "@/lib/rate-limit";

/** Finished webhook deliveries stay in the log this long. */
export const DELIVERY_LOG_DAYS = 92;

export async function pruneExpired(db: Db, now = new Date()): Promise<void> {
  await pruneRateLimits(db, new Date(now.getTime() - 86_400_000));
  await pruneSessions(db, now);
  await db.delete(verificationTokens).where(lt(verificationTokens.expires, now));
  await db.execute(
    sql`select prune_webhook_deliveries(${new Date(now.getTime() - DELIVERY_LOG_DAYS * 86_400_000).toISOString()}::timestamptz)`,
  );
}
