// Decisions of a review take effect when it is final: a KPI retired in the 2027-Q2 review is not
// in the 2027-Q3 report and one added is; a growth path changes from the quarter given; action
// items outlive the review. And the malus of a review respects the caps across earlier reviews.
import { sql } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { queryRows } from "@/db/client";
import { updateContract } from "@/lib/contracts/actions";
import { viewerOf } from "@/lib/contracts/queries";
import { getReportPage } from "@/lib/reports/queries";
import { closeActionItem } from "@/lib/reviews/amend-actions";
import {
  actionItemDecision,
  addKpiDecision,
  growthPathDecision,
  removeDecision,
  retireKpiDecision,
  setMalusDecision,
} from "@/lib/reviews/decision-actions";
import { planReview, refreshReview } from "@/lib/reviews/plan-actions";
import { getReviewPage } from "@/lib/reviews/queries";
import { waiveMalus } from "@/lib/malus/waiver-actions";
import { scoreKpi } from "@/lib/reviews/score-actions";
import { signReview } from "@/lib/reviews/sign-actions";
import { openTestDatabase } from "../fixtures/db";
import { contractForm, createBuyer, createSupplier, expectOk, insertContract } from "../fixtures/factories";
import { insertAcceptedReport, insertResultKpi, insertReviewRow, insertScoreRow } from "../fixtures/reviews";
import { globalIndicatorId } from "../fixtures/targets";
import { withTenant } from "@/lib/tenancy";

const { db } = await openTestDatabase();

let buyer: Awaited<ReturnType<typeof createBuyer>>;
let otherBuyer: Awaited<ReturnType<typeof createBuyer>>;
let supplier: Awaited<ReturnType<typeof createSupplier>>;

beforeAll(async () => {
  [buyer, otherBuyer, supplier] = [await createBuyer(db), await createBuyer(db), await createSupplier(db)];
});

const contractOf = () =>
  insertContract(db, { tenantId: buyer.org.id, managerId: buyer.as.contract_manager.userId, supplierOrgId: supplier.org.id });
const reportKpis = async (contractId: string, quarter: string) =>
  (
    await withTenant(
      supplier.as.reporter,
      (tx) => getReportPage(tx, { viewer: viewerOf(supplier.as.reporter), contractId, quarter }),
      supplier.as.reporter.db,
    )
  ).kpis;

/** Scores every KPI as agreed ("not scored" where nothing was reported) and both sides sign. */
async function scoreAndSign(reviewId: string, from: number) {
  const cm = buyer.as.contract_manager;
  const scores = await queryRows<{ kpi_id: string; computed_status: string }>(
    db,
    sql`select kpi_id, computed_status from review_scores where review_id = ${reviewId}`,
  );
  let v = from;
  for (const s of scores) {
    const score = ["on_track", "at_risk", "off_track"].includes(s.computed_status) ? s.computed_status : "not_scored";
    v = expectOk(await scoreKpi.run(cm, { reviewId, version: String(v), kpiId: s.kpi_id, score })).version;
  }
  v = expectOk(await signReview.run(supplier.as.admin, { reviewId, version: String(v) })).version;
  return expectOk(await signReview.run(cm, { reviewId, version: String(v) }));
}

