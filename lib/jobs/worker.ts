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
import { createQueues, JOBS, type JobKey } from "./schedule";

export type JobWorker = {
  /** Puts a job on the queue now instead of at its next scheduled time; answers the job's id. */
  runNow: (job: JobKey) => Promise<string | null>;
  /** Whether the job with this id has finished, and how. */
  stateOf: (job: JobKey, id: string) => Promise<string | null>;
  stop: () => Promise<void>;
};

export async function startJobWorker(database: Database): Promise<JobWorker> {
  const boss = await openQueue(database);
  const db = database.db;
  // Against PostgreSQL the owner made the queues already (npm run db:migrate); the embedded demo
  // never runs that, and its worker may make them itself.
  await createQueues(boss);
  for (const job of Object.values(JOBS)) await boss.schedule(job.name, job.cron, {}, { tz: "Europe/Amsterdam" });
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
