import { sql } from "drizzle-orm";
import { queryRows, type Db } from "@/db/client";
import { RateLimitedError } from "@/lib/errors";

export type Limit = { key: string; max: number; windowSeconds: number };

export const SIGN_IN_LIMITS = {
  perAddress: (email: string): Limit => ({ key: `sign-in:email:${email.toLowerCase()}`, max: 5, windowSeconds: 900 }),
  perIp: (ip: string): Limit => ({ key: `sign-in:ip:${ip}`, max: 30, windowSeconds: 900 }),
  // One-click demo accounts prove nothing, so there is no address to protect; only flooding is limited.
  demoPerIp: (ip: string): Limit => ({ key: `demo-sign-in:ip:${ip}`, max: 300, windowSeconds: 900 }),
};

/**
 * Counts one attempt against each limit in a fixed window kept in PostgreSQL (so every app
 * instance shares it) and refuses when any limit is exceeded.
 */
export async function consumeRateLimits(db: Db, limits: Limit[], now = new Date()): Promise<void> {
  let exceeded = false;
  for (const limit of limits) {
    const windowStart = new Date(Math.floor(now.getTime() / (limit.windowSeconds * 1000)) * limit.windowSeconds * 1000);
    const [row] = await queryRows<{ hits: number }>(
      db,
      sql`insert into rate_limit_hits (key, window_start, hits) values (${limit.key}, ${windowStart.toISOString()}, 1)
          on conflict (key, window_start) do update set hits = rate_limit_hits.hits + 1
          returning hits`,
    );
    if (Number(row?.hits ?? 0) > limit.max) exceeded = true;
  }
  if (exceeded) throw new RateLimitedError();
}

/** Old windows are useless after they end; called opportunistically by the jobs. */
export async function pruneRateLimits(db: Db, olderThan = new Date(Date.now() - 86_400_000)): Promise<void> {
  await db.execute(sql`delete from rate_limit_hits where window_start < ${olderThan.toISOString()}`);
}
