// The quarterly review from planning to the signed record against a real database: invitation
// with calendar file, prepared rows, scores with reasons, contest and settlement, waiver with
// four-eyes, signatures cleared by a change, finalisation, immutability in the database as the
// application role, optimistic concurrency and who may do what.
import { sql } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import type { BuyerRole, SupplierRole } from "@/lib/auth/permissions";
import { queryRows } from "@/db/client";
import { splitCalendar } from "@/lib/email/outbox-calendar";
import { viewerOf } from "@/lib/contracts/queries";
import { addLesson, amendReview } from "@/lib/reviews/amend-actions";
import { FINAL_MESSAGE, refuseFinal } from "@/lib/reviews/access";
import { approveWaiver, waiveMalus } from "@/lib/malus/waiver-actions";
import { planReview } from "@/lib/reviews/plan-actions";
import { getReviewPage, listReviews } from "@/lib/reviews/queries";
import { commentOnScore, scoreKpi, settleScore } from "@/lib/reviews/score-actions";
import { signReview } from "@/lib/reviews/sign-actions";
import { databaseError, openTestDatabase } from "../fixtures/db";
import { createStrangers, expectOk, insertContract, outboxFor, type Team } from "../fixtures/factories";
import { insertActiveKpi } from "../fixtures/reports";
import { insertAcceptedReport, insertResultKpi } from "../fixtures/reviews";
import { withTenant } from "@/lib/tenancy";

const { db } = await openTestDatabase();

let buyer: Team<BuyerRole>;
let otherBuyer: Team<BuyerRole>;
let supplierA: Team<SupplierRole>;
let supplierB: Team<SupplierRole>;

beforeAll(async () => {
  ({ buyer, otherBuyer, supplier: supplierA, otherSupplier: supplierB } = await createStrangers(db));
});

/** A contract with two KPIs and its 2026-Q3 review planned; by default the meeting was held. */
async function setup(meetingDate = "2026-10-15") {
  const contract = await insertContract(db, {
    tenantId: buyer.org.id,
    managerId: buyer.as.contract_manager.userId,
    supplierOrgId: supplierA.org.id,
  });
  const malus = await insertResultKpi(db, contract, { type: "fixed", amountCents: 250_000 }, { name: "Plantaardige eiwitten" });
  const effort = await insertResultKpi(db, contract, null, { name: "Afvalscheiding", obligation: "inspanning" });
  await insertAcceptedReport(db, contract, "2026-Q3", { [malus.id]: "35", [effort.id]: "41" });
  const cm = buyer.as.contract_manager;
  const planned = expectOk(
    await planReview.run(cm, {
      contractId: contract.id,
      quarter: "2026-Q3",
      meetingDate,
      meetingTime: "14:00",
      durationMinutes: "90",
      location: "Stadhuis, kamer 2.14",
      userIds: [cm.userId, supplierA.as.admin.userId],
      "guests.0.name": "Externe adviseur",
      "guests.0.email": "adviseur@example.nl",
      "guests.0.side": "buyer",
    }),
  );
  return { contract, malus, effort, planned, cm };
}

const page = (ctx: typeof buyer.as.admin, contractId: string, quarter = "2026-Q3") =>
  withTenant(ctx, (tx) => getReviewPage(tx, { viewer: viewerOf(ctx), contractId, quarter }), ctx.db);
const version = async (reviewId: string) =>
  Number((await queryRows<{ version: number }>(db, sql`select version from reviews where id = ${reviewId}`))[0].version);

