// The notification jobs against a real database: e-mailed at once, kept for the daily digest or
// not e-mailed, by each person's choice; a job run twice sends once; a worker stopped halfway
// loses nothing and doubles nothing when it runs again; the daily job adds what falls due once.
import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { actionItems, notifications, users, type Contract } from "@/db/schema";
import { proposeKpi } from "@/lib/kpis/actions";
import { setNotificationPreferences } from "@/lib/notifications/actions";
import { deliverNotifications, sendDigests, WorkerStopped } from "@/lib/notifications/delivery";
import { addDueNotifications } from "@/lib/notifications/due";
import { listNotifications } from "@/lib/notifications/queries";
import { scopeOf, withTenant } from "@/lib/tenancy";
import type { Caller } from "@/lib/http/steps";
import { openTestDatabase } from "../fixtures/db";
import { createBuyer, createSupplier, expectOk, insertContract, outboxFor, type Team } from "../fixtures/factories";
import { insertKpiContract, kpiForm } from "../fixtures/kpis";
import { insertReviewRow } from "../fixtures/reviews";
import { globalIndicatorId } from "../fixtures/targets";

// The jobs go over every recipient in the database: this file gets a database of its own.
const { db } = await openTestDatabase({ alone: true });

let buyer: Team<"admin" | "coordinator" | "contract_manager" | "viewer">;
let supplier: Team<"admin" | "reporter" | "viewer">;
let planned: Contract;
let indicator: string;

const emailOf = async (userId: string) => (await db.select({ email: users.email }).from(users).where(eq(users.id, userId)))[0].email;
const mails = async (who: Caller, contains = "") =>
  (await outboxFor(db, await emailOf(who.userId))).filter((m) => m.subject.includes(contains));
const propose = (name: string) => proposeKpi.run(supplier.as.reporter, kpiForm(planned.id, indicator, { name })).then(expectOk);

beforeAll(async () => {
  [buyer, supplier] = [await createBuyer(db), await createSupplier(db)];
  planned = await insertKpiContract(db, {
    tenantId: buyer.org.id,
    managerId: buyer.as.contract_manager.userId,
    supplierOrgId: supplier.org.id,
  });
  indicator = await globalIndicatorId(db, "plant_protein");
});

describe("delivery", { timeout: 60_000 }, () => {
  it("e-mails a notification at once with a Dutch subject and its link; a second run sends nothing", async () => {
    const { id } = await propose("Seizoensgroente");
    const first = await deliverNotifications(db);
    expect(first.sent).toBeGreaterThanOrEqual(1);
    const [mail] = await mails(buyer.as.contract_manager, "Seizoensgroente");
    expect(mail.subject).toBe(`KPI voorgesteld: Seizoensgroente (${planned.title})`);
    expect(mail.text).toContain(`/${buyer.org.slug}/contracten/${planned.id}/kpis/${id}`);
    const again = await deliverNotifications(db);
    expect(again.sent).toBe(0);
    expect(await mails(buyer.as.contract_manager, "Seizoensgroente")).toHaveLength(1);
  });

  it("two workers at the same moment send each e-mail once", async () => {
    await propose("Gelijktijdig");
    await Promise.all([deliverNotifications(db), deliverNotifications(db)]);
    expect(await mails(buyer.as.contract_manager, "Gelijktijdig")).toHaveLength(1);
  });

  it("a worker stopped halfway loses nothing and sends nothing twice when it runs again", async () => {
    for (const name of ["Herstart een", "Herstart twee", "Herstart drie"]) await propose(name);
    let emails = 0;
    await expect(
      deliverNotifications(db, {
        onEmail: () => {
          if (++emails === 2) throw new WorkerStopped("gestopt");
        },
      }),
    ).rejects.toThrow(WorkerStopped);
    expect(await mails(buyer.as.contract_manager, "Herstart")).toHaveLength(1);
    await deliverNotifications(db);
    const subjects = (await mails(buyer.as.contract_manager, "Herstart")).map((m) => m.subject).sort();
    expect(subjects).toEqual([
      `KPI voorgesteld: Herstart drie (${planned.title})`,
      `KPI voorgesteld: Herstart een (${planned.title})`,
      `KPI voorgesteld: Herstart twee (${planned.title})`,
    ]);
  });
});

