// Calling a review meeting off and downloading its invitation, against a real database: who may
// cancel (the review's planner, in its own tenant), what is refused (a final review, no meeting,
// a meeting that took place, a stale version), the audit event, the METHOD:CANCEL e-mails with the
// invitation's UID and a higher SEQUENCE, planning again, and the .ics download for both sides.
import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import type { BuyerRole, SupplierRole } from "@/lib/auth/permissions";
import { reviews } from "@/db/schema";
import { auditLabel } from "@/lib/audit";
import { readAuditLog } from "@/lib/audit-log/queries";
import { splitCalendar } from "@/lib/email/outbox-calendar";
import type { Download } from "@/lib/http/route";
import type { Caller } from "@/lib/http/steps";
import { reviewInvitationRoute } from "@/lib/reviews/output-routes";
import { cancelMeeting, planReview } from "@/lib/reviews/plan-actions";
import { openTestDatabase } from "../fixtures/db";
import {
  actorContext,
  addMember,
  createStrangers,
  expectOk,
  insertContract,
  nextRequest,
  outboxFor,
  type Team,
} from "../fixtures/factories";
import { insertResultKpi, insertReviewRow } from "../fixtures/reviews";

const { db } = await openTestDatabase();

let buyer: Team<BuyerRole>;
let otherBuyer: Team<BuyerRole>;
let supplier: Team<SupplierRole>;
let otherSupplier: Team<SupplierRole>;

beforeAll(async () => {
  ({ buyer, otherBuyer, supplier, otherSupplier } = await createStrangers(db));
});

const GUEST = "adviseur@example.nl";

/** A contract with a KPI and its 2026-Q3 review planned for a day still to come. */
async function planned(meetingDate = "2030-10-17") {
  const contract = await insertContract(db, {
    tenantId: buyer.org.id,
    managerId: buyer.as.contract_manager.userId,
    supplierOrgId: supplier.org.id,
  });
  await insertResultKpi(db, contract);
  const cm = buyer.as.contract_manager;
  const form = {
    contractId: contract.id,
    quarter: "2026-Q3",
    meetingDate,
    meetingTime: "14:00",
    durationMinutes: "90",
    location: "Stadhuis, kamer 2.14",
    userIds: [cm.userId, supplier.as.admin.userId],
    "guests.0.name": "Externe adviseur",
    "guests.0.email": GUEST,
    "guests.0.side": "buyer",
  };
  const review = expectOk(await planReview.run(cm, form));
  return { contract, review, cm, form };
}

/** The newest e-mail of a template to an address, with its calendar part. */
async function latest(to: string, template: string) {
  const mail = (await outboxFor(db, to)).find((m) => m.template === template);
  expect(mail, `${template} aan ${to}`).toBeDefined();
  return { ...mail!, calendar: splitCalendar(mail!.text).calendar };
}

const unfold = (ics: string) => ics.replace(/\r\n /g, "");