describe("planning and preparing", () => {
  it("creates the review with a copy of every KPI's prepared row and invites both sides with an .ics", async () => {
    const s = await setup("2030-10-17");
    const p = await page(supplierA.as.reporter, s.contract.id);
    expect(p.review?.meetingAt?.toISOString()).toBe("2030-10-17T12:00:00.000Z");
    expect(p.participants.map((x) => x.side).sort()).toEqual(["buyer", "buyer", "supplier"]);
    const row = p.kpis.find((k) => k.kpi.id === s.malus.id)!;
    expect(row.score).toMatchObject({
      reportedValue: "35",
      target: "40",
      computedStatus: "off_track",
      malusRawCents: 250_000,
      agreedScore: null,
    });
    expect(row.prepared?.trend.map((t) => t.key)).toEqual(["2026-Q1", "2026-Q2"]);
    expect(p.malus).toMatchObject({ rawCents: 250_000, appliedCents: 250_000 });
    expect(p.canSign).toBe(false);
    expect(p.signBlockers).toEqual([
      expect.stringMatching(/^Het overleg staat gepland op 17 okt 2030, 14:00/),
      expect.stringMatching(/Nog niet voor elke KPI is een score afgesproken/),
    ]);
    const [mail] = await outboxFor(db, supplierA.as.admin.email);
    expect(mail.subject).toMatch(/^Kwartaalreview 3e kwartaal 2026/);
    expect(mail.text).toContain("donderdag 17 oktober 2030, 14:00–15:30");
    const { calendar } = splitCalendar(mail.text);
    expect(calendar).toMatchObject({ method: "REQUEST", filename: "kwartaalreview-2026-K3.ics" });
    expect(calendar?.content).toContain("\r\nMETHOD:REQUEST\r\n");
    expect(calendar?.content).toContain(`\r\nUID:review-${s.planned.id}@groeipad\r\n`);
    expect((await outboxFor(db, "adviseur@example.nl")).length).toBeGreaterThan(0);
    const list = await withTenant(
      buyer.as.viewer,
      (tx) => listReviews(tx, { viewer: viewerOf(buyer.as.viewer), contractId: s.contract.id, today: "2026-11-22" }),
      buyer.as.viewer.db,
    );
    expect(list.quarters.map((q) => q.status)).toEqual(["not_planned", "not_planned", "draft", "not_planned"]);
  });

  it("refuses a future quarter, a stale re-plan and participants from outside the contract", async () => {
    const s = await setup();
    const form = { contractId: s.contract.id, meetingDate: "2026-10-20", meetingTime: "10:00" };
    expect(await planReview.run(s.cm, { ...form, quarter: "2027-Q1" })).toMatchObject({
      ok: false,
      fieldErrors: { quarter: expect.stringMatching(/begonnen of voorbij/) },
    });
    expect(await planReview.run(s.cm, { ...form, quarter: "2026-Q3", version: "99" })).toMatchObject({ ok: false, code: "ConflictError" });
    expect(await planReview.run(s.cm, { ...form, quarter: "2026-Q3", version: "1", userIds: [supplierB.as.admin.userId] })).toMatchObject({
      ok: false,
      fieldErrors: { userIds: expect.stringMatching(/opdrachtgever en de leverancier/) },
    });
    const replanned = expectOk(
      await planReview.run(s.cm, { ...form, quarter: "2026-Q3", version: "1", userIds: [supplierA.as.admin.userId] }),
    );
    expect(replanned.version).toBe(2);
  });
});

describe("qualitative KPIs", () => {
  it("carries what each score means to the review page", async () => {
    const contract = await insertContract(db, {
      tenantId: buyer.org.id,
      managerId: buyer.as.contract_manager.userId,
      supplierOrgId: supplierA.org.id,
    });
    const meanings = { "1": "Niet gestart", "2": "Plan van aanpak", "3": "In uitvoering", "4": "Aantoonbaar gerealiseerd" };
    const kpi = await insertActiveKpi(db, contract, {
      name: "Samenwerking in de keten",
      kind: "qualitative",
      indicatorId: null,
      obligation: "inspanning",
      scoreMeanings: meanings,
    });
    await insertAcceptedReport(db, contract, "2026-Q3", {});
    const p = await page(buyer.as.contract_manager, contract.id);
    expect(p.kpis.find((k) => k.kpi.id === kpi.id)?.kpi.scoreMeanings).toEqual(meanings);
  });
});