describe("preferences and the digest", { timeout: 60_000 }, () => {
  it("digest: nothing at once, then one e-mail with all of them, once; off: no e-mail, still in the app", async () => {
    const cm = buyer.as.contract_manager;
    expectOk(await setNotificationPreferences.run(cm, { kpi_proposed: "digest" }));
    // Another person's choice is their own: the buyer admin's kinds keep their defaults.
    await propose("Overzicht een");
    await propose("Overzicht twee");
    await deliverNotifications(db);
    expect(await mails(cm, "Overzicht")).toHaveLength(0);

    const first = await sendDigests(db);
    expect(first.sent).toBeGreaterThanOrEqual(1);
    const digest = await mails(cm, "nieuwe meldingen");
    expect(digest).toHaveLength(1);
    expect(digest[0].subject).toBe(`2 nieuwe meldingen in Groeipad (${buyer.org.name})`);
    expect(digest[0].text).toContain("KPI voorgesteld: Overzicht een");
    expect(digest[0].text).toContain("KPI voorgesteld: Overzicht twee");
    await sendDigests(db);
    expect(await mails(cm, "nieuwe melding")).toHaveLength(1);

    expectOk(await setNotificationPreferences.run(cm, { kpi_proposed: "off" }));
    await propose("Stil voorstel");
    await deliverNotifications(db);
    await sendDigests(db);
    expect(await mails(cm, "Stil voorstel")).toHaveLength(0);
    const inApp = await withTenant(
      scopeOf(cm),
      (tx) => listNotifications(tx, { userId: cm.userId, orgId: cm.org.id, orgKind: cm.org.kind }),
      db,
    );
    expect(inApp.map((n) => n.title)).toContain("KPI voorgesteld: Stil voorstel");
  });

  it("refuses a delivery that is not one of the three, in Dutch", async () => {
    expect(await setNotificationPreferences.run(buyer.as.viewer, { review_final: "wekelijks" })).toMatchObject({
      ok: false,
      code: "ValidationError",
      fieldErrors: { review_final: "Kies direct, dagelijks overzicht of geen e-mail." },
    });
  });
});

describe("the daily job", { timeout: 60_000 }, () => {
  it("adds a report due within a week and an action item due once per person, however often it runs", async () => {
    const running = await insertContract(db, {
      tenantId: buyer.org.id,
      managerId: buyer.as.contract_manager.userId,
      supplierOrgId: supplier.org.id,
    });
    const review = await insertReviewRow(db, running, "2026-Q1");
    await db.insert(actionItems).values({
      tenantId: buyer.org.id,
      contractId: running.id,
      reviewId: review.id,
      title: "Leveranciersdag organiseren",
      ownerSide: "buyer",
      ownerName: "niemand in het bijzonder",
      dueDate: "2026-04-27",
    });
    // 2026-Q1 is due on 2026-04-30: a week ahead from 2026-04-23.
    await addDueNotifications(db, { today: "2026-04-23" });
    await addDueNotifications(db, { today: "2026-04-24" });
    const rows = await db.select().from(notifications).where(eq(notifications.contractId, running.id));
    const byKind = (kind: string) => rows.filter((r) => r.kind === kind);
    expect(
      byKind("report_due")
        .map((r) => r.userId)
        .sort(),
    ).toEqual([supplier.as.admin.userId, supplier.as.reporter.userId].sort());
    expect(byKind("report_due")[0].title).toBe("Rapportage 1e kwartaal 2026 uiterlijk 30 april 2026");
    expect(byKind("action_item_due").map((r) => r.userId)).toEqual([buyer.as.contract_manager.userId]);

    // A report due is mailed by the reminders already: by default it stays in the app.
    await deliverNotifications(db);
    expect(await mails(supplier.as.reporter, "Rapportage 1e kwartaal 2026 uiterlijk")).toHaveLength(0);
    expect(await mails(buyer.as.contract_manager, "Leveranciersdag organiseren")).toHaveLength(1);
  });
});
