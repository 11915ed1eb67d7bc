import { timingSafeEqual } from "node:crypto";
import { getDb, type Db } from "@/db/client";
import { env } from "@/lib/env";
import { amsterdamToday } from "@/lib/time";
import { pruneExpired } from "./housekeeping";
import { runReminderJob } from "./reminders";

/** True only when JOBS_SECRET is set and the request carries it as a bearer token. */
function hasJobSecret(request: Request, secret: string | undefined = env().JOBS_SECRET): boolean {
  if (!secret) return false;
  const header = request.headers.get("authorization") ?? "";
  const given = Buffer.from(header.startsWith("Bearer ") ? header.slice("Bearer ".length) : "");
  const expected = Buffer.from(secret);
  return given.length === expected.length && timingSafeEqual(given, expected);
}

/** POST /api/v1/jobs/reminders: runs the reminder job for today, and the housekeeping, when the scheduler's secret is right. */
export async function reminderJobRoute(request: Request, options: { db?: Db; today?: string } = {}): Promise<Response> {
  if (!hasJobSecret(request)) {
    return Response.json(
      { error: "Niet geautoriseerd.", code: "UnauthenticatedError" },
      { status: 401, headers: { "WWW-Authenticate": "Bearer" } },
    );
  }
  // The database is opened only after the secret has been checked.
  const today = options.today ?? amsterdamToday();
  const db = options.db ?? (await getDb());
  const result = await runReminderJob(db, { today });
  await pruneExpired(db);
  return Response.json({ today, ...result }, { headers: { "Cache-Control": "no-store" } });
}
