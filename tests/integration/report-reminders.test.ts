// The reminder job against a real database: reminders from 7 days before the due date and an
// overdue notice after it, each once per user, only to supplier admins and reporters who want
// them, never for submitted or accepted reports, and right across a year end. Plus the
// scheduler's route, which refuses a call without the secret, and the e-mails of the decisions.
import { and, eq } from "drizzle-orm";
import { afterAll, describe, expect, it } from "vitest";
import { reminderLog, reports, users } from "@/db/schema";
import { setReminders } from "@/lib/account/actions";
import { reminderKindFor, runReminderJob } from "@/lib/jobs/reminders";
import { reminderJobRoute } from "@/lib/jobs/route";
import { decideReport, submitReport } from "@/lib/reports/actions";
import { openTestDatabase } from "../fixtures/db";
import { addMember, createBuyer, createSupplier, expectOk, insertContract, outboxFor } from "../fixtures/factories";
import { insertActiveKpi, reportForm } from "../fixtures/reports";

const { db } = await openTestDatabase({ alone: true });

/** A buyer, a supplier with every role and a contract 2026-01-01 .. 2027-12-31 due 30 days after each quarter. */
async function world() {
  const [buyer, supplier] = [await createBuyer(db), await createSupplier(db)];
  const contract = await insertContract(db, {
    tenantId: buyer.org.id,
    managerId: buyer.as.contract_manager.userId,
    supplierOrgId: supplier.org.id,
  });
  return { buyer, supplier, contract };
}

const emailOf = async (userId: string) => (await db.select({ email: users.email }).from(users).where(eq(users.id, userId)))[0].email;
async function subjects(userId: string, contains = "") {
  return (await outboxFor(db, await emailOf(userId))).map((m) => m.subject).filter((s) => s.includes(contains));
}

async function insertReport(contract: { tenantId: string; id: string }, quarter: string, status: "submitted" | "accepted" | "draft") {
  await db.insert(reports).values({ tenantId: contract.tenantId, contractId: contract.id, quarter, status, dueDate: "2026-04-30" });
}

describe("reminder rules", () => {
  it("reminds from 7 days before the due date, reports overdue after it, never for locked reports", () => {
    expect(reminderKindFor("2026-04-30", "2026-04-22", null)).toBeNull();
    expect(reminderKindFor("2026-04-30", "2026-04-23", null)).toBe("reminder");
    expect(reminderKindFor("2026-04-30", "2026-04-30", "draft")).toBe("reminder");
    expect(reminderKindFor("2026-04-30", "2026-05-01", "clarification_requested")).toBe("overdue");
    expect(reminderKindFor("2026-04-30", "2026-05-01", "submitted")).toBeNull();
    expect(reminderKindFor("2026-04-30", "2026-04-25", "accepted")).toBeNull();
  });
});

// The job visits every buyer in the database. On PostgreSQL the whole suite shares one database,
// so by the time this file runs it holds the buyers of every other test file: give it room.
describe("reminder job", { timeout: 60_000 }, () => {
  it("sends a reminder once to the admins and reporters who want it; a second run sends nothing", async () => {
    const { supplier, buyer, contract } = await world();
    const optedOut = await addMember(db, supplier.org, "reporter");
    await db.update(users).set({ wantsReminders: false }).where(eq(users.id, optedOut.id));

    const first = await runReminderJob(db, { today: "2026-04-23" });
    expect(first.reminders).toBeGreaterThanOrEqual(2);
    for (const userId of [supplier.as.admin.userId, supplier.as.reporter.userId]) {
      const got = await subjects(userId, contract.title);
      expect(got).toEqual([`Herinnering: rapportage 1e kwartaal 2026 voor ${contract.title} uiterlijk 30 april 2026`]);
      const [mail] = await outboxFor(db, await emailOf(userId));
      expect(mail.text).toContain(`http://groeipad.test/${supplier.org.slug}/contracten/${contract.id}/rapportages/2026-Q1`);
    }
    expect(await subjects(optedOut.id)).toEqual([]);
    expect(await subjects(supplier.as.viewer.userId)).toEqual([]);
    expect(await subjects(buyer.as.contract_manager.userId)).toEqual([]);

    const second = await runReminderJob(db, { today: "2026-04-23" });
    expect(second).toMatchObject({ reminders: 0, overdue: 0, failed: 0 });
    // A later day before the due date does not repeat the reminder either.
    expect(await runReminderJob(db, { today: "2026-04-28" })).toMatchObject({ reminders: 0, overdue: 0 });
    expect(await subjects(supplier.as.reporter.userId, contract.title)).toHaveLength(1);
    const logged = await db
      .select()
      .from(reminderLog)
      .where(and(eq(reminderLog.tenantId, contract.tenantId), eq(reminderLog.contractId, contract.id)));
    expect(logged.map((l) => `${l.quarter} ${l.kind}`)).toEqual(["2026-Q1 reminder", "2026-Q1 reminder"]);
  });

  it("catches up a missed run and sends the overdue notice once, after the due date", async () => {
    const { supplier, contract } = await world();
    expect((await runReminderJob(db, { today: "2026-04-22" })).failed).toBe(0);
    expect(await subjects(supplier.as.reporter.userId, contract.title)).toEqual([]);
    // The job did not run on the 23rd: the 27th still sends the reminder.
    await runReminderJob(db, { today: "2026-04-27" });
    expect(await subjects(supplier.as.reporter.userId, "Herinnering")).toHaveLength(1);
    await runReminderJob(db, { today: "2026-05-01" });
    await runReminderJob(db, { today: "2026-05-09" });
    expect(await subjects(supplier.as.reporter.userId, "Te laat")).toEqual([`Te laat: rapportage 1e kwartaal 2026 voor ${contract.title}`]);
  });

  it("sends nothing for a submitted or accepted report, nor for a turned-off user", async () => {
    const a = await world();
    const b = await world();
    await insertReport(a.contract, "2026-Q1", "submitted");
    await insertReport(b.contract, "2026-Q1", "accepted");
    expectOk(await setReminders.run(a.supplier.as.admin, {}));
    await runReminderJob(db, { today: "2026-04-25" });
    await runReminderJob(db, { today: "2026-05-02" });
    for (const w of [a, b]) {
      expect(await subjects(w.supplier.as.reporter.userId, w.contract.title)).toEqual([]);
      expect(await subjects(w.supplier.as.admin.userId, w.contract.title)).toEqual([]);
    }
  });

  it("reminds and reports overdue for the fourth quarter in the new year (due 30 January)", async () => {
    const { supplier, contract } = await world();
    for (const q of ["2026-Q1", "2026-Q2", "2026-Q3"]) await insertReport(contract, q, "accepted");
    await runReminderJob(db, { today: "2027-01-22" });
    expect(await subjects(supplier.as.reporter.userId, contract.title)).toEqual([]);
    await runReminderJob(db, { today: "2027-01-23" });
    expect(await subjects(supplier.as.reporter.userId, contract.title)).toEqual([
      `Herinnering: rapportage 4e kwartaal 2026 voor ${contract.title} uiterlijk 30 januari 2027`,
    ]);
    await runReminderJob(db, { today: "2027-01-30" });
    expect(await subjects(supplier.as.reporter.userId, "Te laat")).toEqual([]);
    await runReminderJob(db, { today: "2027-01-31" });
    expect(await subjects(supplier.as.reporter.userId, "Te laat")).toEqual([`Te laat: rapportage 4e kwartaal 2026 voor ${contract.title}`]);
  });
});

