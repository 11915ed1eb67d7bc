import { sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { queryRows } from "@/db/client";
import { RateLimitedError } from "@/lib/errors";
import { consumeRateLimits, pruneRateLimits, SIGN_IN_LIMITS } from "@/lib/rate-limit";
import { openTestDatabase } from "../fixtures/db";
import { uniqueEmail, uniqueSuffix } from "../fixtures/factories";

const { db } = await openTestDatabase();
const now = new Date("2026-05-04T10:00:10Z");

async function attempts(limits: Parameters<typeof consumeRateLimits>[1], count: number, at = now) {
  const outcomes: string[] = [];
  for (let i = 0; i < count; i++) {
    outcomes.push(
      await consumeRateLimits(db, limits, at).then(
        () => "ok",
        (error) => (error instanceof RateLimitedError ? "refused" : `error: ${error}`),
      ),
    );
  }
  return outcomes;
}

describe("rate limits kept in the database", () => {
  it("refuses attempts after the maximum within the window, and allows them again in the next", async () => {
    const limit = { key: `test:${uniqueSuffix()}`, max: 3, windowSeconds: 60 };
    expect(await attempts([limit], 5)).toEqual(["ok", "ok", "ok", "refused", "refused"]);
    expect(await attempts([limit], 1, new Date(now.getTime() + 60_000))).toEqual(["ok"]);
    const rows = await queryRows<{ hits: number }>(
      db,
      sql`select hits from rate_limit_hits where key = ${limit.key} order by window_start`,
    );
    // Stored counts are what every app instance reads: the limit is not per process.
    expect(rows.map((r) => Number(r.hits))).toEqual([5, 1]);
  });

  it("counts sign-ins per address regardless of capitals, and per IP across addresses", async () => {
    const email = uniqueEmail();
    const ip = `203.0.113.${uniqueSuffix()}`;
    const variants = [
      email,
      email.toUpperCase(),
      email.replace(/^./, (c) => c.toUpperCase()),
      email.replace(/@.*/, (domain) => domain.toUpperCase()),
    ];
    const outcomes = [];
    for (let i = 0; i < 6; i++) outcomes.push(...(await attempts([SIGN_IN_LIMITS.perAddress(variants[i % 4])], 1)));
    expect(outcomes).toEqual(["ok", "ok", "ok", "ok", "ok", "refused"]);

    const perIp = SIGN_IN_LIMITS.perIp(ip);
    for (let i = 0; i < 30; i++) await consumeRateLimits(db, [SIGN_IN_LIMITS.perAddress(uniqueEmail()), perIp], now);
    await expect(consumeRateLimits(db, [SIGN_IN_LIMITS.perAddress(uniqueEmail()), perIp], now)).rejects.toThrow(RateLimitedError);
  });

  it("keeps separate keys apart", async () => {
    const [one, two] = [`test:${uniqueSuffix()}`, `test:${uniqueSuffix()}`];
    expect(await attempts([{ key: one, max: 1, windowSeconds: 60 }], 2)).toEqual(["ok", "refused"]);
    expect(await attempts([{ key: two, max: 1, windowSeconds: 60 }], 1)).toEqual(["ok"]);
  });

  it("prunes windows that have ended", async () => {
    const key = `test:${uniqueSuffix()}`;
    await consumeRateLimits(db, [{ key, max: 5, windowSeconds: 60 }], new Date("2020-01-01T00:00:00Z"));
    await pruneRateLimits(db, new Date("2021-01-01T00:00:00Z"));
    expect(await queryRows(db, sql`select 1 from rate_limit_hits where key = ${key}`)).toEqual([]);
  });
});
