// Against PostgreSQL the job worker connects as the application role, which may not change
// pg-boss's own tables: a queue is a partition of its job table, attached with a foreign key to
// its queue table, both the owner's. So `npm run db:migrate` (the owner) makes every job's queue,
// and a worker started afterwards as a login inside groeipad_app takes and finishes a job.
import { sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { openPostgres, queryRows } from "@/db/client";
import { prepareJobQueue } from "@/lib/jobs/queue";
import { startJobWorker } from "@/lib/jobs/worker";
import { ensureAppLogin, onPostgres, openTestDatabase } from "../fixtures/db";

const LOGIN = "groeipad_test_queue_login";

// A database of its own, copied from the migrated template: no queue in it has been made yet.
const owner = onPostgres ? await openTestDatabase({ alone: true }) : null;

describe.runIf(onPostgres)("the job queue as the application role (PostgreSQL)", () => {
  it("after the owner prepared the queue, a worker connected as the application role finishes a job", async () => {
    const { db } = owner!;
    await ensureAppLogin(db, LOGIN);
    await prepareJobQueue(owner!);

    const [{ name }] = await queryRows<{ name: string }>(db, sql`select current_database() as name`);
    const url = new URL(process.env.TEST_DATABASE_URL!);
    url.pathname = `/${name}`;
    url.username = LOGIN;
    url.password = LOGIN;
    const app = await openPostgres(url.toString(), { max: 2 });
    const worker = await startJobWorker(app).catch(async (error) => {
      await app.close();
      throw error;
    });
    try {
      const id = await worker.runNow("deliver");
      expect(id).not.toBeNull();
      await expect.poll(() => worker.stateOf("deliver", id!), { timeout: 15_000, interval: 200 }).toBe("completed");
    } finally {
      await worker.stop();
      await app.close();
    }
  }, 60_000);
});