describe("scores, contest and concurrency", () => {
  it("needs a reason for a score that differs; the second of two edits on one version is a conflict", async () => {
    const s = await setup();
    const base = { reviewId: s.planned.id, kpiId: s.malus.id };
    expect(await scoreKpi.run(s.cm, { ...base, version: "1", score: "at_risk" })).toMatchObject({
      ok: false,
      fieldErrors: { reason: expect.stringMatching(/wijkt af/) },
    });
    expect(expectOk(await scoreKpi.run(s.cm, { ...base, version: "1", score: "off_track" })).version).toBe(2);
    const second = await scoreKpi.run(buyer.as.admin, {
      ...base,
      version: "1",
      score: "at_risk",
      reason: "Leverancier haalt het volgend kwartaal in.",
    });
    expect(second).toMatchObject({
      ok: false,
      code: "ConflictError",
      error: expect.stringMatching(/Je invoer staat nog in het formulier/),
    });
  });

  it("lets the supplier contest, not score or waive; the buyer settles", async () => {
    const s = await setup();
    const reporter = supplierA.as.reporter;
    expect(await scoreKpi.run(reporter, { reviewId: s.planned.id, version: "1", kpiId: s.malus.id, score: "on_track" })).toMatchObject({
      ok: false,
      code: "ForbiddenError",
    });
    expect(
      await waiveMalus.run(reporter, { reviewId: s.planned.id, version: "1", kpiId: s.malus.id, kind: "full", reason: "x" }),
    ).toMatchObject({ ok: false, code: "ForbiddenError" });
    expect(await commentOnScore.run(s.cm, { reviewId: s.planned.id, kpiId: s.malus.id, body: "Ik betwist", contest: "on" })).toMatchObject({
      ok: false,
      code: "ForbiddenError",
    });
    const contested = expectOk(
      await commentOnScore.run(reporter, {
        reviewId: s.planned.id,
        kpiId: s.malus.id,
        body: "De levering liep vertraging op door de staking.",
        contest: "on",
      }),
    );
    const p = await page(s.cm, s.contract.id);
    expect(p.kpis.find((k) => k.kpi.id === s.malus.id)?.score?.contested).toBe(true);
    expect(p.kpis.find((k) => k.kpi.id === s.malus.id)?.comments[0].authorSide).toBe("supplier");
    const settled = expectOk(
      await settleScore.run(s.cm, {
        reviewId: s.planned.id,
        version: String(contested.version),
        kpiId: s.malus.id,
        score: "at_risk",
        reason: "Staking erkend als deels overmacht.",
      }),
    );
    const after = await page(s.cm, s.contract.id);
    expect(after.kpis.find((k) => k.kpi.id === s.malus.id)?.score).toMatchObject({ contested: false, agreedScore: "at_risk" });
    expect(settled.version).toBe(contested.version + 1);
  });
});

describe("signing after the meeting", () => {
  it("refuses to sign before the meeting; a date corrected to when it took place allows it and invites nobody", async () => {
    const s = await setup("2030-10-17");
    const id = s.planned.id;
    let v = 1;
    for (const kpi of [s.malus, s.effort]) {
      v = expectOk(
        await scoreKpi.run(s.cm, { reviewId: id, version: String(v), kpiId: kpi.id, score: "on_track", reason: "Samen zo afgesproken." }),
      ).version;
    }
    const early = await signReview.run(supplierA.as.reporter, { reviewId: id, version: String(v) });
    expect(early).toMatchObject({
      ok: false,
      error: expect.stringMatching(/staat gepland op 17 okt 2030, 14:00; ondertekenen kan pas daarna/),
    });
    expect((await page(s.cm, s.contract.id)).signBlockers).toEqual([expect.stringMatching(/corrigeer dan de datum/)]);

    const before = (await outboxFor(db, supplierA.as.admin.email)).length;
    const held = {
      contractId: s.contract.id,
      quarter: "2026-Q3",
      meetingDate: "2026-10-15",
      meetingTime: "14:00",
      userIds: [s.cm.userId, supplierA.as.admin.userId],
    };
    v = expectOk(await planReview.run(s.cm, { ...held, version: String(v) })).version;
    expect((await outboxFor(db, supplierA.as.admin.email)).length).toBe(before);
    v = expectOk(await signReview.run(supplierA.as.reporter, { reviewId: id, version: String(v) })).version;
    expect(expectOk(await signReview.run(s.cm, { reviewId: id, version: String(v) })).status).toBe("final");
  });
});

