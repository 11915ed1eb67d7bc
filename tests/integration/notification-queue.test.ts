// The notification jobs on the pg-boss queue in the test database (PGlite through the executeSql
// adapter, or PostgreSQL): a job put on the queue twice sends once, and a worker stopped and
// started again picks up where the other left off.
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { users, type Contract } from "@/db/schema";
import { startJobWorker, type JobWorker } from "@/lib/jobs/worker";
import { proposeKpi } from "@/lib/kpis/actions";
import { openTestDatabase } from "../fixtures/db";
import { createBuyer, createSupplier, expectOk, outboxFor, type Team } from "../fixtures/factories";
import { insertKpiContract, kpiForm } from "../fixtures/kpis";
import { globalIndicatorId } from "../fixtures/targets";

const database = await openTestDatabase({ alone: true });
const { db } = database;

let buyer: Team<"admin" | "coordinator" | "contract_manager" | "viewer">;
let supplier: Team<"admin" | "reporter" | "viewer">;
let planned: Contract;
let indicator: string;
let worker: JobWorker | null = null;

beforeAll(async () => {
  [buyer, supplier] = [await createBuyer(db), await createSupplier(db)];
  planned = await insertKpiContract(db, {
    tenantId: buyer.org.id,
    managerId: buyer.as.contract_manager.userId,
    supplierOrgId: supplier.org.id,
  });
  indicator = await globalIndicatorId(db, "plant_protein");
});

afterAll(async () => {
  await worker?.stop();
});

const managerMails = async (contains: string) => {
  const [{ email }] = await db.select({ email: users.email }).from(users).where(eq(users.id, buyer.as.contract_manager.userId));
  return (await outboxFor(db, email)).filter((m) => m.subject.includes(contains));
};

/** Waits until the worker has finished the jobs (the test's own timeout bounds the wait). */
async function finished(w: JobWorker, ids: (string | null)[]) {
  for (const id of ids) {
    expect(id).not.toBeNull();
    for (;;) {
      const state = await w.stateOf("deliver", id!);
      if (state === "completed") break;
      if (state === "failed") throw new Error(`taak ${id} mislukt`);
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
  }
}

describe("the job queue", { timeout: 120_000 }, () => {
  it("a delivery job queued twice sends the e-mail once", async () => {
    worker = await startJobWorker(database);
    expectOk(await proposeKpi.run(supplier.as.reporter, kpiForm(planned.id, indicator, { name: "Via de wachtrij" })));
    await finished(worker, [await worker.runNow("deliver"), await worker.runNow("deliver")]);
    expect(await managerMails("Via de wachtrij")).toHaveLength(1);
  });

  it("a worker started after another stopped sends what is left, and nothing again", async () => {
    await worker!.stop();
    expectOk(await proposeKpi.run(supplier.as.reporter, kpiForm(planned.id, indicator, { name: "Na de herstart" })));
    worker = await startJobWorker(database);
    await finished(worker, [await worker.runNow("deliver")]);
    expect(await managerMails("Na de herstart")).toHaveLength(1);
    expect(await managerMails("Via de wachtrij")).toHaveLength(1);
  });
});
