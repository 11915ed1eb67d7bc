import { z } from "zod";

const schema = z.object({
  DATABASE_URL: z.string().optional(),
  DATABASE_ADMIN_URL: z.string().optional(),
  PGLITE_DIR: z.string().default(".data/pglite"),
  AUTH_SECRET: z.string().optional(),
  APP_URL: z.string().optional(),
  SMTP_URL: z.string().optional(),
  MAIL_FROM: z.string().default("Groeipad <no-reply@groeipad.example>"),
  AUTH_OIDC_ISSUER: z.string().optional(),
  AUTH_OIDC_CLIENT_ID: z.string().optional(),
  AUTH_OIDC_CLIENT_SECRET: z.string().optional(),
  AUTH_OIDC_NAME: z.string().default("Inloggen via uw organisatie"),
  // The shared secret a scheduler sends as "Authorization: Bearer ..." to run the jobs.
  JOBS_SECRET: z.string().optional(),
  DEMO_MODE: z.enum(["true", "false"]).optional(),
});

export type Env = z.infer<typeof schema>;

// Read on every call instead of once: tests and scripts change process.env after import.
export function env(): Env {
  return schema.parse(process.env);
}

/** Embedded database, or DEMO_MODE=true: one-click demo accounts and the e-mail outbox. */
export function isDemoMode(e: Env = env()): boolean {
  if (e.DEMO_MODE) return e.DEMO_MODE === "true";
  return !e.DATABASE_URL;
}

export function appUrl(e: Env = env()): string {
  return (e.APP_URL ?? process.env.AUTH_URL ?? "http://localhost:3000").replace(/\/$/, "");
}