describe("waiver, signatures, final record", () => {
  it("runs to a final review that nothing can change, in the actions or the database", async () => {
    const s = await setup();
    const id = s.planned.id;
    let v = 1;
    v = expectOk(await scoreKpi.run(s.cm, { reviewId: id, version: String(v), kpiId: s.malus.id, score: "off_track" })).version;
    v = expectOk(await scoreKpi.run(s.cm, { reviewId: id, version: String(v), kpiId: s.effort.id, score: "on_track" })).version;
    const waived = expectOk(
      await waiveMalus.run(s.cm, {
        reviewId: id,
        version: String(v),
        kpiId: s.malus.id,
        kind: "reduction",
        amount: "2.000,00",
        reason: "Staking bij de groothandel.",
      }),
    );
    expect(waived.needsApproval).toBe(true);
    v = waived.version;
    expect(await signReview.run(s.cm, { reviewId: id, version: String(v) })).toMatchObject({
      ok: false,
      error: expect.stringMatching(/wacht op goedkeuring/),
    });
    expect(await approveWaiver.run(s.cm, { reviewId: id, version: String(v), kpiId: s.malus.id })).toMatchObject({
      ok: false,
      code: "ForbiddenError",
    });
    v = expectOk(await approveWaiver.run(buyer.as.coordinator, { reviewId: id, version: String(v), kpiId: s.malus.id })).version;

    // The supplier signs; a lesson added afterwards clears that signature.
    v = expectOk(await signReview.run(supplierA.as.reporter, { reviewId: id, version: String(v) })).version;
    expect(await signReview.run(supplierA.as.admin, { reviewId: id, version: String(v) })).toMatchObject({
      ok: false,
      error: expect.stringMatching(/al ondertekend namens de leverancier/),
    });
    v = expectOk(await addLesson.run(s.cm, { reviewId: id, body: "Vraag het bewijs eerder op." })).version;
    expect((await page(s.cm, s.contract.id)).signatures.supplier).toBeNull();
    expect(await signReview.run(buyer.as.viewer, { reviewId: id, version: String(v) })).toMatchObject({
      ok: false,
      code: "ForbiddenError",
    });
    v = expectOk(await signReview.run(supplierA.as.admin, { reviewId: id, version: String(v) })).version;
    const final = expectOk(await signReview.run(s.cm, { reviewId: id, version: String(v) }));
    expect(final.status).toBe("final");

    const p = await page(supplierA.as.viewer, s.contract.id);
    expect(p.review).toMatchObject({ status: "final", malusAppliedCents: 50_000 });
    expect(p.kpis.find((k) => k.kpi.id === s.malus.id)?.score?.malusAppliedCents).toBe(50_000);
    expect(p.signatures.buyer?.name).toMatch(/contract-manager/);

    // The actions refuse with the Dutch message.
    for (const result of [
      await scoreKpi.run(s.cm, { reviewId: id, version: String(final.version), kpiId: s.malus.id, score: "on_track" }),
      await commentOnScore.run(supplierA.as.reporter, { reviewId: id, kpiId: s.malus.id, body: "Nog iets" }),
      await addLesson.run(s.cm, { reviewId: id, body: "Te laat" }),
      await planReview.run(s.cm, {
        contractId: s.contract.id,
        quarter: "2026-Q3",
        version: String(final.version),
        meetingDate: "2026-10-20",
        meetingTime: "10:00",
      }),
    ]) {
      expect(result).toMatchObject({ ok: false, code: "ValidationError", error: FINAL_MESSAGE });
    }
    // The database refuses as the application role, whatever the application does.
    const asApp = (statement: ReturnType<typeof sql>) => databaseError(withTenant(s.cm, (tx) => tx.execute(statement), s.cm.db));
    expect(await asApp(sql`update reviews set summary = 'anders' where id = ${id}`)).toMatch(/final/);
    expect(await asApp(sql`update review_scores set agreed_score = 'on_track' where review_id = ${id}`)).toMatch(/final/);
    expect(await asApp(sql`delete from review_scores where review_id = ${id}`)).toMatch(/final/);
    expect(await asApp(sql`delete from reviews where id = ${id}`)).toMatch(/final/);
    // Should a write slip past the application's check, GP001 still becomes the Dutch message.
    await expect(
      withTenant(s.cm, (tx) => refuseFinal(() => tx.execute(sql`update reviews set summary = 'x' where id = ${id}`)), s.cm.db),
    ).rejects.toThrow(FINAL_MESSAGE);
    expect(
      await asApp(
        sql`insert into lessons_learned (tenant_id, review_id, contract_id, body, author_name) values (${buyer.org.id}, ${id}, ${s.contract.id}, 'x', 'y')`,
      ),
    ).toMatch(/final/);

    // A correction is an amendment, itself append-only.
    const amendment = expectOk(
      await amendReview.run(s.cm, {
        reviewId: id,
        kpiId: s.malus.id,
        field: "gerapporteerde waarde",
        previousValue: "35",
        correctedValue: "36",
        reason: "Tikfout in de rapportage.",
      }),
    );
    expect((await page(s.cm, s.contract.id)).amendments).toMatchObject([{ id: amendment.id, correctedValue: "36" }]);
    expect(await asApp(sql`update review_amendments set reason = 'x' where id = ${amendment.id}`)).toMatch(/append-only/);
    expect(await version(id)).toBe(final.version);
  });
});

