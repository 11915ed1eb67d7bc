// The innovation register: both sides propose, only the buyer who leads the quarterly review
// decides, in a draft review; the decision freezes with the final review (also in the database);
// an outcome follows a go or a pilot; another tenant's or supplier's ids and the wrong roles are refused.
import { sql } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { queryRows } from "@/db/client";
import { decideInnovation, proposeInnovation, recordInnovationOutcome, removeInnovationDecision } from "@/lib/innovations/actions";
import { innovationsPage } from "@/lib/innovations/pages";
import { innovationsForReview, innovationsOfKpi, innovationsOfRoadmapItem } from "@/lib/innovations/queries";
import { createRoadmapItem, deleteRoadmapItem } from "@/lib/roadmap/actions";
import { scoreKpi } from "@/lib/reviews/score-actions";
import { signReview } from "@/lib/reviews/sign-actions";
import { withTenant } from "@/lib/tenancy";
import { databaseError, openTestDatabase } from "../fixtures/db";
import { createBuyer, createSupplier, expectOk, insertContract } from "../fixtures/factories";
import { insertFinalDecision, insertInnovationRow } from "../fixtures/innovations";
import { insertResultKpi, insertReviewRow, insertScoreRow } from "../fixtures/reviews";

const { db } = await openTestDatabase();

let buyer: Awaited<ReturnType<typeof createBuyer>>;
let otherBuyer: Awaited<ReturnType<typeof createBuyer>>;
let supplier: Awaited<ReturnType<typeof createSupplier>>;
let otherSupplier: Awaited<ReturnType<typeof createSupplier>>;

beforeAll(async () => {
  [buyer, otherBuyer, supplier, otherSupplier] = [
    await createBuyer(db),
    await createBuyer(db),
    await createSupplier(db),
    await createSupplier(db),
  ];
});

const contractOf = () =>
  insertContract(db, { tenantId: buyer.org.id, managerId: buyer.as.contract_manager.userId, supplierOrgId: supplier.org.id });

