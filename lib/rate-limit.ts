import { sql } from "drizzle-orm";
import { queryRows, type Db } from "@/db/client";
import { RateLimitedError } from "@/lib/errors";

/** A fixed-window limit; `refusal` says in Dutch what was exceeded (the wait time is added). */
export type Limit = { key: string; max: number; windowSeconds: number; refusal?: string };

const QUARTER = 900;
const NETWORK = "Te veel pogingen vanaf jouw netwerk.";
const ADDRESS =
  "Te veel pogingen voor dit e-mailadres. De inloglinks die al zijn verstuurd, blijven een kwartier geldig: gebruik de nieuwste uit je e-mail.";

/**
 * The sign-in limits. A magic link goes only to the address itself, so the harm of many requests
 * is a flooded inbox and the harm of a strict limit is a user locked out by someone else. Hence
 * three limits, counted in this order and only until one refuses:
 * - per client address, across e-mail addresses: one source cannot try many people;
 * - per e-mail address from one client address, lower than the total: one attacker address can
 *   never use up the allowance of the e-mail address for everyone else;
 * - per e-mail address in total: caps the mails an address receives from many sources.
 *   It is reached only by attempts that passed the first two, each of which sent a link that
 *   stays valid for a quarter of an hour (as long as the window), so a user refused here
 *   already has a working link in the inbox, and the message says so.
 */
export const SIGN_IN_LIMITS = {
  perIp: (ip: string): Limit => ({
    key: `sign-in:ip:${ip}`,
    max: 30,
    windowSeconds: QUARTER,
    refusal: NETWORK,
  }),
  perAddressFromIp: (email: string, ip: string): Limit => ({
    key: `sign-in:email-ip:${email.toLowerCase()}:${ip}`,
    max: 3,
    windowSeconds: QUARTER,
    refusal: ADDRESS,
  }),
  perAddress: (email: string): Limit => ({
    key: `sign-in:email:${email.toLowerCase()}`,
    max: 5,
    windowSeconds: QUARTER,
    refusal: ADDRESS,
  }),
  // One-click demo accounts prove nothing, so there is no address to protect; only flooding is limited.
  demoPerIp: (ip: string): Limit => ({
    key: `demo-sign-in:ip:${ip}`,
    max: 300,
    windowSeconds: QUARTER,
    refusal: NETWORK,
  }),
};

/**
 * Invitations mail an address outside the organisation: per address a few an hour (a resend
 * button pressed repeatedly, or an admin's account misused to flood someone), per inviting
 * organisation enough for a day of onboarding.
 */
export const INVITATION_LIMITS = {
  perAddress: (email: string): Limit => ({
    key: `invitation:email:${email.toLowerCase()}`,
    max: 5,
    windowSeconds: 3600,
    refusal: "Er zijn het afgelopen uur al vijf uitnodigingen naar dit e-mailadres gestuurd; de laatste blijft geldig.",
  }),
  perOrganisation: (organisationId: string): Limit => ({
    key: `invitation:org:${organisationId}`,
    max: 200,
    windowSeconds: 3600,
    refusal: "Jouw organisatie heeft het afgelopen uur al tweehonderd uitnodigingen verstuurd.",
  }),
};

/**
 * Counts one attempt against each limit in turn, in fixed windows kept in PostgreSQL (so every
 * app instance shares them), and refuses at the first limit that is exceeded; the limits after
 * it are not counted, so a refused attempt uses up nothing further.
 */
export async function consumeRateLimits(db: Db, limits: Limit[], now = new Date()): Promise<void> {
  for (const limit of limits) {
    const windowMs = limit.windowSeconds * 1000;
    const windowStart = new Date(Math.floor(now.getTime() / windowMs) * windowMs);
    const [row] = await queryRows<{ hits: number }>(
      db,
      sql`insert into rate_limit_hits (key, window_start, hits) values (${limit.key}, ${windowStart.toISOString()}, 1)
          on conflict (key, window_start) do update set hits = rate_limit_hits.hits + 1
          returning hits`,
    );
    if (Number(row?.hits ?? 0) > limit.max) {
      const minutes = Math.max(1, Math.ceil((windowStart.getTime() + windowMs - now.getTime()) / 60_000));
      throw new RateLimitedError(
        `${limit.refusal ?? "Te veel pogingen."} Probeer het over ${minutes} ${minutes === 1 ? "minuut" : "minuten"} opnieuw.`,
      );
    }
  }
}

/** Old windows are useless after they end; called by the daily job. */
export async function pruneRateLimits(db: Db, olderThan = new Date(Date.now() - 86_400_000)): Promise<void> {
  await db.execute(sql`delete from rate_limit_hits where window_start < ${olderThan.toISOString()}`);
}