describe("isolation", () => {
  it("is not found for another tenant and another contract's supplier; a viewer can do nothing", async () => {
    const s = await setup();
    const ref = { reviewId: s.planned.id, version: "1" };
    await expect(page(otherBuyer.as.admin, s.contract.id)).rejects.toThrow(/bestaat niet/);
    await expect(page(supplierB.as.admin, s.contract.id)).rejects.toThrow(/bestaat niet/);
    expect(await scoreKpi.run(otherBuyer.as.contract_manager, { ...ref, kpiId: s.malus.id, score: "on_track" })).toMatchObject({
      ok: false,
      code: "NotFoundError",
    });
    expect(await signReview.run(supplierB.as.admin, ref)).toMatchObject({ ok: false, code: "NotFoundError" });
    expect(await commentOnScore.run(supplierB.as.reporter, { reviewId: s.planned.id, body: "x" })).toMatchObject({
      ok: false,
      code: "NotFoundError",
    });
    for (const viewer of [buyer.as.viewer, supplierA.as.viewer]) {
      expect(await scoreKpi.run(viewer, { ...ref, kpiId: s.malus.id, score: "on_track" })).toMatchObject({
        ok: false,
        code: "ForbiddenError",
      });
      expect(await commentOnScore.run(viewer, { reviewId: s.planned.id, body: "x" })).toMatchObject({ ok: false, code: "ForbiddenError" });
      expect(await signReview.run(viewer, ref)).toMatchObject({ ok: false, code: "ForbiddenError" });
      expect(await waiveMalus.run(viewer, { ...ref, kpiId: s.malus.id, kind: "full", reason: "x" })).toMatchObject({
        ok: false,
        code: "ForbiddenError",
      });
    }
  });
});
