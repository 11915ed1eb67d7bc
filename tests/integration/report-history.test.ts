// The whole history of a report through two send-backs: the questions and answers of every round,
// each version's explanation and evidence, only the KPIs asked about reopened, one timeline event
// per round; and the rounds out of reach of other tenants, other suppliers and the wrong role.
import { sql } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { queryRows } from "@/db/client";
import { viewerOf } from "@/lib/contracts/queries";
import { decideReport, deleteEvidence, saveReportDraft, submitReport, uploadEvidence } from "@/lib/reports/actions";
import { getReportPage } from "@/lib/reports/queries";
import { NOT_REOPENED_MESSAGE } from "@/lib/reports/reopen";
import { evidenceRoute } from "@/lib/reports/routes";
import { contractTimeline } from "@/lib/reviews/timeline";
import { withTenant } from "@/lib/tenancy";
import type { Caller } from "@/lib/http/steps";
import { openTestDatabase } from "../fixtures/db";
import { createBuyer, createSupplier, expectOk, insertContract } from "../fixtures/factories";
import { evidenceForm, insertActiveKpi, reportForm } from "../fixtures/reports";

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

async function setup() {
  const contract = await insertContract(db, {
    tenantId: buyer.org.id,
    managerId: buyer.as.contract_manager.userId,
    supplierOrgId: supplier.org.id,
  });
  const number = await insertActiveKpi(db, contract, { name: "Plantaardige eiwitten" });
  const score = await insertActiveKpi(db, contract, { name: "Samenwerking", kind: "qualitative", indicatorId: null });
  return { contract, number, score };
}

type Setup = Awaited<ReturnType<typeof setup>>;

/** The report form: the number KPI with its explanation, the score KPI with a score and its own explanation. */
function form(s: Setup, version: number, fields: { value: string; explanation: string; score: string; scoreExplanation: string }) {
  return reportForm(
    s.contract.id,
    "2026-Q1",
    {},
    {
      version: String(version),
      [`value.${s.number.id}`]: fields.value,
      [`explanation.${s.number.id}`]: fields.explanation,
      [`score.${s.score.id}`]: fields.score,
      [`explanation.${s.score.id}`]: fields.scoreExplanation,
    },
  );
}

const pageAs = (caller: Caller, contractId: string) =>
  withTenant(caller, (tx) => getReportPage(tx, { viewer: viewerOf(caller), contractId, quarter: "2026-Q1" }), caller.db);