describe("decisions", () => {
  it("retire, add, change a growth path and an action item take effect from the next quarter", async () => {
    const contract = await contractOf();
    const old = await insertResultKpi(db, contract, null, { name: "Oude KPI" });
    const kept = await insertResultKpi(db, contract, null, { name: "Blijvende KPI" });
    const cm = buyer.as.contract_manager;
    // 2027-Q2 lies in the future today, so the review is written directly and prepared by a refresh.
    const review = await insertReviewRow(db, contract, "2027-Q2");
    let v = expectOk(await refreshReview.run(cm, { reviewId: review.id, version: "1" })).version;
    const ref = () => ({ reviewId: review.id, version: String(v) });

    expect(
      await growthPathDecision.run(cm, {
        ...ref(),
        kpiId: kept.id,
        effectiveFrom: "2027-Q2",
        interpolation: "step",
        "milestones.0.quarter": "2027-Q3",
        "milestones.0.value": "50",
        reason: "x",
      }),
    ).toMatchObject({
      ok: false,
      fieldErrors: { effectiveFrom: expect.stringMatching(/vanaf 2027 K3/) },
    });
    const foreign = await insertResultKpi(db, await insertContract(db, { tenantId: buyer.org.id, managerId: cm.userId }), null);
    expect(await retireKpiDecision.run(cm, { ...ref(), kpiId: foreign.id, reason: "x" })).toMatchObject({
      ok: false,
      code: "NotFoundError",
    });
    // No KPI chosen: the message says what to choose, at the field; a forged id is still unknown.
    expect(await retireKpiDecision.run(cm, { ...ref(), kpiId: "", reason: "x" })).toMatchObject({
      ok: false,
      fieldErrors: { kpiId: "Kies de KPI die je wilt beëindigen." },
    });
    expect(await retireKpiDecision.run(cm, { ...ref(), kpiId: "abc", reason: "x" })).toMatchObject({
      ok: false,
      fieldErrors: { kpiId: "Onbekende verwijzing." },
    });

    v = expectOk(
      await retireKpiDecision.run(cm, { ...ref(), kpiId: old.id, reason: "Niet meer relevant: vervangen door de innovatie." }),
    ).version;
    expect(await retireKpiDecision.run(cm, { ...ref(), kpiId: old.id, reason: "Nogmaals" })).toMatchObject({
      ok: false,
      fieldErrors: { kpiId: expect.stringMatching(/al besloten/) },
    });
    v = expectOk(
      await addKpiDecision.run(cm, {
        ...ref(),
        name: "Nieuwe KPI",
        kind: "quantitative",
        obligation: "resultaat",
        indicatorId: await globalIndicatorId(db, "co2e"),
        evidenceMandatory: "on",
        interpolation: "step",
        "milestones.0.quarter": "2027-Q3",
        "milestones.0.value": "12,5",
      }),
    ).version;
    v = expectOk(
      await growthPathDecision.run(cm, {
        ...ref(),
        kpiId: kept.id,
        interpolation: "step",
        "milestones.0.quarter": "2027-Q3",
        "milestones.0.value": "50",
        reason: "Sneller dan verwacht.",
      }),
    ).version;
    const action = expectOk(
      await actionItemDecision.run(cm, {
        ...ref(),
        title: "Bewijs eerder aanleveren",
        ownerSide: "supplier",
        ownerName: "Mehmet",
        dueDate: "2027-08-31",
      }),
    );
    v = action.version;
    const extra = expectOk(
      await actionItemDecision.run(cm, { ...ref(), title: "Weg ermee", ownerSide: "buyer", ownerName: "Fatima", dueDate: "2027-08-31" }),
    );
    v = expectOk(await removeDecision.run(cm, { reviewId: review.id, version: String(extra.version), decisionId: extra.id })).version;

    expect((await scoreAndSign(review.id, v)).status).toBe("final");

    const q2 = (await reportKpis(contract.id, "2027-Q2")).map((k) => k.name).sort();
    const q3 = await reportKpis(contract.id, "2027-Q3");
    expect(q2).toEqual(["Blijvende KPI", "Oude KPI"]);
    expect(q3.map((k) => k.name).sort()).toEqual(["Blijvende KPI", "Nieuwe KPI"]);
    expect(q3.find((k) => k.name === "Blijvende KPI")?.target).toBe("50");
    expect(q3.find((k) => k.name === "Nieuwe KPI")).toMatchObject({
      target: "12.5",
      evidenceMandatory: true,
      addedByReviewId: review.id,
      activeFrom: "2027-Q3",
    });
    const [retired] = await queryRows<{ status: string; retired_from: string; retired_by_review_id: string }>(
      db,
      sql`select status, retired_from, retired_by_review_id from kpis where id = ${old.id}`,
    );
    expect(retired).toEqual({ status: "retired", retired_from: "2027-Q3", retired_by_review_id: review.id });

    // The action item shows on the next review, and either side can close it.
    const next = await withTenant(
      cm,
      (tx) => getReviewPage(tx, { viewer: viewerOf(cm), contractId: contract.id, quarter: "2027-Q3" }),
      cm.db,
    );
    expect(next.openActionItems.map((a) => a.title)).toEqual(["Bewijs eerder aanleveren"]);
    const item = next.openActionItems[0];
    expect(
      expectOk(
        await closeActionItem.run(supplier.as.reporter, {
          actionItemId: item.id,
          version: String(item.version),
          status: "done",
          note: "Geregeld.",
        }),
      ).status,
    ).toBe("done");
    expect(await closeActionItem.run(otherBuyer.as.admin, { actionItemId: item.id, version: "2", status: "done" })).toMatchObject({
      ok: false,
      code: "NotFoundError",
    });
  });

  it("credits the person who took the decision, not the supplier who happened to sign last", async () => {
    const contract = await contractOf();
    const kept = await insertResultKpi(db, contract, null, { name: "Blijvende KPI" });
    const cm = buyer.as.contract_manager;
    const review = await insertReviewRow(db, contract, "2027-Q2");
    let v = expectOk(await refreshReview.run(cm, { reviewId: review.id, version: "1" })).version;
    const ref = () => ({ reviewId: review.id, version: String(v) });
    v = expectOk(
      await addKpiDecision.run(cm, {
        ...ref(),
        name: "Nieuwe KPI",
        kind: "quantitative",
        obligation: "resultaat",
        indicatorId: await globalIndicatorId(db, "co2e"),
        interpolation: "step",
        "milestones.0.quarter": "2027-Q4",
        "milestones.0.value": "10",
      }),
    ).version;
    v = expectOk(
      await growthPathDecision.run(cm, {
        ...ref(),
        kpiId: kept.id,
        interpolation: "step",
        "milestones.0.quarter": "2027-Q3",
        "milestones.0.value": "50",
        reason: "Sneller.",
      }),
    ).version;
    v = expectOk(
      await actionItemDecision.run(cm, {
        ...ref(),
        title: "Bewijs eerder aanleveren",
        ownerSide: "supplier",
        ownerName: "Mehmet",
        dueDate: "2027-08-31",
      }),
    ).version;
    const scores = await queryRows<{ kpi_id: string }>(db, sql`select kpi_id from review_scores where review_id = ${review.id}`);
    for (const s of scores) v = expectOk(await scoreKpi.run(cm, { ...ref(), kpiId: s.kpi_id, score: "not_scored" })).version;
    // The buyer's admin signs first, the supplier's reporter last: the decisions take effect in the supplier's transaction.
    v = expectOk(await signReview.run(buyer.as.admin, ref())).version;
    expect(expectOk(await signReview.run(supplier.as.reporter, ref())).status).toBe("final");

    const [added] = await queryRows<{
      id: string;
      proposed_by_kind: string;
      proposed_by_user_id: string;
      decided_by_user_id: string;
      effective_from: string;
      created_by_user_id: string;
    }>(
      db,
      sql`select k.id, k.proposed_by_kind, k.proposed_by_user_id, k.decided_by_user_id, g.effective_from, g.created_by_user_id
          from kpis k join growth_path_versions g on g.tenant_id = k.tenant_id and g.kpi_id = k.id where k.added_by_review_id = ${review.id}`,
    );
    expect(added).toMatchObject({
      proposed_by_kind: "buyer",
      proposed_by_user_id: cm.userId,
      decided_by_user_id: buyer.as.admin.userId,
      effective_from: "2027-Q3",
      created_by_user_id: cm.userId,
    });
    const [path] = await queryRows<{ created_by_user_id: string }>(
      db,
      sql`select created_by_user_id from growth_path_versions where kpi_id = ${kept.id} and version_number = 2`,
    );
    expect(path.created_by_user_id).toBe(cm.userId);
    const events = await queryRows<{ entity: string; action: string; actor_user_id: string; actor_org_id: string; tenant_id: string }>(
      db,
      sql`select entity, action, actor_user_id, actor_org_id, tenant_id from audit_events
          where (entity = 'kpi' and entity_id = ${added.id}) or (entity = 'growth_path' and entity_id = ${kept.id} and action = 'new_version')
             or (entity = 'action_item' and after->>'reviewId' = ${review.id}) order by entity`,
    );
    const byDecider = { actor_user_id: cm.userId, actor_org_id: buyer.org.id, tenant_id: buyer.org.id };
    expect(events).toEqual([
      { entity: "action_item", action: "create", ...byDecider },
      { entity: "growth_path", action: "new_version", ...byDecider },
      { entity: "kpi", action: "create", ...byDecider },
    ]);
    const [finalized] = await queryRows<{ actor_user_id: string }>(
      db,
      sql`select actor_user_id from audit_events where entity = 'review' and entity_id = ${review.id} and action = 'finalize'`,
    );
    expect(finalized.actor_user_id).toBe(supplier.as.reporter.userId);
  });

  it("adds a whole KPI (malus, weight, knock-out, themes, evidence) and gives a result KPI without one a malus rule, both in force from the next quarter's review", async () => {
    const contract = await contractOf();
    const bare = await insertResultKpi(db, contract, null, { name: "Zonder malus" });
    const [theme] = await queryRows<{ id: string }>(
      db,
      sql`insert into wheels (tenant_id, year, contract_id) values (${contract.tenantId}, 2026, ${contract.id}) returning id`,
    ).then(async ([w]) =>
      queryRows<{ id: string }>(
        db,
        sql`insert into wheel_themes (tenant_id, wheel_id, name, pillar, position) values (${contract.tenantId}, ${w.id}, 'Klimaat', 'ecologisch_sociaal', 1) returning id`,
      ),
    );
    const cm = buyer.as.contract_manager;
    const review = await insertReviewRow(db, contract, "2027-Q2");
    let v = expectOk(await refreshReview.run(cm, { reviewId: review.id, version: "1" })).version;
    const ref = () => ({ reviewId: review.id, version: String(v) });
    const whole = {
      name: "CO2 per maaltijd",
      kind: "quantitative",
      obligation: "resultaat",
      indicatorId: await globalIndicatorId(db, "co2e"),
      measurement: "Uit de menuregistratie.",
      evidenceRequired: "Kwartaaloverzicht",
      evidenceMandatory: "on",
      weight: "2",
      knockOut: "on",
      themeIds: [theme.id],
      type: "fixed",
      amount: "abc",
      interpolation: "step",
      "milestones.0.quarter": "2027-Q3",
      "milestones.0.value": "10",
    };
    const refused = await addKpiDecision.run(cm, { ...ref(), ...whole });
    expect(!refused.ok && refused.fieldErrors).toEqual({ amount: "Vul een geldig getal in, bijvoorbeeld 1.250,50." });
    v = expectOk(
      await addKpiDecision.run(cm, { ...ref(), ...whole, amount: "2.500,00", capYearKind: "cents", capYearValue: "5.000,00" }),
    ).version;
    expect(await setMalusDecision.run(cm, { ...ref(), kpiId: bare.id, type: "none" })).toMatchObject({
      ok: false,
      fieldErrors: { type: "Kies het soort malus." },
    });
    v = expectOk(
      await setMalusDecision.run(cm, { ...ref(), kpiId: bare.id, type: "fixed", amount: "1.000,00", reason: "Afgesproken." }),
    ).version;
    expect(await setMalusDecision.run(cm, { ...ref(), kpiId: bare.id, type: "fixed", amount: "2.000,00" })).toMatchObject({
      ok: false,
      fieldErrors: { kpiId: expect.stringMatching(/al een malusregel/) },
    });
    expect(await setMalusDecision.run(supplier.as.admin, { ...ref(), kpiId: bare.id, type: "fixed", amount: "1,00" })).toMatchObject({
      ok: false,
    });
    expect((await scoreAndSign(review.id, v)).status).toBe("final");

    const [added] = await queryRows<{
      id: string;
      weight: string;
      knock_out: boolean;
      measurement: string;
      evidence_mandatory: boolean;
      malus_rule: { type: string; amountCents: number; caps: { perYear: { cents: number } } };
    }>(
      db,
      sql`select id, weight::text, knock_out, measurement, evidence_mandatory, malus_rule from kpis where added_by_review_id = ${review.id}`,
    );
    expect(added).toMatchObject({
      weight: "2.00",
      knock_out: true,
      measurement: "Uit de menuregistratie.",
      evidence_mandatory: true,
      malus_rule: { type: "fixed", amountCents: 250_000, caps: { perYear: { kind: "cents", cents: 500_000 } } },
    });
    expect(await queryRows(db, sql`select theme_id from kpi_themes where kpi_id = ${added.id}`)).toEqual([{ theme_id: theme.id }]);
    const [withRule] = await queryRows<{ malus_rule: { type: string; amountCents: number } }>(
      db,
      sql`select malus_rule from kpis where id = ${bare.id}`,
    );
    expect(withRule.malus_rule).toMatchObject({ type: "fixed", amountCents: 100_000 });

    // The next quarter's review computes both malus rules: 2027-Q3 misses both targets.
    await insertAcceptedReport(db, contract, "2027-Q3", { [added.id]: "30", [bare.id]: "30" });
    const next = await insertReviewRow(db, contract, "2027-Q3");
    expectOk(await refreshReview.run(cm, { reviewId: next.id, version: "1" }));
    const page = await withTenant(
      cm,
      (tx) => getReviewPage(tx, { viewer: viewerOf(cm), contractId: contract.id, quarter: "2027-Q3" }),
      cm.db,
    );
    expect(page.kpis.map((k) => [k.kpi.name, k.malus.rawCents]).sort()).toEqual([
      ["CO2 per maaltijd", 250_000],
      ["Zonder malus", 100_000],
    ]);
  });

  it("refuses a KPI decision in the contract's last quarter", async () => {
    const contract = await contractOf();
    const kpi = await insertResultKpi(db, contract, null);
    const review = await insertReviewRow(db, contract, "2027-Q4");
    expect(
      await retireKpiDecision.run(buyer.as.admin, { reviewId: review.id, version: "1", kpiId: kpi.id, reason: "Te laat" }),
    ).toMatchObject({
      ok: false,
      error: expect.stringMatching(/laatste kwartaal/),
    });
  });
});

