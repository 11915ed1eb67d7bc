// Bulk actions against a real database: each item is the single action in its own transaction,
// so one refused item (already accepted, another buyer's) is reported on its own line and the
// others commit, each with its own audit event; manual reminders at most once per report per day;
// the wrong role is refused once for the whole request.
import { and, eq, inArray } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { actionItems, auditEvents, manualReminders, reports, roadmapItems, users, type Contract } from "@/db/schema";
import { BULK_LIMIT } from "@/lib/http/bulk";
import { acceptReports, remindSuppliers } from "@/lib/reports/bulk-actions";
import { closeActionItems } from "@/lib/reviews/bulk-actions";
import { completeRoadmapItem, completeRoadmapItems } from "@/lib/roadmap/complete-actions";
import { withTenant } from "@/lib/tenancy";
import { openTestDatabase } from "../fixtures/db";
import { createBuyer, createStrangers, expectOk, insertContract, outboxFor } from "../fixtures/factories";
import { kpiLibraryMatrixBuilders } from "../fixtures/kpi-library";
import { reviewMatrixBuilders } from "../fixtures/reviews";

const { db } = await openTestDatabase();

async function insertReport(contract: Pick<Contract, "tenantId" | "id">, quarter: string, status: "submitted" | "accepted") {
  const [row] = await db
    .insert(reports)
    .values({ tenantId: contract.tenantId, contractId: contract.id, quarter, status, dueDate: "2026-04-30", submittedAt: new Date() })
    .returning();
  return row;
}

const itemOf = (report: { id: string; version: number }) => `${report.id}:${report.version}`;
const emailOf = async (userId: string) => (await db.select({ email: users.email }).from(users).where(eq(users.id, userId)))[0].email;

async function world() {
  const cast = await createStrangers(db);
  const contract = await insertContract(db, {
    tenantId: cast.buyer.org.id,
    managerId: cast.buyer.as.contract_manager.userId,
    supplierOrgId: cast.supplier.org.id,
  });
  const otherContract = await insertContract(db, { tenantId: cast.otherBuyer.org.id, managerId: cast.otherBuyer.as.admin.userId });
  return { ...cast, contract, otherContract };
}

describe("accepting several reports at once", () => {
  it("accepts the submitted ones and reports the already accepted and the other buyer's report per item", async () => {
    const { buyer, contract, otherContract } = await world();
    const [q1, q2, done] = [
      await insertReport(contract, "2026-Q1", "submitted"),
      await insertReport(contract, "2026-Q2", "submitted"),
      await insertReport(contract, "2026-Q3", "accepted"),
    ];
    const foreign = await insertReport(otherContract, "2026-Q1", "submitted");

    const result = expectOk(await acceptReports.run(buyer.as.contract_manager, { items: [q1, done, foreign, q2].map(itemOf) }));

    expect(result.succeeded).toBe(2);
    expect(result.failed).toBe(2);
    expect(result.items.map((i) => [i.item, i.ok])).toEqual([
      [itemOf(q1), true],
      [itemOf(done), false],
      [itemOf(foreign), false],
      [itemOf(q2), true],
    ]);
    const reasons = Object.fromEntries(result.items.map((i) => [i.item, i.ok ? null : i.reason]));
    expect(reasons[itemOf(done)]).toMatch(/Alleen een ingediende rapportage/);
    expect(reasons[itemOf(foreign)]).toMatch(/bestaat niet/);

    const after = await db
      .select()
      .from(reports)
      .where(inArray(reports.id, [q1.id, q2.id, foreign.id]));
    expect(Object.fromEntries(after.map((r) => [r.id, r.status]))).toEqual({
      [q1.id]: "accepted",
      [q2.id]: "accepted",
      [foreign.id]: "submitted",
    });
    const events = await db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.action, "accept"), inArray(auditEvents.entityId, [q1.id, q2.id, done.id, foreign.id])));
    expect(events.map((e) => e.entityId).sort()).toEqual([q1.id, q2.id].sort());
    expect(events.every((e) => e.actorUserId === buyer.as.contract_manager.userId)).toBe(true);
  });

  it("refuses a stale version of one report without undoing the other", async () => {
    const { buyer, contract } = await world();
    const [fresh, stale] = [await insertReport(contract, "2026-Q1", "submitted"), await insertReport(contract, "2026-Q2", "submitted")];
    const result = expectOk(await acceptReports.run(buyer.as.admin, { items: [itemOf(fresh), `${stale.id}:${stale.version + 3}`] }));
    expect(result.items.map((i) => i.ok)).toEqual([true, false]);
    expect(result.items[1]).toMatchObject({ ok: false, code: "ConflictError" });
  });

  it("refuses the wrong role once, for the whole request, and changes nothing", async () => {
    const { buyer, supplier, contract } = await world();
    const report = await insertReport(contract, "2026-Q1", "submitted");
    for (const caller of [buyer.as.viewer, buyer.as.coordinator, supplier.as.reporter]) {
      const result = await acceptReports.run(caller, { items: [itemOf(report)] });
      expect(result).toMatchObject({ ok: false, code: "ForbiddenError" });
    }
    const [row] = await db.select().from(reports).where(eq(reports.id, report.id));
    expect(row.status).toBe("submitted");
  });

  it("caps the number of items per request", async () => {
    const { buyer } = await world();
    const items = Array.from({ length: BULK_LIMIT + 1 }, (_, n) => `00000000-0000-4000-8000-${String(n).padStart(12, "0")}:1`);
    const result = await acceptReports.run(buyer.as.admin, { items });
    expect(result).toMatchObject({ ok: false, code: "ValidationError" });
    if (!result.ok) expect(result.fieldErrors?.items).toMatch(`hoogstens ${BULK_LIMIT}`);
  });
});