describe("innovation register", () => {
  it("takes proposals from both sides with KPIs, costs and a roadmap action, and keeps what was typed wrong at the field", async () => {
    const contract = await contractOf();
    const kpi = await insertResultKpi(db, contract, null, { name: "Dieselritten" });
    const cm = buyer.as.contract_manager;
    const item = expectOk(
      await createRoadmapItem.run(cm, {
        contractId: contract.id,
        title: "Proefroute elektrisch",
        strategy: "opbouw",
        ownerSide: "supplier",
        dueDate: "2026-09-30",
      }),
    );

    const bySupplier = expectOk(
      await proposeInnovation.run(supplier.as.reporter, {
        contractId: contract.id,
        title: "Elektrische bakfiets",
        problem: "Dieselbusjes in de binnenstad.",
        expectedEffect: "Minder CO2 per levering.",
        kpiIds: kpi.id,
        costCents: "2.500,50",
        costBearer: "shared",
        roadmapItemId: item.id,
      }),
    );
    const byBuyer = expectOk(
      await proposeInnovation.run(cm, { contractId: contract.id, title: "Restwarmte benutten", problem: "Warmte gaat verloren." }),
    );

    const page = await innovationsPage(supplier.as.viewer, contract.id, supplier.as.viewer.db);
    expect(page.canPropose).toBe(false);
    const proposed = page.innovations.find((i) => i.id === bySupplier.id)!;
    expect(proposed).toMatchObject({
      status: "proposed",
      statusLabel: "Voorgesteld",
      costBearer: "Gedeeld",
      kpis: [{ id: kpi.id, name: "Dieselritten" }],
      roadmap: { id: item.id, title: "Proefroute elektrisch" },
    });
    expect(proposed.cost).toMatch(/2\.500,50/);
    expect(proposed.proposedBy).toMatch(/opdrachtnemer/);
    expect(page.innovations.find((i) => i.id === byBuyer.id)?.proposedBy).toMatch(/opdrachtgever/);

    // The KPI page and the roadmap action list the innovation.
    const [ofKpi, ofItem] = await withTenant(
      cm,
      (tx) =>
        Promise.all([
          innovationsOfKpi(tx, { tenantId: contract.tenantId, kpiId: kpi.id }),
          innovationsOfRoadmapItem(tx, { tenantId: contract.tenantId, roadmapItemId: item.id }),
        ]),
      cm.db,
    );
    expect(ofKpi.map((i) => i.id)).toEqual([bySupplier.id]);
    expect(ofItem.map((i) => i.id)).toEqual([bySupplier.id]);

    // Bad input: a Dutch message at each field.
    const foreignKpi = await insertResultKpi(db, await contractOf(), null);
    const bad = await proposeInnovation.run(cm, {
      contractId: contract.id,
      title: " ",
      problem: "x",
      costCents: "veel",
      costBearer: "iedereen",
    });
    expect(bad).toMatchObject({
      ok: false,
      fieldErrors: { title: "Vul de titel in.", costCents: expect.any(String), costBearer: "Kies wie de kosten draagt." },
    });
    expect(await proposeInnovation.run(cm, { contractId: contract.id, title: "x", problem: "y", kpiIds: foreignKpi.id })).toMatchObject({
      ok: false,
      fieldErrors: { kpiIds: "Kies KPI's van dit contract." },
    });

    const audit = await queryRows<{ actor_user_id: string; action: string }>(
      db,
      sql`select actor_user_id, action from audit_events where entity = 'innovation' and entity_id = ${bySupplier.id}`,
    );
    expect(audit).toEqual([{ actor_user_id: supplier.as.reporter.userId, action: "propose" }]);

    // Deleting the roadmap action keeps the innovation and clears only its link.
    const [{ version }] = await queryRows<{ version: number }>(db, sql`select version from roadmap_items where id = ${item.id}`);
    expectOk(await deleteRoadmapItem.run(cm, { contractId: contract.id, id: item.id, version }));
    const [kept] = await queryRows<{ roadmap_item_id: string | null }>(
      db,
      sql`select roadmap_item_id from innovations where id = ${bySupplier.id}`,
    );
    expect(kept).toEqual({ roadmap_item_id: null });
  });

  it("is decided only in a draft review by the buyer, frozen once the review is final; then either side records the outcome", async () => {
    const contract = await contractOf();
    const kpi = await insertResultKpi(db, contract, null);
    const cm = buyer.as.contract_manager;
    const innovation = expectOk(
      await proposeInnovation.run(supplier.as.admin, { contractId: contract.id, title: "Herbruikbare kratten", problem: "Karton." }),
    );
    const review = await insertReviewRow(db, contract, "2026-Q3");
    await insertScoreRow(db, review, kpi.id);
    let v = review.version;
    const ref = () => ({ reviewId: review.id, version: String(v), innovationId: innovation.id });

    expect(await decideInnovation.run(supplier.as.admin, { ...ref(), decision: "go", reason: "Ja." })).toMatchObject({
      code: "ForbiddenError",
    });
    expect(await decideInnovation.run(buyer.as.viewer, { ...ref(), decision: "go", reason: "Ja." })).toMatchObject({
      code: "ForbiddenError",
    });
    expect(await decideInnovation.run(cm, { ...ref(), decision: "misschien", reason: "" })).toMatchObject({
      ok: false,
      fieldErrors: { decision: "Kies go, no go of pilot.", reason: "Vul de motivering in." },
    });
    v = expectOk(await decideInnovation.run(cm, { ...ref(), decision: "go", reason: "Past bij de afbouw van karton." })).version;
    // Changed while the review is a draft: still one decision.
    v = expectOk(await decideInnovation.run(cm, { ...ref(), decision: "pilot", reason: "Eerst op één locatie." })).version;
    const open = await withTenant(
      cm,
      (tx) => innovationsForReview(tx, { tenantId: contract.tenantId, contractId: contract.id, reviewId: review.id }),
      cm.db,
    );
    expect(open).toEqual([expect.objectContaining({ id: innovation.id, decision: "pilot" })]);
    expect((await innovationsPage(cm, contract.id, cm.db)).innovations[0]).toMatchObject({ status: "in_review", canRecordOutcome: false });

    // No outcome before the review is final.
    expect(
      await recordInnovationOutcome.run(supplier.as.reporter, {
        contractId: contract.id,
        innovationId: innovation.id,
        version: "1",
        outcome: "x",
      }),
    ).toMatchObject({ ok: false, fieldErrors: { outcome: expect.stringMatching(/definitieve kwartaalreview/) } });

    v = expectOk(await scoreKpi.run(cm, { reviewId: review.id, version: String(v), kpiId: kpi.id, score: "on_track" })).version;
    v = expectOk(await signReview.run(supplier.as.reporter, { reviewId: review.id, version: String(v) })).version;
    expectOk(await signReview.run(cm, { reviewId: review.id, version: String(v) }));
    v += 1;

    const page = await innovationsPage(supplier.as.reporter, contract.id, supplier.as.reporter.db);
    expect(page.innovations[0]).toMatchObject({
      status: "pilot",
      decision: { decision: "pilot", reviewQuarter: "2026-Q3", final: true, reason: "Eerst op één locatie." },
      canRecordOutcome: true,
    });
    expect(page.innovations[0].decision?.decidedByName).toBe(`${cm.name} (${buyer.org.name})`);

    // Frozen with the review: the action refuses, and so does the database.
    const refused = await decideInnovation.run(cm, { ...ref(), decision: "no_go", reason: "Toch niet." });
    expect(refused).toMatchObject({ ok: false, error: expect.stringMatching(/definitief/) });
    expect(await removeInnovationDecision.run(cm, ref())).toMatchObject({ ok: false, error: expect.stringMatching(/definitief/) });
    const asApp = (statement: ReturnType<typeof sql>) => databaseError(withTenant(cm, (tx) => tx.execute(statement), cm.db));
    expect(await asApp(sql`update innovation_decisions set decision = 'no_go' where innovation_id = ${innovation.id}`)).toMatch(/final/);
    expect(await asApp(sql`delete from innovation_decisions where innovation_id = ${innovation.id}`)).toMatch(/final/);

    // A later review cannot decide it again.
    const later = await insertReviewRow(db, contract, "2026-Q4");
    expect(
      await decideInnovation.run(cm, {
        reviewId: later.id,
        version: String(later.version),
        innovationId: innovation.id,
        decision: "go",
        reason: "Opschalen.",
      }),
    ).toMatchObject({ ok: false, fieldErrors: { innovationId: expect.stringMatching(/al besloten in de review van 2026 K3/) } });

    const outcome = expectOk(
      await recordInnovationOutcome.run(supplier.as.reporter, {
        contractId: contract.id,
        innovationId: innovation.id,
        version: "1",
        outcome: "Veertig procent minder karton op de proeflocatie.",
      }),
    );
    expect(outcome.version).toBe(2);
    expect(
      await recordInnovationOutcome.run(cm, { contractId: contract.id, innovationId: innovation.id, version: "1", outcome: "Oud." }),
    ).toMatchObject({ code: "ConflictError" });
    expect((await innovationsPage(cm, contract.id, cm.db)).innovations[0]).toMatchObject({
      status: "delivered",
      outcome: { text: "Veertig procent minder karton op de proeflocatie." },
    });

    const audit = await queryRows<{ actor_user_id: string; action: string }>(
      db,
      sql`select actor_user_id, action from audit_events where entity = 'innovation' and entity_id = ${innovation.id} order by created_at, action`,
    );
    expect(audit.map((a) => a.action)).toEqual(["propose", "decide", "decide", "record_outcome"]);
    expect(audit.find((a) => a.action === "decide")?.actor_user_id).toBe(cm.userId);
    expect(audit.find((a) => a.action === "record_outcome")?.actor_user_id).toBe(supplier.as.reporter.userId);
  });

  it("lets no outcome follow a no go, and removes a draft decision", async () => {
    const contract = await contractOf();
    const noGo = await insertInnovationRow(db, contract);
    await insertFinalDecision(db, contract, noGo, "no_go");
    expect(
      await recordInnovationOutcome.run(buyer.as.admin, { contractId: contract.id, innovationId: noGo.id, version: "1", outcome: "x" }),
    ).toMatchObject({ ok: false, fieldErrors: { outcome: expect.any(String) } });

    const other = await insertInnovationRow(db, contract);
    const review = await insertReviewRow(db, contract, "2026-Q3");
    const cm = buyer.as.contract_manager;
    const decided = expectOk(
      await decideInnovation.run(cm, {
        reviewId: review.id,
        version: String(review.version),
        innovationId: other.id,
        decision: "go",
        reason: "Doen.",
      }),
    );
    expectOk(await removeInnovationDecision.run(cm, { reviewId: review.id, version: String(decided.version), innovationId: other.id }));
    expect((await innovationsPage(cm, contract.id, cm.db)).innovations.find((i) => i.id === other.id)?.status).toBe("proposed");
  });

  it("refuses another tenant's and another supplier's ids and the wrong roles", async () => {
    const contract = await contractOf();
    const innovation = await insertInnovationRow(db, contract);
    const review = await insertReviewRow(db, contract, "2026-Q3");
    const propose = { contractId: contract.id, title: "Inbraak", problem: "Van buiten." };
    expect(await proposeInnovation.run(otherBuyer.as.admin, propose)).toMatchObject({ code: "NotFoundError" });
    expect(await proposeInnovation.run(otherSupplier.as.admin, propose)).toMatchObject({ code: "NotFoundError" });
    expect(await proposeInnovation.run(supplier.as.viewer, propose)).toMatchObject({ code: "ForbiddenError" });
    expect(await proposeInnovation.run(buyer.as.viewer, propose)).toMatchObject({ code: "ForbiddenError" });
    expect(await proposeInnovation.run(buyer.as.coordinator, propose)).toMatchObject({ code: "ForbiddenError" });
    const decide = { reviewId: review.id, version: String(review.version), innovationId: innovation.id, decision: "go", reason: "Ja." };
    expect(await decideInnovation.run(otherBuyer.as.admin, decide)).toMatchObject({ code: "NotFoundError" });
    // An innovation of another contract is not one this review can decide on.
    const elsewhere = await insertInnovationRow(db, await contractOf());
    expect(await decideInnovation.run(buyer.as.admin, { ...decide, innovationId: elsewhere.id })).toMatchObject({ code: "NotFoundError" });
    const outcome = { contractId: contract.id, innovationId: innovation.id, version: "1", outcome: "x" };
    expect(await recordInnovationOutcome.run(otherSupplier.as.reporter, outcome)).toMatchObject({ code: "NotFoundError" });
    await expect(innovationsPage(otherSupplier.as.admin, contract.id, otherSupplier.as.admin.db)).rejects.toThrow(/bestaat niet/);
    await expect(innovationsPage(otherBuyer.as.viewer, contract.id, otherBuyer.as.viewer.db)).rejects.toThrow(/bestaat niet/);
    // Row-level security: the other supplier reads none of the register, even by id.
    const seen = await withTenant(
      otherSupplier.as.admin,
      (tx) => tx.execute(sql`select id from innovations where id = ${innovation.id}`),
      otherSupplier.as.admin.db,
    );
    expect((seen as unknown as { rows?: unknown[] }).rows ?? seen).toHaveLength(0);
  });
});