describe("malus against the caps across reviews", () => {
  it("counts the year cap per contract year from the start date, or per calendar year once the contract says so, in draft reviews only", async () => {
    const contract = await contractOf();
    await db.execute(sql`update contracts set start_date = '2025-07-01' where id = ${contract.id}`);
    const kpi = await insertResultKpi(db, contract, {
      type: "fixed",
      amountCents: 250_000,
      caps: { perYear: { kind: "cents", cents: 400_000 } },
    });
    // 2025-Q4 and 2026-Q2 lie in contract year 1 (1 July 2025 – 30 June 2026), not in one calendar year.
    const earlier = await insertReviewRow(db, contract, "2025-Q4");
    await insertScoreRow(db, earlier, kpi.id, { agreedScore: "off_track", malusRawCents: 250_000, malusAppliedCents: 250_000 });
    await db.execute(
      sql`update reviews set status = 'final', buyer_signed_at = now(), supplier_signed_at = now(), finalized_at = now(), malus_applied_cents = 250000 where id = ${earlier.id}`,
    );
    await insertAcceptedReport(db, contract, "2026-Q2", { [kpi.id]: "30" });
    expectOk(
      await planReview.run(buyer.as.contract_manager, {
        contractId: contract.id,
        quarter: "2026-Q2",
        meetingDate: "2026-07-15",
        meetingTime: "10:00",
      }),
    );
    const malusOf = async () =>
      (
        await withTenant(
          buyer.as.admin,
          (tx) => getReviewPage(tx, { viewer: viewerOf(buyer.as.admin), contractId: contract.id, quarter: "2026-Q2" }),
          buyer.as.admin.db,
        )
      ).malus;
    expect(await malusOf()).toMatchObject({ rawCents: 250_000, cappedCents: 100_000, appliedCents: 150_000 });

    const form = contractForm({
      title: contract.title,
      startDate: "2025-07-01",
      endDate: "2027-12-31",
      contractManagerId: buyer.as.contract_manager.userId,
      malusCapPeriod: "calendar_year",
    });
    expectOk(await updateContract.run(buyer.as.admin, { ...form, id: contract.id, version: "1" }));
    expect(await malusOf()).toMatchObject({ rawCents: 250_000, cappedCents: 0, appliedCents: 250_000 });
    const [kept] = await queryRows<{ malus_applied_cents: number }>(
      db,
      sql`select malus_applied_cents from reviews where id = ${earlier.id}`,
    );
    expect(Number(kept.malus_applied_cents)).toBe(250_000);
  });

  it("lets the agreed score decide and caps all KPIs together, as the contract form says, and signs those amounts", async () => {
    const contract = await contractOf();
    const cm = buyer.as.contract_manager;
    const a = await insertResultKpi(db, contract, { type: "fixed", amountCents: 250_000 }, { name: "Eiwit" });
    const b = await insertResultKpi(db, contract, { type: "fixed", amountCents: 250_000 }, { name: "Afval" });
    const form = contractForm({
      title: contract.title,
      startDate: "2026-01-01",
      endDate: "2027-12-31",
      valueCents: "10.000,00",
      contractManagerId: cm.userId,
      malusDecidedBy: "agreed_score",
      allCapYearKind: "cents",
      allCapYearValue: "abc",
      allCapContractKind: "none",
    });
    const refused = await updateContract.run(buyer.as.admin, { ...form, id: contract.id, version: "1" });
    expect(!refused.ok && refused.fieldErrors).toEqual({ allCapYearValue: "Vul een geldig getal in, bijvoorbeeld 1.250,50." });
    expectOk(await updateContract.run(buyer.as.admin, { ...form, allCapYearValue: "3.000,00", id: contract.id, version: "1" }));

    await insertAcceptedReport(db, contract, "2026-Q3", { [a.id]: "30", [b.id]: "10" });
    const planned = expectOk(
      await planReview.run(cm, { contractId: contract.id, quarter: "2026-Q3", meetingDate: "2026-10-15", meetingTime: "14:00" }),
    );
    const page = async () =>
      withTenant(cm, (tx) => getReviewPage(tx, { viewer: viewerOf(cm), contractId: contract.id, quarter: "2026-Q3" }), cm.db);
    // Both missed their target: € 2.500 each, € 3.000 for both together.
    const before = await page();
    expect(before.malus).toMatchObject({ rawCents: 500_000, cappedCents: 200_000, appliedCents: 300_000 });
    // 10 against a target of 40 stands out; 30 does not.
    expect(before.kpis.map((k) => [k.kpi.name, k.flags])).toEqual([
      ["Eiwit", []],
      ["Afval", [{ against: "target", reference: "40", high: false }]],
    ]);
    // A full waiver of Eiwit's € 2.500 would need a second pair of eyes (above € 1.000)...
    let v = expectOk(
      await waiveMalus.run(cm, {
        reviewId: planned.id,
        version: String(planned.version),
        kpiId: a.id,
        kind: "full",
        reason: "Meting onvolledig.",
      }),
    ).version;
    expect((await page()).kpis.find((k) => k.kpi.name === "Eiwit")?.waiverNeedsApproval).toBe(true);
    v = expectOk(
      await scoreKpi.run(cm, {
        reviewId: planned.id,
        version: String(v),
        kpiId: a.id,
        score: "on_track",
        reason: "Leverancier toonde aan dat de meting onvolledig was.",
      }),
    ).version;
    // ...but agreed on track the malus is nothing, so the waiver waives nothing and needs no approval.
    expect((await page()).kpis.find((k) => k.kpi.name === "Eiwit")?.waiverNeedsApproval).toBe(false);
    v = expectOk(await scoreKpi.run(cm, { reviewId: planned.id, version: String(v), kpiId: b.id, score: "off_track" })).version;
    const after = await page();
    expect(after.kpis.map((k) => [k.kpi.name, k.malus.basis, k.malus.appliedCents])).toEqual([
      ["Eiwit", "agreed", 0],
      ["Afval", "agreed", 250_000],
    ]);
    v = expectOk(await signReview.run(supplier.as.admin, { reviewId: planned.id, version: String(v) })).version;
    expectOk(await signReview.run(cm, { reviewId: planned.id, version: String(v) }));
    const [row] = await queryRows<{ malus_applied_cents: number; overall_score: number }>(
      db,
      sql`select malus_applied_cents, overall_score from reviews where id = ${planned.id}`,
    );
    expect(Number(row.malus_applied_cents)).toBe(250_000);
    // Weighted score: (1 × 100 + 1 × 0) / 2 = 50, fixed with the review; a later weight change leaves it.
    expect(row.overall_score).toBe(50);
    await db.execute(sql`update kpis set weight = 3 where id = ${a.id}`);
    const final = await page();
    expect(final.overall).toMatchObject({
      score: 50,
      formula: expect.stringMatching(/^Vastgesteld bij het ondertekenen\. .*met de huidige zou het 75 zijn/),
    });
    const [kept] = await queryRows<{ overall_score: number }>(db, sql`select overall_score from reviews where id = ${planned.id}`);
    expect(kept.overall_score).toBe(50);
  });

  it("lets a waiver lower the malus the agreed score makes due where the reported value gave none", async () => {
    const contract = await contractOf();
    const cm = buyer.as.contract_manager;
    const kpi = await insertResultKpi(db, contract, { type: "fixed", amountCents: 250_000 }, { name: "Eiwit" });
    await db.execute(sql`update contracts set malus_decided_by = 'agreed_score' where id = ${contract.id}`);
    await insertAcceptedReport(db, contract, "2026-Q3", { [kpi.id]: "45" });
    const planned = expectOk(
      await planReview.run(cm, { contractId: contract.id, quarter: "2026-Q3", meetingDate: "2026-10-15", meetingTime: "14:00" }),
    );
    const ref = { reviewId: planned.id, kpiId: kpi.id };
    // 45 meets the target of 40: nothing to waive yet.
    const refused = await waiveMalus.run(cm, {
      ...ref,
      version: String(planned.version),
      kind: "reduction",
      amount: "500,00",
      reason: "Deels geleverd.",
    });
    expect(!refused.ok && refused.fieldErrors).toEqual({ kind: "Voor deze KPI is er geen malus om te verlagen of kwijt te schelden." });
    // Agreed off track, the rule's € 2.500 is due and can be lowered, by no more than that.
    let v = expectOk(
      await scoreKpi.run(cm, { ...ref, version: String(planned.version), score: "off_track", reason: "De meting klopte niet." }),
    ).version;
    const tooMuch = await waiveMalus.run(cm, {
      ...ref,
      version: String(v),
      kind: "reduction",
      amount: "3.000,00",
      reason: "Deels geleverd.",
    });
    expect(!tooMuch.ok && Object.keys(tooMuch.fieldErrors ?? {})).toEqual(["amount"]);
    v = expectOk(
      await waiveMalus.run(cm, { ...ref, version: String(v), kind: "reduction", amount: "500,00", reason: "Deels geleverd." }),
    ).version;
    const page = await withTenant(
      cm,
      (tx) => getReviewPage(tx, { viewer: viewerOf(cm), contractId: contract.id, quarter: "2026-Q3" }),
      cm.db,
    );
    expect(page.kpis.map((k) => [k.malus.computedCents, k.malus.rawCents, k.malus.waivedCents, k.malus.appliedCents])).toEqual([
      [0, 250_000, 50_000, 200_000],
    ]);
  });

  it("charges a rule assessed at a milestone once, over the quarters since the previous assessment, netted", async () => {
    const contract = await contractOf();
    const mki = await globalIndicatorId(db, "mki_per_ton");
    const kpi = await insertResultKpi(
      db,
      contract,
      { type: "per_unit_shortfall", centsPerUnit: 100, factor: "1.5", assessment: { kind: "milestones", quarters: ["2026-Q4"] } },
      { name: "MKI per ton", indicatorId: mki },
    );
    // Target 40 € MKI per tonne (lower is better): +2 × 1.000, −1 × 2.000, +3 × 500, +1 × 1.500 = 3.000 over the promise.
    const reported = [
      ["2026-Q1", "42", "1000"],
      ["2026-Q2", "39", "2000"],
      ["2026-Q3", "43", "500"],
      ["2026-Q4", "41", "1500"],
    ];
    for (const [quarter, value, tonnes] of reported)
      await insertAcceptedReport(db, contract, quarter, { [kpi.id]: value }, { [kpi.id]: tonnes });
    const cm = buyer.as.contract_manager;
    const row = async (quarter: string) =>
      (await withTenant(cm, (tx) => getReviewPage(tx, { viewer: viewerOf(cm), contractId: contract.id, quarter }), cm.db)).kpis[0];
    // Quarter by quarter the rule would charge 2.000 × 1,5 in 2026 K1; assessed at the milestone, nothing yet.
    expect((await row("2026-Q1")).malus.rawCents).toBe(0);
    expect((await row("2026-Q1")).prepared?.malus.outcome).toBe("assessed_later");
    // At the milestone: 3.000 × € 1 × 1,5 = € 4.500 for the whole year.
    const atMilestone = await row("2026-Q4");
    expect(atMilestone.malus.rawCents).toBe(450_000);
    expect(atMilestone.prepared?.assessment).toEqual({ from: "2026-Q1", to: "2026-Q4", missing: [], quantity: "5000" });
  });

  it("applies only the room left under the year cap after an earlier final review", async () => {
    const contract = await contractOf();
    const kpi = await insertResultKpi(db, contract, {
      type: "fixed",
      amountCents: 250_000,
      caps: { perYear: { kind: "cents", cents: 400_000 } },
    });
    // An earlier review of the same year, final with € 2.500 applied.
    const earlier = await insertReviewRow(db, contract, "2026-Q2");
    await insertScoreRow(db, earlier, kpi.id, { agreedScore: "off_track", malusRawCents: 250_000, malusAppliedCents: 250_000 });
    await db.execute(
      sql`update reviews set status = 'final', buyer_signed_at = now(), supplier_signed_at = now(), finalized_at = now(), malus_applied_cents = 250000 where id = ${earlier.id}`,
    );

    await insertAcceptedReport(db, contract, "2026-Q3", { [kpi.id]: "30" });
    const planned = expectOk(
      await planReview.run(buyer.as.contract_manager, {
        contractId: contract.id,
        quarter: "2026-Q3",
        meetingDate: "2026-10-15",
        meetingTime: "14:00",
      }),
    );
    const before = await withTenant(
      buyer.as.admin,
      (tx) => getReviewPage(tx, { viewer: viewerOf(buyer.as.admin), contractId: contract.id, quarter: "2026-Q3" }),
      buyer.as.admin.db,
    );
    expect(before.malus).toMatchObject({ rawCents: 250_000, cappedCents: 100_000, appliedCents: 150_000 });
    await scoreAndSign(planned.id, planned.version);
    const [row] = await queryRows<{ malus_applied_cents: number }>(
      db,
      sql`select malus_applied_cents from reviews where id = ${planned.id}`,
    );
    expect(Number(row.malus_applied_cents)).toBe(150_000);
  });
});