describe("reminding late suppliers", () => {
  it("mails the supplier's reporters once per report per day, and says so for a second try", async () => {
    const { buyer, supplier, contract } = await world();
    const reporterEmail = await emailOf(supplier.as.reporter.userId);
    const before = (await outboxFor(db, reporterEmail)).length;

    const first = expectOk(await remindSuppliers.run(buyer.as.contract_manager, { items: [`${contract.id}:2026-Q1`] }));
    expect(first.items).toEqual([{ item: `${contract.id}:2026-Q1`, ok: true }]);
    const mails = await outboxFor(db, reporterEmail);
    expect(mails.length).toBe(before + 1);
    expect(mails[0].text).toContain(contract.title);

    const again = expectOk(await remindSuppliers.run(buyer.as.admin, { items: [`${contract.id}:2026-Q1`, `${contract.id}:2026-Q2`] }));
    expect(again.items[0]).toMatchObject({ ok: false, reason: expect.stringMatching(/Vandaag is al een herinnering/) });
    expect(again.items[1]).toMatchObject({ ok: true });
    expect((await outboxFor(db, reporterEmail)).length).toBe(before + 2);

    const events = await db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.entityId, contract.id), eq(auditEvents.action, "remind")));
    expect(events).toHaveLength(2);
  });

  it("refuses a submitted, a not yet late and another buyer's report per item", async () => {
    const { buyer, contract, otherContract } = await world();
    await insertReport(contract, "2026-Q1", "submitted");
    const result = expectOk(
      await remindSuppliers.run(buyer.as.contract_manager, {
        items: [`${contract.id}:2026-Q1`, `${contract.id}:2027-Q2`, `${otherContract.id}:2026-Q1`],
      }),
    );
    expect(result.items.map((i) => (i.ok ? "ok" : i.reason))).toEqual([
      "Deze rapportage is al ingediend.",
      "Deze rapportage is nog niet te laat.",
      "Dit contract bestaat niet.",
    ]);
  });

  it("keeps the reminder log to the buyer who sent it", async () => {
    const { buyer, otherBuyer, supplier, contract } = await world();
    expectOk(await remindSuppliers.run(buyer.as.contract_manager, { items: [`${contract.id}:2026-Q2`] }));
    const seenBy = (scope: { userId: string; orgId: string; orgKind: "buyer" | "supplier" }) =>
      withTenant(scope, (tx) => tx.select().from(manualReminders).where(eq(manualReminders.contractId, contract.id)), db);
    expect(await seenBy({ userId: buyer.as.admin.userId, orgId: buyer.org.id, orgKind: "buyer" })).toHaveLength(1);
    expect(await seenBy({ userId: otherBuyer.as.admin.userId, orgId: otherBuyer.org.id, orgKind: "buyer" })).toHaveLength(0);
    expect(await seenBy({ userId: supplier.as.admin.userId, orgId: supplier.org.id, orgKind: "supplier" })).toHaveLength(0);
  });

  it("refuses the supplier and the viewer", async () => {
    const { buyer, supplier, contract } = await world();
    for (const caller of [buyer.as.viewer, supplier.as.admin]) {
      expect(await remindSuppliers.run(caller, { items: [`${contract.id}:2026-Q1`] })).toMatchObject({ ok: false, code: "ForbiddenError" });
    }
  });
});

describe("finishing several action items and roadmap actions at once", () => {
  async function home() {
    const buyer = await createBuyer(db);
    const h = { kind: "buyer" as const, ...buyer };
    const homeContract = () => insertContract(db, { tenantId: buyer.org.id, managerId: buyer.as.contract_manager.userId });
    const helpers = { db, buyerOf: () => h, homeContract };
    return { h, reviews: reviewMatrixBuilders(helpers), roadmap: kpiLibraryMatrixBuilders(helpers) };
  }

  it("closes the open action items and reports the one closed already", async () => {
    const { h, reviews } = await home();
    const make = async () => {
      const { actionItemId, version } = (await reviews["reviews.close_action"].input(h)) as { actionItemId: string; version: string };
      return `${actionItemId}:${version}`;
    };
    const [a, b] = [await make(), await make()];
    expectOk(await closeActionItems.run(h.as.contract_manager, { items: [a] }));
    const result = expectOk(await closeActionItems.run(h.as.admin, { items: [a, b] }));
    expect(result.items.map((i) => (i.ok ? "ok" : i.code))).toEqual(["ConflictError", "ok"]);
    const closed = await db
      .select()
      .from(actionItems)
      .where(
        inArray(
          actionItems.id,
          [a, b].map((i) => i.split(":")[0]),
        ),
      );
    expect(closed.map((c) => c.status)).toEqual(["done", "done"]);
  });

  it("finishes the open roadmap actions and reports the one finished already", async () => {
    const { h, roadmap } = await home();
    const make = async () => {
      const { contractId, id, version } = (await roadmap["roadmap.delete"].input(h)) as { contractId: string; id: string; version: string };
      return { contractId, id, version };
    };
    const [a, b] = [await make(), await make()];
    expectOk(await completeRoadmapItem.run(h.as.admin, a));
    const result = expectOk(
      await completeRoadmapItems.run(h.as.contract_manager, {
        items: [`${a.contractId}:${a.id}:${Number(a.version) + 1}`, `${b.contractId}:${b.id}:${b.version}`],
      }),
    );
    expect(result.items.map((i) => (i.ok ? "ok" : i.reason))).toEqual(["Deze actie is al gereed.", "ok"]);
    const [row] = await db.select().from(roadmapItems).where(eq(roadmapItems.id, b.id));
    expect(row.status).toBe("done");
    const events = await db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.action, "complete"), inArray(auditEvents.entityId, [a.id, b.id])));
    expect(events).toHaveLength(2);
  });
});
