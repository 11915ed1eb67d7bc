// The job worker: the notification and webhook jobs on the PostgreSQL queue. `npm run jobs` runs it as a
// process of its own (any number of them, on any machine); the embedded demo runs it inside the
// server. pg-boss hands each job to one worker, and every job is idempotent besides, so a job
// that runs again after a crash or a retry sends nothing twice.
import type { Database } from "@/db/client";
import { addDueNotifications } from "@/lib/notifications/due";
import { deliverNotifications, sendDigests } from "@/lib/notifications/delivery";
import { amsterdamToday } from "@/lib/time";
import { deliverWebhooks } from "@/lib/webhooks/delivery";
import { refreshBenchmark } from "@/lib/benchmark/refresh";
import { republishGroups } from "@/lib/groups/republish";
import { openQueue } from "./queue";

const JOBS = {
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

export type JobWorker = {
  /** Puts a job on the queue now instead of at its next scheduled time; answers the job's id. */
  runNow: (job: keyof typeof JOBS) => Promise<string | null>;
  /** Whether the job with this id has finished, and how. */
  stateOf: (job: keyof typeof JOBS, id: string) => Promise<string | null>;
  stop: () => Promise<void>;
};

export async function startJobWorker(database: Database): Promise<JobWorker> {
  const boss = await openQueue(database);
  const db = database.db;
  for (const job of Object.values(JOBS)) {
    await boss.createQueue(job.name, { name: job.name, policy: "singleton", retryLimit: 3, retryDelay: 30 });
    await boss.schedule(job.name, job.cron, {}, { tz: "Europe/Amsterdam" });
  }
  await boss.work(JOBS.deliver.name, async () => {
    await deliverNotifications(db);
  });
  await boss.work(JOBS.due.name, async () => {
    await addDueNotifications(db, { today: amsterdamToday() });
    await deliverNotifications(db);
  });
  await boss.work(JOBS.digest.name, async () => {
    await sendDigests(db);
  });
  await boss.work(JOBS.webhooks.name, async () => {
    await deliverWebhooks(db);
  });
  await boss.work(JOBS.benchmark.name, async () => {
    await refreshBenchmark(db);
  });
  await boss.work(JOBS.groups.name, async () => {
    await republishGroups(db);
  });
  return {
    runNow: (job) => boss.send(JOBS[job].name, {}),
    stateOf: async (job, id) => (await boss.getJobById(JOBS[job].name, id))?.state ?? null,
    stop: () => boss.stop({ graceful: true, close: false, timeout: 10_000 }),
  };
}
