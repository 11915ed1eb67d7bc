// The jobs on the queue, when each runs, and the queue each has. A queue is a partition of
// pg-boss's job table, which only the owner of that table may attach: `npm run db:migrate`
// creates them (lib/jobs/queue.ts), so a worker connected as the application role finds them made.
import type PgBoss from "pg-boss";

export const JOBS = {
  /** E-mails what waits to be sent at once; every minute, so "at once" means within a minute or two. */
  deliver: { name: "notifications-deliver", cron: "* * * * *" },
  /** Adds what falls due within a week, and profile facts running out; early in the morning, Amsterdam time. */
  due: { name: "notifications-due", cron: "0 6 * * *" },
  /** The daily digest, after the due notifications have been sorted. */
  digest: { name: "notifications-digest", cron: "30 7 * * *" },
  /** Sends the webhook deliveries that are due, first tries and retries alike. */
  webhooks: { name: "webhooks-deliver", cron: "* * * * *" },
  /** The anonymised benchmark anew, at night; joining or leaving refreshes it at once as well. */
  benchmark: { name: "benchmark-refresh", cron: "15 3 * * *" },
  /** Each buyer group's members publish their adoption and shared results anew, at night. */
  groups: { name: "group-publications", cron: "30 3 * * *" },
} as const;

export type JobKey = keyof typeof JOBS;

/** Every job's queue; one that exists already is left as it is. */
export async function createQueues(boss: PgBoss): Promise<void> {
  for (const job of Object.values(JOBS)) {
    await boss.createQueue(job.name, { name: job.name, policy: "singleton", retryLimit: 3, retryDelay: 30 });
  }
}