describe("report history after two rounds of send-back", () => {
  it("keeps every question and answer, each version's explanation and evidence, and reopens only the KPIs asked about", async () => {
    const s = await setup();
    const reporter = supplier.as.reporter;
    const manager = buyer.as.contract_manager;
    const first = { value: "41,5", explanation: "Uit de inkoopfacturen.", score: "3", scoreExplanation: "Maandelijks overleg." };

    const oldFile = expectOk(
      await uploadEvidence.run(reporter, evidenceForm(s.contract.id, "2026-Q1", s.number.id, undefined, "facturen.pdf")),
    );
    const v1 = expectOk(await submitReport.run(reporter, form(s, 1, first)));

    // Round 1: only the number KPI is asked about.
    const back1 = expectOk(
      await decideReport.run(manager, {
        reportId: v1.id,
        version: String(v1.version),
        decision: "send_back",
        decisionComment: "Graag de facturen nog eens nalopen.",
        [`comment.${s.number.id}`]: "Klopt 41,5 wel met de facturen?",
      }),
    );
    const open1 = await pageAs(reporter, s.contract.id);
    expect(open1.kpis.map((k) => [k.id, k.reopened])).toEqual([
      [s.number.id, true],
      [s.score.id, false],
    ]);

    // The score was not sent back: changing it is refused at its field, and so is evidence for it.
    const changedScore = await saveReportDraft.run(reporter, form(s, back1.version, { ...first, value: "39,75", score: "4" }));
    expect(!changedScore.ok && changedScore.fieldErrors).toEqual({ [`values.${s.score.id}`]: NOT_REOPENED_MESSAGE });
    expect(await uploadEvidence.run(reporter, evidenceForm(s.contract.id, "2026-Q1", s.score.id))).toMatchObject({ ok: false });

    // Evidence of version 1 is withdrawn from the report being written, not deleted.
    expectOk(await deleteEvidence.run(reporter, { evidenceId: oldFile.id }));
    const newFile = expectOk(
      await uploadEvidence.run(reporter, evidenceForm(s.contract.id, "2026-Q1", s.number.id, undefined, "controle.pdf")),
    );
    const second = { ...first, value: "39,75", explanation: "Gecorrigeerd na controle van de facturen." };
    // The score KPI is left out of the post entirely (a read-only field): it keeps its submitted value.
    const {
      [`score.${s.score.id}`]: _score,
      [`explanation.${s.score.id}`]: _explanation,
      ...withoutScore
    } = form(s, back1.version, second);
    const v2 = expectOk(await submitReport.run(reporter, { ...withoutScore, narrative: "Facturen opnieuw geteld." }));
    expect(v2.submissionNumber).toBe(2);

    // Round 2: only the score KPI; now the number cannot change.
    const back2 = expectOk(
      await decideReport.run(manager, {
        reportId: v2.id,
        version: String(v2.version),
        decision: "send_back",
        [`comment.${s.score.id}`]: "Waarom geen 4, met het nieuwe overleg?",
      }),
    );
    const changedNumber = await submitReport.run(reporter, form(s, back2.version, { ...second, value: "50", score: "4" }));
    expect(!changedNumber.ok && changedNumber.fieldErrors).toEqual({ [`values.${s.number.id}`]: NOT_REOPENED_MESSAGE });
    const third = { ...second, score: "4", scoreExplanation: "Sinds maart elke week overleg." };
    const v3 = expectOk(await submitReport.run(reporter, form(s, back2.version, third)));
    expectOk(await decideReport.run(manager, { reportId: v3.id, version: String(v3.version), decision: "accept" }));

    const page = await pageAs(buyer.as.viewer, s.contract.id);
    expect(page.report?.status).toBe("accepted");
    expect(
      page.rounds.map((r) => ({
        number: r.roundNumber,
        question: r.question,
        sentBackBy: r.sentBackBy,
        answer: r.answer,
        answeredBy: r.answeredBy,
        questions: r.questions.map((q) => [q.kpiName, q.question, q.answer]),
      })),
    ).toEqual([
      {
        number: 1,
        question: "Graag de facturen nog eens nalopen.",
        sentBackBy: expect.any(String),
        answer: "Facturen opnieuw geteld.",
        answeredBy: expect.any(String),
        questions: [["Plantaardige eiwitten", "Klopt 41,5 wel met de facturen?", "Gecorrigeerd na controle van de facturen."]],
      },
      {
        number: 2,
        question: null,
        sentBackBy: expect.any(String),
        answer: null,
        answeredBy: expect.any(String),
        questions: [["Samenwerking", "Waarom geen 4, met het nieuwe overleg?", "Sinds maart elke week overleg."]],
      },
    ]);

    // Each version keeps its own values, explanations and evidence.
    const ofKpi = (kpiId: string) => page.submissions.map((v) => v.snapshot.values.find((x) => x.kpiId === kpiId));
    expect(ofKpi(s.number.id).map((v) => [v?.value, v?.explanation])).toEqual([
      ["41.5", "Uit de inkoopfacturen."],
      ["39.75", "Gecorrigeerd na controle van de facturen."],
      ["39.75", "Gecorrigeerd na controle van de facturen."],
    ]);
    expect(ofKpi(s.score.id).map((v) => [v?.score, v?.explanation])).toEqual([
      [3, "Maandelijks overleg."],
      [3, "Maandelijks overleg."],
      [4, "Sinds maart elke week overleg."],
    ]);
    expect(ofKpi(s.number.id).map((v) => v?.evidence?.map((f) => f.fileName))).toEqual([
      ["facturen.pdf"],
      ["controle.pdf"],
      ["controle.pdf"],
    ]);
    expect(page.kpis.find((k) => k.id === s.number.id)?.evidence.map((f) => f.id)).toEqual([newFile.id]);
    // The withdrawn file still downloads for the version that holds it.
    expect((await evidenceRoute.run(buyer.as.viewer, { id: oldFile.id })).status).toBe(200);

    // The timeline: one send-back event per round, with its question, next to the submissions.
    const timeline = await withTenant(
      buyer.as.viewer,
      (tx) => contractTimeline(tx, { viewer: viewerOf(buyer.as.viewer), contractId: s.contract.id, orgSlug: buyer.org.slug }),
      buyer.as.viewer.db,
    );
    const sentBack = timeline.quarters.flatMap((q) => q.events).filter((e) => e.title.startsWith("Rapportage teruggestuurd"));
    expect(sentBack.map((e) => [e.title, e.detail])).toEqual([
      [
        "Rapportage teruggestuurd voor aanvulling (ronde 1)",
        "Graag de facturen nog eens nalopen. · Plantaardige eiwitten: Klopt 41,5 wel met de facturen?",
      ],
      ["Rapportage teruggestuurd voor aanvulling (ronde 2)", "Samenwerking: Waarom geen 4, met het nieuwe overleg?"],
    ]);

    // Who did what is in the audit trail.
    const audit = await queryRows<{ action: string; actor: string }>(
      db,
      sql`select action, actor_user_id::text as actor from audit_events where entity = 'report' and entity_id = ${v1.id} order by created_at`,
    );
    expect(audit.filter((a) => a.action === "send_back").map((a) => a.actor)).toEqual([manager.userId, manager.userId]);
    expect(audit.find((a) => a.action === "withdraw_evidence")?.actor).toBe(reporter.userId);
  });

  it("keeps the rounds from another tenant, another supplier and a role that may not decide", async () => {
    const s = await setup();
    const v1 = expectOk(
      await submitReport.run(
        supplier.as.reporter,
        form(s, 1, { value: "40", explanation: "Geteld.", score: "2", scoreExplanation: "Start." }),
      ),
    );
    const sendBack = { reportId: v1.id, version: String(v1.version), decision: "send_back", [`comment.${s.number.id}`]: "Bron?" };
    expect(await decideReport.run(otherBuyer.as.contract_manager, sendBack)).toMatchObject({ ok: false, code: "NotFoundError" });
    expect(await decideReport.run(otherBuyer.as.admin, sendBack)).toMatchObject({ ok: false, code: "NotFoundError" });
    expect(await decideReport.run(buyer.as.viewer, sendBack)).toMatchObject({ ok: false, code: "ForbiddenError" });
    expect(await decideReport.run(supplier.as.reporter, sendBack)).toMatchObject({ ok: false, code: "ForbiddenError" });
    expectOk(await decideReport.run(buyer.as.contract_manager, sendBack));

    const rows = (caller: Caller) =>
      withTenant(
        caller,
        async (tx) => [
          ...(await queryRows<{ id: string }>(tx, sql`select id from report_rounds where report_id = ${v1.id}`)),
          ...(await queryRows<{ id: string }>(tx, sql`select id from report_questions where report_id = ${v1.id}`)),
        ],
        caller.db,
      );
    expect(await rows(buyer.as.viewer)).toHaveLength(2);
    expect(await rows(supplier.as.viewer)).toHaveLength(2);
    expect(await rows(otherBuyer.as.admin)).toEqual([]);
    expect(await rows(otherSupplier.as.admin)).toEqual([]);
    await expect(pageAs(otherSupplier.as.admin, s.contract.id)).rejects.toThrow();
  });
});
