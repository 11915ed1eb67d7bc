// The quarterly report from draft to acceptance against a real database: validation, the lock,
// send-back with per-KPI comments, resubmission with kept submissions, evidence checks and
// isolation between suppliers, sides and tenants.
import { createHash } from "node:crypto";
import { sql } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { queryRows } from "@/db/client";
import { viewerOf } from "@/lib/contracts/queries";
import { decideReport, saveReportDraft, submitReport, uploadEvidence } from "@/lib/reports/actions";
import { getReportPage, reportOverview } from "@/lib/reports/queries";
import { evidenceRoute } from "@/lib/reports/routes";
import { getReviewPage } from "@/lib/reviews/queries";
import { contractTimeline } from "@/lib/reviews/timeline";
import { lateSubmission } from "@/lib/reports/rules";
import { formatDate } from "@/lib/format";
import { daysBetween } from "@/lib/periods";
import { amsterdamToday } from "@/lib/time";
import { openTestDatabase } from "../fixtures/db";
import { globalIndicatorId } from "../fixtures/targets";
import { createBuyer, createSupplier, expectOk, insertContract } from "../fixtures/factories";
import { insertKpiContract } from "../fixtures/kpis";
import { EXE_BYTES, PDF_BYTES, evidenceForm, insertActiveKpi, reportForm } from "../fixtures/reports";
import { withTenant } from "@/lib/tenancy";

const { db } = await openTestDatabase();

let buyer: Awaited<ReturnType<typeof createBuyer>>;
let otherBuyer: Awaited<ReturnType<typeof createBuyer>>;
let supplierA: Awaited<ReturnType<typeof createSupplier>>;
let supplierB: Awaited<ReturnType<typeof createSupplier>>;

beforeAll(async () => {
  [buyer, otherBuyer, supplierA, supplierB] = [
    await createBuyer(db),
    await createBuyer(db),
    await createSupplier(db),
    await createSupplier(db),
  ];
});

async function setup(options: { evidenceMandatory?: boolean } = {}) {
  const contract = await insertContract(db, {
    tenantId: buyer.org.id,
    managerId: buyer.as.contract_manager.userId,
    supplierOrgId: supplierA.org.id,
  });
  const number = await insertActiveKpi(db, contract, { evidenceMandatory: options.evidenceMandatory ?? false });
  const score = await insertActiveKpi(db, contract, {
    kind: "qualitative",
    indicatorId: null,
    scoreMeanings: { "1": "Niet", "2": "Deels", "3": "Grotendeels", "4": "Volledig" },
  });
  return { contract, number, score };
}

const form = (s: Awaited<ReturnType<typeof setup>>, value = "41,5", extra: Record<string, unknown> = {}) =>
  reportForm(s.contract.id, "2026-Q1", { [s.number.id]: value }, { [`score.${s.score.id}`]: "3", ...extra });

