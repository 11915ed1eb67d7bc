import { z } from "zod";

/** A whole number from the environment; an empty value counts as unset, so the default applies. */
function count(defaultValue: number, min: number, max: number) {
  return z.preprocess((v) => (v === "" ? undefined : v), z.coerce.number().int().min(min).max(max).default(defaultValue));
}

// The settings of `npm start`'s admission gate (MAX_INFLIGHT, MAX_QUEUED, QUEUE_WAIT_MS) are not
// here: the server reads them before Next loads (scripts/server/admission.mjs, admissionSettings).
const schema = z.object({
  DATABASE_URL: z.string().optional(),
  DATABASE_ADMIN_URL: z.string().optional(),
  // "false" when DATABASE_URL goes through a pooler that cannot keep prepared statements apart
  // (PgBouncer in transaction mode before 1.21, or without max_prepared_statements).
  DATABASE_PREPARE: z.enum(["true", "false"]).default("true"),
  // The password of the roles the app switches to, for the connections between the nodes of a
  // Citus cluster (npm run db:distribute); without it that script generates one and keeps it.
  CITUS_NODE_PASSWORD: z.preprocess((v) => (v === "" ? undefined : v), z.string().optional()),
  PGLITE_DIR: z.string().default(".data/pglite"),
  AUTH_SECRET: z.string().optional(),
  APP_URL: z.string().optional(),
  SMTP_URL: z.string().optional(),
  MAIL_FROM: z.string().default("Groeipad <no-reply@groeipad.example>"),
  // The shared secret a scheduler sends as "Authorization: Bearer ..." to run the jobs.
  JOBS_SECRET: z.string().optional(),
  DEMO_MODE: z.enum(["true", "false"]).optional(),
  // The embedded demo runs the job worker inside the server unless this is "false" (against a
  // database server, `npm run jobs` runs it instead).
  JOBS_IN_PROCESS: z.enum(["true", "false"]).default("true"),
  // For tests only: lets webhooks and identity providers be on this machine (loopback, and plain
  // http to 127.0.0.1). Every other private or reserved address stays refused.
  OUTBOUND_ALLOW_LOOPBACK: z.enum(["true", "false"]).default("false"),
  // Reverse proxies in front of the app; only their X-Forwarded-* headers are believed.
  TRUSTED_PROXIES: count(0, 0, 10),
  SESSION_IDLE_MINUTES: count(60, 1, 24 * 60),
  SESSION_MAX_HOURS: count(12, 1, 30 * 24),
  // The prefix of the open contracting ids (ocid) in OCDS exports: "<prefix>-<contract id>". A publisher
  // registers its own with the Open Contracting Partnership; the default only keeps ids apart.
  OCDS_OCID_PREFIX: z.preprocess(
    (v) => (v === "" ? undefined : v),
    z
      .string()
      .regex(/^[A-Za-z0-9][A-Za-z0-9-]*$/, "OCDS_OCID_PREFIX bevat alleen letters, cijfers en streepjes.")
      .default("ocds-groeipad"),
  ),
});

export type Env = z.infer<typeof schema>;

// Read on every call instead of once: tests and scripts change process.env after import.
export function env(): Env {
  return schema.parse(process.env);
}

/** Whether postgres.js may name and reuse prepared statements on its connections (DATABASE_PREPARE). */
export function preparesStatements(e: Env = env()): boolean {
  return e.DATABASE_PREPARE === "true";
}

/** Embedded database, or DEMO_MODE=true: one-click demo accounts and the e-mail outbox. */
export function isDemoMode(e: Env = env()): boolean {
  if (e.DEMO_MODE) return e.DEMO_MODE === "true";
  return !e.DATABASE_URL;
}

/**
 * The public address of the app (an origin such as https://groeipad.example.nl): every link in
 * every e-mail and every URL next-auth builds starts with it, never with a host a request named.
 * Required outside the demo; the demo falls back to this machine on the port Next listens on.
 */
export function appUrl(e: Env = env()): string {
  if (e.APP_URL) return publicOrigin(e.APP_URL);
  if (!isDemoMode(e)) throw new Error(APP_URL_MISSING);
  return `http://localhost:${process.env.PORT || 3000}`;
}

const APP_URL_MISSING =
  "APP_URL ontbreekt. Zet het openbare adres van Groeipad in de omgeving, bijvoorbeeld APP_URL=https://groeipad.example.nl: " +
  "links in e-mails (inloglinks, uitnodigingen) gebruiken alleen dat adres.";

/** The origin of a configured APP_URL; anything else than a bare http(s) address is refused. */
function publicOrigin(value: string): string {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new Error(`APP_URL is geen geldig adres: "${value}". Gebruik bijvoorbeeld https://groeipad.example.nl.`);
  }
  if (
    (url.protocol !== "https:" && url.protocol !== "http:") ||
    url.username ||
    url.password ||
    url.pathname !== "/" ||
    url.search ||
    url.hash
  ) {
    throw new Error(`APP_URL moet een kaal http(s)-adres zijn zonder pad, zoals https://groeipad.example.nl (nu: "${value}").`);
  }
  return url.origin;
}

/** Idle and absolute lifetime of a signed-in session (OWASP ASVS 5.0, V7), in milliseconds. */
export function sessionLifetime(e: Env = env()): { idleMs: number; maxMs: number } {
  return { idleMs: e.SESSION_IDLE_MINUTES * 60_000, maxMs: e.SESSION_MAX_HOURS * 3_600_000 };
}