describe("calling a meeting off", () => {
  it("is refused to a supplier, a viewer, a contract manager of another contract and another tenant", async () => {
    const s = await planned();
    const ref = { reviewId: s.review.id, version: String(s.review.version) };
    const otherManager = await actorContext(db, (await addMember(db, buyer.org, "contract_manager")).id, buyer.org.slug);
    for (const ctx of [supplier.as.admin, supplier.as.reporter, buyer.as.viewer, buyer.as.coordinator, otherManager]) {
      expect(await cancelMeeting.run(ctx, ref)).toMatchObject({ ok: false, code: "ForbiddenError" });
    }
    // Another tenant's review looks exactly like a missing one.
    for (const ctx of [otherBuyer.as.admin, otherBuyer.as.contract_manager]) {
      expect(await cancelMeeting.run(ctx, ref)).toMatchObject({ ok: false, code: "NotFoundError" });
    }
    expect(await cancelMeeting.run(null, ref)).toMatchObject({ ok: false, code: "UnauthenticatedError" });
    // Nothing changed: the contract manager still cancels the version they saw.
    expect(expectOk(await cancelMeeting.run(s.cm, ref)).version).toBe(2);
  });

  it("clears the meeting, records who called it off and sends every participant a METHOD:CANCEL", async () => {
    const s = await planned();
    const invitation = await latest(supplier.as.admin.email, "review-invitation");
    expect(invitation.calendar?.method).toBe("REQUEST");
    expect(expectOk(await cancelMeeting.run(s.cm, { reviewId: s.review.id, version: "1" })).version).toBe(2);

    const [row] = await db.select().from(reviews).where(eq(reviews.id, s.review.id));
    expect(row).toMatchObject({ meetingAt: null, location: null, version: 2, status: "draft" });

    const { events } = await readAuditLog(db, { tenantId: buyer.org.id, filters: { kind: "review" }, limit: 500 });
    const event = events.find((e) => e.entityId === s.review.id && e.action === "cancel_meeting");
    expect(auditLabel("review", "cancel_meeting")).toBe("Overleg van de kwartaalreview afgezegd");
    expect(event).toMatchObject({
      entity: "review",
      actorName: s.cm.name,
      before: { meetingAt: "2030-10-17T12:00:00.000Z", durationMinutes: 90, location: "Stadhuis, kamer 2.14" },
      after: { meetingAt: null, cancelledBy: s.cm.name },
    });

    for (const to of [buyer.as.contract_manager.email, supplier.as.admin.email, GUEST]) {
      const mail = await latest(to, "review-cancelled");
      expect(mail.subject).toMatch(/^Afgezegd: kwartaalreview 3e kwartaal 2026 – /);
      expect(mail.text).toContain("donderdag 17 oktober 2030, 14:00–15:30");
      expect(mail.calendar).toMatchObject({ method: "CANCEL", filename: "kwartaalreview-2026-K3.ics" });
      const ics = unfold(mail.calendar!.content);
      expect(ics).toContain("\r\nMETHOD:CANCEL\r\n");
      expect(ics).toContain(`\r\nUID:review-${s.review.id}@groeipad\r\n`);
      expect(ics).toContain("\r\nSEQUENCE:2\r\n");
      expect(ics).toContain("\r\nSTATUS:CANCELLED\r\n");
      expect(ics).toContain("\r\nDTSTART:20301017T120000Z\r\n");
      expect(ics).toContain(`:mailto:${GUEST}\r\n`);
    }
    // The cancellation comes from the invitation's organiser, or calendars ignore it.
    const organizer = (ics: string) => unfold(ics).match(/\r\nORGANIZER[^\r]*/)?.[0];
    expect(organizer((await latest(GUEST, "review-cancelled")).calendar!.content)).toBe(organizer(invitation.calendar!.content));
    expect(unfold(invitation.calendar!.content)).toContain("\r\nSEQUENCE:1\r\n");
  });

  it("can be planned again afterwards: a new invitation with a higher SEQUENCE", async () => {
    const s = await planned();
    expectOk(await cancelMeeting.run(s.cm, { reviewId: s.review.id, version: "1" }));
    expect(await cancelMeeting.run(s.cm, { reviewId: s.review.id, version: "2" })).toMatchObject({
      ok: false,
      code: "ValidationError",
      error: "Er is geen overleg gepland dat kan worden afgezegd.",
    });
    const again = expectOk(await planReview.run(s.cm, { ...s.form, meetingDate: "2030-10-24", version: "2" }));
    expect(again.version).toBe(3);
    const mail = await latest(GUEST, "review-invitation");
    // A new date after a cancellation is an invitation, not a change of the one called off.
    expect(mail.subject).toMatch(/^Kwartaalreview 3e kwartaal 2026/);
    expect(unfold(mail.calendar!.content)).toContain("\r\nSEQUENCE:3\r\n");
    expect(unfold(mail.calendar!.content)).toContain("\r\nDTSTART:20301024T120000Z\r\n");
  });

  it("refuses a stale version, a final review and a meeting that took place", async () => {
    const s = await planned();
    expect(await cancelMeeting.run(s.cm, { reviewId: s.review.id, version: "7" })).toMatchObject({ ok: false, code: "ConflictError" });

    const held = await planned("2026-10-15");
    expect(await cancelMeeting.run(held.cm, { reviewId: held.review.id, version: "1" })).toMatchObject({
      ok: false,
      code: "ValidationError",
      error: expect.stringMatching(/^Het overleg van 15 okt 2026, 14:00 heeft al plaatsgevonden/),
    });

    const contract = await insertContract(db, {
      tenantId: buyer.org.id,
      managerId: buyer.as.contract_manager.userId,
      supplierOrgId: supplier.org.id,
    });
    const final = await insertReviewRow(db, contract, "2026-Q2", { status: "final", meetingAt: new Date("2030-01-15T13:00:00Z") });
    expect(await cancelMeeting.run(buyer.as.admin, { reviewId: final.id, version: String(final.version) })).toMatchObject({
      ok: false,
      code: "ValidationError",
      error: "Deze review is definitief; het overleg kan niet meer worden afgezegd.",
    });
  });
});

describe("downloading the invitation", () => {
  const file = (result: { status: number; body: unknown }): Download => {
    expect(result.status).toBe(200);
    return (result.body as { data: Download }).data;
  };

  it("gives both sides the current invitation, with the UID and SEQUENCE of the last e-mail", async () => {
    const s = await planned();
    const params = { id: s.contract.id, quarter: "2026-Q3" };
    for (const ctx of [buyer.as.viewer, buyer.as.coordinator, supplier.as.reporter, supplier.as.viewer] as Caller[]) {
      const download = file(await reviewInvitationRoute.run(await nextRequest(ctx), params));
      expect(download.filename).toBe("kwartaalreview-2026-K3.ics");
      expect(download.contentType).toBe("text/calendar; charset=utf-8; method=REQUEST");
      const ics = unfold(new TextDecoder().decode(download.bytes));
      expect(ics).toContain("\r\nMETHOD:REQUEST\r\n");
      expect(ics).toContain(`\r\nUID:review-${s.review.id}@groeipad\r\n`);
      expect(ics).toContain("\r\nSEQUENCE:1\r\n");
      expect(ics).toContain("\r\nLOCATION:Stadhuis\\, kamer 2.14\r\n");
      expect(ics).toContain(`ORGANIZER;CN="${buyer.as.contract_manager.name}":mailto:${buyer.as.contract_manager.email}`);
    }
  });

  it("is not found for another tenant, another supplier, a quarter without a review or a meeting called off", async () => {
    const s = await planned();
    const params = { id: s.contract.id, quarter: "2026-Q3" };
    expect((await reviewInvitationRoute.run(otherBuyer.as.admin, params)).status).toBe(404);
    expect((await reviewInvitationRoute.run(otherSupplier.as.admin, params)).status).toBe(404);
    expect((await reviewInvitationRoute.run(null, params)).status).toBe(401);
    expect((await reviewInvitationRoute.run(buyer.as.viewer, { ...params, quarter: "2026-Q2" })).status).toBe(404);
    expect((await reviewInvitationRoute.run(buyer.as.viewer, { ...params, quarter: "kwartaal" })).status).toBe(404);
    expectOk(await cancelMeeting.run(s.cm, { reviewId: s.review.id, version: "1" }));
    expect((await reviewInvitationRoute.run(await nextRequest(supplier.as.reporter), params)).status).toBe(404);
  });
});