describe("plausible values", () => {
  it("refuses a value outside the indicator's range at its field, also in a draft", async () => {
    const contract = await insertContract(db, {
      tenantId: buyer.org.id,
      managerId: buyer.as.contract_manager.userId,
      supplierOrgId: supplierA.org.id,
    });
    const share = await insertActiveKpi(db, contract, { indicatorId: await globalIndicatorId(db, "plant_protein") });
    const meal = await insertActiveKpi(db, contract, { indicatorId: await globalIndicatorId(db, "co2e_per_meal") });
    const result = await saveReportDraft.run(
      supplierA.as.reporter,
      reportForm(contract.id, "2026-Q1", { [share.id]: "150", [meal.id]: "-1" }),
    );
    expect(!result.ok && result.fieldErrors).toEqual({
      [`values.${share.id}`]: "De waarde mag niet hoger zijn dan 100 %.",
      [`values.${meal.id}`]: "De waarde mag niet lager zijn dan 0 kg CO2e per maaltijd.",
    });
    expect(
      await queryRows(db, sql`select 1 from report_values v join reports r on r.id = v.report_id where r.contract_id = ${contract.id}`),
    ).toEqual([]);
    expectOk(await saveReportDraft.run(supplierA.as.reporter, reportForm(contract.id, "2026-Q1", { [share.id]: "100", [meal.id]: "0" })));
  });

  it("asks to confirm a value three times or a third of the target with an explanation, and shows the buyer the flag", async () => {
    const contract = await insertContract(db, {
      tenantId: buyer.org.id,
      managerId: buyer.as.contract_manager.userId,
      supplierOrgId: supplierA.org.id,
    });
    const share = await insertActiveKpi(db, contract, { indicatorId: await globalIndicatorId(db, "plant_protein") });
    const reporter = supplierA.as.reporter;
    // The target is 40 %: 12,5 is less than a third of it.
    const unexplained = { ...reportForm(contract.id, "2026-Q1", { [share.id]: "12,5" }), [`explanation.${share.id}`]: "" };
    const refused = await submitReport.run(reporter, unexplained);
    expect(!refused.ok && refused.fieldErrors).toEqual({
      [`values.${share.id}`]:
        'Deze waarde is minder dan een derde van het doel (40\u00a0%). Klopt ze? Licht haar toe bij "Toelichting"; daarna kun je indienen.',
    });
    const draft = expectOk(await saveReportDraft.run(reporter, unexplained));
    const explained = {
      ...unexplained,
      version: String(draft.version),
      [`explanation.${share.id}`]: "Twee locaties waren het hele kwartaal dicht.",
    };
    expectOk(await submitReport.run(reporter, explained));
    const page = await withTenant(
      buyer.as.contract_manager,
      (tx) => getReportPage(tx, { viewer: viewerOf(buyer.as.contract_manager), contractId: contract.id, quarter: "2026-Q1" }),
      buyer.as.contract_manager.db,
    );
    expect(page.kpis[0].flags).toEqual([{ against: "target", reference: "40", high: false }]);
  });
});

describe("intensities with their quantity", () => {
  it("asks the quarter's quantity next to a value per tonne, keeps it, and the review charges the shortfall for every tonne", async () => {
    const contract = await insertContract(db, {
      tenantId: buyer.org.id,
      managerId: buyer.as.contract_manager.userId,
      supplierOrgId: supplierA.org.id,
    });
    const mki = await insertActiveKpi(db, contract, {
      name: "MKI per ton",
      indicatorId: await globalIndicatorId(db, "mki_per_ton"),
      obligation: "resultaat",
      malusRule: { type: "per_unit_shortfall", centsPerUnit: 100, factor: "1.5" },
    });
    const reporter = supplierA.as.reporter;
    // The target is 40 (€ MKI per tonne, lower is better); 40,82 is € 0,82 too high per tonne.
    const form = reportForm(contract.id, "2026-Q1", { [mki.id]: "40,82" });
    const without = await submitReport.run(reporter, form);
    expect(!without.ok && without.fieldErrors).toEqual({
      [`quantities.${mki.id}`]: "Vul de hoeveelheid (ton) van dit kwartaal in: de waarde is per eenheid.",
    });
    expect(await saveReportDraft.run(reporter, { ...form, [`quantity.${mki.id}`]: "-5" })).toMatchObject({
      ok: false,
      fieldErrors: { [`quantities.${mki.id}`]: "De hoeveelheid kan niet negatief zijn." },
    });
    expectOk(await submitReport.run(reporter, { ...form, [`quantity.${mki.id}`]: "11.500" }));
    const [stored] = await queryRows<{ quantity: string }>(
      db,
      sql`select v.quantity::text from report_values v join reports r on r.id = v.report_id where r.contract_id = ${contract.id}`,
    );
    expect(Number(stored.quantity)).toBe(11_500);

    const cm = buyer.as.contract_manager;
    const page = await withTenant(
      cm,
      (tx) => getReviewPage(tx, { viewer: viewerOf(cm), contractId: contract.id, quarter: "2026-Q1" }),
      cm.db,
    );
    // 0,82 × € 1 × 1,5 × 11.500 tonnes = € 14.145,00.
    expect(page.kpis[0].prepared).toMatchObject({ reportedQuantity: "11500" });
    expect(page.kpis[0].malus.rawCents).toBe(1_414_500);
  });
});

