// The test as the scheduler: it puts delivery jobs on the queue now instead of at the next minute,
// for the job workers beside the instances to take, and waits until each has finished once. A
// client of the queue only: no schedule, no maintenance, no changes to the queue's tables.
import PgBoss from "pg-boss";
import { expect } from "@playwright/test";
import { QUEUE_SCHEMA } from "@/lib/jobs/queue";
import { JOBS } from "@/lib/jobs/schedule";
import { appDatabaseURL } from "./servers";

export async function deliveryJobsRunOnce(count: number): Promise<void> {
  const queue = new PgBoss({ connectionString: appDatabaseURL(), schema: QUEUE_SCHEMA, migrate: false, schedule: false, supervise: false });
  await queue.start();
  try {
    const ids = await Promise.all(Array.from({ length: count }, () => queue.send(JOBS.deliver.name, {})));
    for (const id of ids) {
      expect(id).not.toBeNull();
      await expect.poll(async () => (await queue.getJobById(JOBS.deliver.name, id!))?.state, { timeout: 20_000 }).toBe("completed");
      // Finished on the first try: no worker failed it, and none took it up a second time.
      expect((await queue.getJobById(JOBS.deliver.name, id!))?.retryCount).toBe(0);
    }
  } finally {
    await queue.stop({ graceful: false });
  }
}