describe("reminder route", () => {
  const previous = process.env.JOBS_SECRET;
  afterAll(() => {
    if (previous === undefined) delete process.env.JOBS_SECRET;
    else process.env.JOBS_SECRET = previous;
  });
  const call = (headers: Record<string, string> = {}) =>
    reminderJobRoute(new Request("http://groeipad.test/api/v1/jobs/reminders", { method: "POST", headers }), { db, today: "2026-03-01" });

  it("refuses without the secret, with a wrong one, and when no secret is configured", async () => {
    delete process.env.JOBS_SECRET;
    expect((await call({ authorization: "Bearer " })).status).toBe(401);
    process.env.JOBS_SECRET = "geheim-van-de-planner-1234567890";
    expect((await call()).status).toBe(401);
    expect((await call({ authorization: "Bearer iets-anders" })).status).toBe(401);
    expect((await call({ authorization: "geheim-van-de-planner-1234567890" })).status).toBe(401);
  });

  it("runs the job with the secret and returns the counts", async () => {
    process.env.JOBS_SECRET = "geheim-van-de-planner-1234567890";
    const response = await call({ authorization: "Bearer geheim-van-de-planner-1234567890" });
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({
      today: "2026-03-01",
      reminders: expect.any(Number),
      overdue: expect.any(Number),
      failed: 0,
    });
  });
});

describe("e-mails of the report decisions", () => {
  it("mails the contract manager on submit, and the supplier's admins and reporters on send-back and accept", async () => {
    const { buyer, supplier, contract } = await world();
    const kpi = await insertActiveKpi(db, contract, { name: "Aandeel elektrische busjes" });
    const submitted = expectOk(await submitReport.run(supplier.as.reporter, reportForm(contract.id, "2026-Q1", { [kpi.id]: "41,5" })));
    const manager = await subjects(buyer.as.contract_manager.userId);
    expect(manager).toEqual([expect.stringMatching(/^Rapportage 1e kwartaal 2026 ingediend door /)]);
    const [submittedMail] = await outboxFor(db, await emailOf(buyer.as.contract_manager.userId));
    expect(submittedMail.text).toContain(`http://groeipad.test/${buyer.org.slug}/contracten/${contract.id}/rapportages/2026-Q1`);

    const [report] = await db.select().from(reports).where(eq(reports.id, submitted.id));
    const sentBack = expectOk(
      await decideReport.run(buyer.as.contract_manager, {
        reportId: report.id,
        version: String(report.version),
        decision: "send_back",
        [`comment.${kpi.id}`]: "Voeg de kilometerregistratie toe.",
      }),
    );
    expect(sentBack.status).toBe("clarification_requested");
    for (const userId of [supplier.as.admin.userId, supplier.as.reporter.userId]) {
      const [mail] = await outboxFor(db, await emailOf(userId));
      expect(mail.subject).toMatch(/^Rapportage 1e kwartaal 2026 teruggestuurd door /);
      expect(mail.text).toContain("Aandeel elektrische busjes");
      expect(mail.text).toContain("Voeg de kilometerregistratie toe.");
    }
    expect(await subjects(supplier.as.viewer.userId)).toEqual([]);

    const again = expectOk(
      await submitReport.run(
        supplier.as.reporter,
        reportForm(contract.id, "2026-Q1", { [kpi.id]: "42" }, { version: String(sentBack.version) }),
      ),
    );
    const [resubmitted] = await db.select().from(reports).where(eq(reports.id, again.id));
    expectOk(
      await decideReport.run(buyer.as.contract_manager, { reportId: report.id, version: String(resubmitted.version), decision: "accept" }),
    );
    expect(await subjects(supplier.as.reporter.userId, "geaccepteerd")).toEqual([
      expect.stringMatching(/^Rapportage 1e kwartaal 2026 geaccepteerd door /),
    ]);
  });
});
