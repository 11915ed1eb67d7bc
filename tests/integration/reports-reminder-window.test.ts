// The reminder job's first run on a contract that has been running for a long time: an overdue
// notice only for the quarters whose due date passed in the last 14 days, not for every old one.
import { describe, expect, it } from "vitest";
import { eq } from "drizzle-orm";
import { reminderLog, users } from "@/db/schema";
import { runReminderJob } from "@/lib/jobs/reminders";
import { openTestDatabase } from "../fixtures/db";
import { createBuyer, createSupplier, insertContract, outboxFor } from "../fixtures/factories";

const { db } = await openTestDatabase({ alone: true });

describe("reminder job on its first run", () => {
  it("sends no overdue notice for quarters whose due date is long past", async () => {
    const [buyer, supplier] = [await createBuyer(db), await createSupplier(db)];
    // 2026-01-01 .. 2027-12-31, due 30 days after each quarter: Q1 due 2026-04-30, Q2 2026-07-30,
    // Q3 2026-10-30. Today 2026-11-10: only Q3's due date passed recently.
    const contract = await insertContract(db, {
      tenantId: buyer.org.id,
      managerId: buyer.as.contract_manager.userId,
      supplierOrgId: supplier.org.id,
    });
    await runReminderJob(db, { today: "2026-11-10" });
    const logged = await db.select().from(reminderLog).where(eq(reminderLog.contractId, contract.id));
    expect([...new Set(logged.map((l) => `${l.quarter} ${l.kind}`))]).toEqual(["2026-Q3 overdue"]);
    const [reporter] = await db.select({ email: users.email }).from(users).where(eq(users.id, supplier.as.reporter.userId));
    const mails = (await outboxFor(db, reporter.email)).filter((m) => m.subject.includes(contract.title));
    expect(mails).toHaveLength(1);

    // Fifteen days after Q3's due date nothing new is sent.
    await runReminderJob(db, { today: "2026-11-14" });
    expect(await db.select().from(reminderLog).where(eq(reminderLog.contractId, contract.id))).toHaveLength(logged.length);
  });
});