describe("report flow", () => {
  it("goes draft → submit → send back → resubmit → accept and keeps every submission", async () => {
    const s = await setup({ evidenceMandatory: true });
    const reporter = supplierA.as.reporter;
    const draft = expectOk(await saveReportDraft.run(reporter, reportForm(s.contract.id, "2026-Q1", { [s.number.id]: "40" })));
    expect(draft.version).toBe(2);

    const missing = await submitReport.run(reporter, form(s, "41,5", { version: "2" }));
    expect(missing).toMatchObject({ ok: false, fieldErrors: { [`values.${s.number.id}`]: expect.stringMatching(/bewijs verplicht/) } });

    const file = expectOk(await uploadEvidence.run(reporter, evidenceForm(s.contract.id, "2026-Q1", s.number.id)));
    expect(file.sha256).toBe(createHash("sha256").update(PDF_BYTES).digest("hex"));

    const first = expectOk(await submitReport.run(reporter, form(s, "41,5", { version: "2" })));
    expect(first.submissionNumber).toBe(1);
    expect(await saveReportDraft.run(reporter, form(s, "42", { version: String(first.version) }))).toMatchObject({
      ok: false,
      error: expect.stringMatching(/ingediend/),
    });
    expect(await submitReport.run(reporter, form(s, "42", { version: String(first.version) }))).toMatchObject({
      ok: false,
      error: expect.stringMatching(/al ingediend/),
    });

    const back = expectOk(
      await decideReport.run(buyer.as.contract_manager, {
        reportId: first.id,
        version: String(first.version),
        decision: "send_back",
        [`comment.${s.number.id}`]: "Klopt 41,5 wel met de facturen?",
      }),
    );
    expect(back.status).toBe("clarification_requested");
    const page = await withTenant(
      supplierA.as.reporter,
      (tx) => getReportPage(tx, { viewer: viewerOf(supplierA.as.reporter), contractId: s.contract.id, quarter: "2026-Q1" }),
      supplierA.as.reporter.db,
    );
    expect(page.kpis.find((k) => k.id === s.number.id)?.entered?.buyerComment).toBe("Klopt 41,5 wel met de facturen?");
    expect(page.kpis.find((k) => k.id === s.number.id)?.target).toBe("40");

    const second = expectOk(await submitReport.run(reporter, form(s, "39,75", { version: String(back.version) })));
    expect(second.submissionNumber).toBe(2);
    const accepted = expectOk(
      await decideReport.run(buyer.as.contract_manager, { reportId: second.id, version: String(second.version), decision: "accept" }),
    );
    expect(accepted.status).toBe("accepted");
    expect(
      await decideReport.run(buyer.as.admin, { reportId: second.id, version: String(accepted.version), decision: "accept" }),
    ).toMatchObject({ ok: false });

    const after = await withTenant(
      buyer.as.viewer,
      (tx) => getReportPage(tx, { viewer: viewerOf(buyer.as.viewer), contractId: s.contract.id, quarter: "2026-Q1" }),
      buyer.as.viewer.db,
    );
    expect(after.report?.status).toBe("accepted");
    expect(after.submissions.map((x) => x.snapshot.values.find((v) => v.kpiId === s.number.id)?.value)).toEqual(["41.5", "39.75"]);
    const overview = await withTenant(
      supplierA.as.viewer,
      (tx) => reportOverview(tx, { viewer: viewerOf(supplierA.as.viewer), today: "2026-11-22" }),
      supplierA.as.viewer.db,
    );
    const row = overview.find((o) => o.contract.id === s.contract.id)!;
    expect(row.quarters.map((q) => q.status)).toEqual(["accepted", "overdue", "overdue", "upcoming"]);

    // Reporting discipline judges the first submission; the database keeps it through the resubmission.
    const [times] = await queryRows<{ first: string; latest: string; firstSubmission: string; secondSubmission: string }>(
      db,
      sql`select r.first_submitted_at::text as first, r.submitted_at::text as latest,
                 (select submitted_at::text from report_submissions s where s.tenant_id = r.tenant_id and s.report_id = r.id and submission_number = 1) as "firstSubmission",
                 (select submitted_at::text from report_submissions s where s.tenant_id = r.tenant_id and s.report_id = r.id and submission_number = 2) as "secondSubmission"
          from reports r where r.id = ${second.id}::uuid`,
    );
    expect(times.first).toBe(times.firstSubmission);
    expect(times.latest).toBe(times.secondSubmission);
    expect(times.first < times.latest).toBe(true);

    // Submitted months after its due date: the report and the timeline say so, by the first submission only.
    const days = daysBetween(after.report!.dueDate, amsterdamToday());
    expect(lateSubmission(after.report!)).toEqual({ days, dueDate: after.report!.dueDate });
    const timeline = await withTenant(
      buyer.as.viewer,
      (tx) => contractTimeline(tx, { viewer: viewerOf(buyer.as.viewer), contractId: s.contract.id, orgSlug: buyer.org.slug }),
      buyer.as.viewer.db,
    );
    const events = timeline.quarters.flatMap((q) => q.events).filter((e) => e.kind === "report");
    expect(events.find((e) => e.title === "Rapportage ingediend")?.detail).toBe(
      `Te laat ingediend (${days} dagen na de deadline van ${formatDate(after.report!.dueDate)})`,
    );
    expect(events.find((e) => e.title.startsWith("Rapportage opnieuw ingediend"))?.detail).toBeUndefined();
  });

  it("keeps values apart from the buyer and refuses a stale version", async () => {
    const s = await setup();
    const saved = expectOk(await saveReportDraft.run(supplierA.as.admin, form(s)));
    expect(await saveReportDraft.run(buyer.as.admin, form(s, "1", { version: String(saved.version) }))).toMatchObject({
      ok: false,
      code: "ForbiddenError",
    });
    expect(await saveReportDraft.run(supplierA.as.reporter, form(s, "50", { version: "" }))).toMatchObject({
      ok: false,
      code: "ConflictError",
    });
  });

  it("only lets the contract's own manager decide", async () => {
    const s = await setup();
    const other = await insertContract(db, { tenantId: buyer.org.id, managerId: buyer.as.admin.userId, supplierOrgId: supplierA.org.id });
    await insertActiveKpi(db, other);
    const submitted = expectOk(await submitReport.run(supplierA.as.reporter, form(s)));
    const notMine = { reportId: submitted.id, version: String(submitted.version), decision: "accept" };
    expect(await decideReport.run(buyer.as.coordinator, notMine)).toMatchObject({ code: "ForbiddenError" });
    expect(await decideReport.run(buyer.as.contract_manager, { ...notMine, decision: "send_back" })).toMatchObject({
      ok: false,
      fieldErrors: { decisionComment: expect.any(String) },
    });
  });
});

describe("validation on submit", () => {
  it("names each problem per KPI and saves nothing", async () => {
    const s = await setup();
    const result = await submitReport.run(supplierA.as.reporter, {
      ...reportForm(s.contract.id, "2026-Q1", { [s.number.id]: "12.5" }),
      [`score.${s.score.id}`]: "5",
      "value.00000000-0000-4000-8000-000000000000": "3",
    });
    expect(result).toMatchObject({
      ok: false,
      fieldErrors: {
        [`values.${s.number.id}`]: expect.stringMatching(/komma/),
        [`values.${s.score.id}`]: "Kies een score van 1 tot en met 4.",
        "values.00000000-0000-4000-8000-000000000000": expect.stringMatching(/hoort niet bij/),
      },
    });
    const [{ n }] = await queryRows<{ n: number }>(db, sql`select count(*)::int as n from reports where contract_id = ${s.contract.id}`);
    expect(Number(n)).toBe(0);
  });

  it("asks for missing values and refuses a quarter that has not ended", async () => {
    const s = await setup();
    const empty = await submitReport.run(supplierA.as.reporter, reportForm(s.contract.id, "2026-Q1"));
    expect(empty).toMatchObject({
      ok: false,
      fieldErrors: { [`values.${s.number.id}`]: "Vul een waarde in.", [`values.${s.score.id}`]: "Kies een score (1–4)." },
    });
    const later = await insertKpiContract(db, {
      tenantId: buyer.org.id,
      managerId: buyer.as.contract_manager.userId,
      supplierOrgId: supplierA.org.id,
    });
    const kpi = await insertActiveKpi(db, later, { activeFrom: "2030-Q1" });
    const future = await submitReport.run(supplierA.as.reporter, reportForm(later.id, "2030-Q1", { [kpi.id]: "1" }));
    expect(future).toMatchObject({ ok: false, error: expect.stringMatching(/nog niet voorbij/) });
  });
});

describe("isolation", () => {
  it("hides a report from another supplier and another tenant, even with its id", async () => {
    const s = await setup();
    const saved = expectOk(await saveReportDraft.run(supplierA.as.reporter, form(s)));
    expect(await saveReportDraft.run(supplierB.as.reporter, form(s))).toMatchObject({ code: "NotFoundError" });
    expect(await submitReport.run(supplierB.as.admin, form(s))).toMatchObject({ code: "NotFoundError" });
    expect(await uploadEvidence.run(supplierB.as.admin, evidenceForm(s.contract.id, "2026-Q1", s.number.id))).toMatchObject({
      code: "NotFoundError",
    });
    expect(await decideReport.run(otherBuyer.as.admin, { reportId: saved.id, version: "2", decision: "accept" })).toMatchObject({
      code: "NotFoundError",
    });
    await expect(
      withTenant(
        supplierB.as.viewer,
        (tx) => getReportPage(tx, { viewer: viewerOf(supplierB.as.viewer), contractId: s.contract.id, quarter: "2026-Q1" }),
        supplierB.as.viewer.db,
      ),
    ).rejects.toThrow(/bestaat niet/);
  });

  it("serves evidence only to the parties of the contract", async () => {
    const s = await setup();
    const file = expectOk(await uploadEvidence.run(supplierA.as.reporter, evidenceForm(s.contract.id, "2026-Q1", s.number.id)));
    const served = await evidenceRoute.run(buyer.as.viewer, { id: file.id });
    expect(served.status).toBe(200);
    const download = (served.body as { data: { bytes: Uint8Array } }).data;
    expect(Buffer.from(download.bytes).equals(Buffer.from(PDF_BYTES))).toBe(true);
    expect((await evidenceRoute.run(supplierB.as.admin, { id: file.id })).status).toBe(404);
    expect((await evidenceRoute.run(otherBuyer.as.admin, { id: file.id })).status).toBe(404);
  });
});

describe("evidence checks", () => {
  it("refuses a renamed executable and a file over the limit", async () => {
    const s = await setup();
    const exe = await uploadEvidence.run(
      supplierA.as.reporter,
      evidenceForm(s.contract.id, "2026-Q1", s.number.id, EXE_BYTES, "rapport.pdf"),
    );
    expect(exe).toMatchObject({ ok: false, fieldErrors: { file: expect.stringMatching(/hernoemd bestand wordt geweigerd/) } });
    process.env.EVIDENCE_MAX_BYTES = "16";
    try {
      const big = await uploadEvidence.run(supplierA.as.reporter, evidenceForm(s.contract.id, "2026-Q1", s.number.id));
      expect(big).toMatchObject({ ok: false, fieldErrors: { file: expect.stringMatching(/te groot/) } });
    } finally {
      delete process.env.EVIDENCE_MAX_BYTES;
    }
  });
});
