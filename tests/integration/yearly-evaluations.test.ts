// The yearly evaluation: per KPI keep, adjust or retire, taking effect from the first quarter of
// the next year through the review decision machinery; signed by both sides, then final and
// immutable in the database; the X-curve check of the roadmap; another tenant's ids refused.
import { sql } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { queryRows } from "@/db/client";
import { viewerOf } from "@/lib/contracts/queries";
import { decideKpi, openEvaluation, removeEvaluationDecision, saveEvaluation, signEvaluation } from "@/lib/evaluations/actions";
import { evaluationPage } from "@/lib/evaluations/pages";
import { xCurveWarnings } from "@/lib/evaluations/rules";
import { getReportPage } from "@/lib/reports/queries";
import { createRoadmapItem } from "@/lib/roadmap/actions";
import { withTenant } from "@/lib/tenancy";
import { databaseError, openTestDatabase } from "../fixtures/db";
import { createBuyer, createSupplier, expectOk, insertContract } from "../fixtures/factories";
import { insertResultKpi } from "../fixtures/reviews";

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
  ).kpis
    .map((k) => k.name)
    .sort();

describe("yearly evaluation", () => {
  it("keeps, adjusts and retires KPIs from the next year once both sides signed, then refuses every change", async () => {
    const contract = await contractOf();
    const kept = await insertResultKpi(db, contract, null, { name: "Blijvende KPI" });
    const adjusted = await insertResultKpi(db, contract, null, { name: "Aangepaste KPI" });
    const retired = await insertResultKpi(db, contract, null, { name: "Vervallen KPI" });
    const cm = buyer.as.contract_manager;

    const opened = expectOk(await openEvaluation.run(cm, { contractId: contract.id, year: "2026" }));
    expect(await openEvaluation.run(cm, { contractId: contract.id, year: "2026" })).toMatchObject({
      ok: false,
      fieldErrors: { year: expect.stringMatching(/al een jaarevaluatie van 2026/) },
    });
    expect(await openEvaluation.run(cm, { contractId: contract.id, year: "2030" })).toMatchObject({
      ok: false,
      fieldErrors: { year: "Het contract loopt niet in dat jaar." },
    });
    let v = opened.version;
    const ref = () => ({ evaluationId: opened.id, version: String(v) });

    v = expectOk(await decideKpi.run(cm, { ...ref(), kpiId: kept.id, decision: "keep", reason: "Nog steeds actueel." })).version;
    // An adjustment is a new growth path, from the next year at the earliest.
    expect(
      await decideKpi.run(cm, {
        ...ref(),
        kpiId: adjusted.id,
        decision: "adjust",
        reason: "Te weinig ambitieus.",
        effectiveFrom: "2026-Q4",
        interpolation: "step",
        "milestones.0.quarter": "2027-Q1",
        "milestones.0.value": "60",
      }),
    ).toMatchObject({ ok: false, fieldErrors: { effectiveFrom: expect.stringMatching(/vanaf 2027 K1/) } });
    v = expectOk(
      await decideKpi.run(cm, {
        ...ref(),
        kpiId: adjusted.id,
        decision: "adjust",
        reason: "Te weinig ambitieus.",
        interpolation: "step",
        "milestones.0.quarter": "2027-Q1",
        "milestones.0.value": "60",
      }),
    ).version;
    // A stale version is a conflict, not a silent overwrite.
    expect(
      await decideKpi.run(cm, { evaluationId: opened.id, version: "1", kpiId: retired.id, decision: "keep", reason: "x" }),
    ).toMatchObject({ ok: false, code: "ConflictError" });
    // Not signable while a KPI is undecided or the roadmap question is open.
    expect(await signEvaluation.run(supplier.as.admin, ref())).toMatchObject({ ok: false, error: expect.stringMatching(/Vervallen KPI/) });
    v = expectOk(await decideKpi.run(cm, { ...ref(), kpiId: retired.id, decision: "retire", reason: "Niet meer relevant." })).version;
    v = expectOk(await saveEvaluation.run(cm, { ...ref(), roadmapHolds: "partly", roadmapNote: "Afbouw loopt achter." })).version;

    // The supplier's reporter does not sign the yearly evaluation; its admin does.
    expect(await signEvaluation.run(supplier.as.reporter, ref())).toMatchObject({ ok: false, code: "ForbiddenError" });
    v = expectOk(await signEvaluation.run(supplier.as.admin, ref())).version;
    expect((await reportKpis(contract.id, "2027-Q1")).length).toBe(3);
    const final = expectOk(await signEvaluation.run(cm, ref()));
    expect(final.status).toBe("final");

    expect(await reportKpis(contract.id, "2026-Q4")).toEqual(["Aangepaste KPI", "Blijvende KPI", "Vervallen KPI"]);
    expect(await reportKpis(contract.id, "2027-Q1")).toEqual(["Aangepaste KPI", "Blijvende KPI"]);
    const [row] = await queryRows<{ status: string; retired_from: string; retired_reason: string }>(
      db,
      sql`select status, retired_from, retired_reason from kpis where id = ${retired.id}`,
    );
    expect(row).toEqual({ status: "retired", retired_from: "2027-Q1", retired_reason: "Niet meer relevant." });
    const paths = await queryRows<{ effective_from: string }>(
      db,
      sql`select effective_from from growth_path_versions where kpi_id = ${adjusted.id} order by version_number`,
    );
    expect(paths.at(-1)?.effective_from).toBe("2027-Q1");

    // Final: the action refuses in Dutch, and the database refuses even a direct write.
    v = final.version;
    expect(await saveEvaluation.run(cm, { ...ref(), roadmapHolds: "yes" })).toMatchObject({
      ok: false,
      error: expect.stringMatching(/definitief/),
    });
    const asApp = (statement: ReturnType<typeof sql>) => databaseError(withTenant(cm, (tx) => tx.execute(statement), cm.db));
    expect(await asApp(sql`update yearly_evaluations set summary = 'x' where id = ${opened.id}`)).toMatch(/final/);
    expect(await asApp(sql`delete from yearly_evaluation_decisions where evaluation_id = ${opened.id}`)).toMatch(/final/);
    expect(await asApp(sql`delete from yearly_evaluations where id = ${opened.id}`)).toMatch(/final/);

    const audit = await queryRows<{ action: string }>(
      db,
      sql`select action from audit_events where entity = 'yearly_evaluation' and entity_id = ${opened.id} order by created_at`,
    );
    expect(audit.map((a) => a.action)).toEqual(expect.arrayContaining(["open", "decide_kpi", "save", "sign", "finalize"]));
    const retiredEvent = await queryRows<{ actor_user_id: string }>(
      db,
      sql`select actor_user_id from audit_events where entity = 'kpi' and entity_id = ${retired.id} and action = 'retire'`,
    );
    expect(retiredEvent).toEqual([{ actor_user_id: cm.userId }]);
  });

  it("refuses another tenant's ids, the wrong role and decisions on another contract's KPI", async () => {
    const contract = await contractOf();
    const kpi = await insertResultKpi(db, contract, null);
    const cm = buyer.as.contract_manager;
    const opened = expectOk(await openEvaluation.run(cm, { contractId: contract.id, year: "2027" }));
    const ref = { evaluationId: opened.id, version: String(opened.version) };
    expect(await openEvaluation.run(otherBuyer.as.admin, { contractId: contract.id, year: "2026" })).toMatchObject({
      code: "NotFoundError",
    });
    expect(await saveEvaluation.run(otherBuyer.as.admin, { ...ref, roadmapHolds: "yes" })).toMatchObject({ code: "NotFoundError" });
    expect(await signEvaluation.run(otherBuyer.as.coordinator, ref)).toMatchObject({ code: "NotFoundError" });
    expect(await decideKpi.run(buyer.as.viewer, { ...ref, kpiId: kpi.id, decision: "keep", reason: "x" })).toMatchObject({
      code: "ForbiddenError",
    });
    expect(await decideKpi.run(supplier.as.admin, { ...ref, kpiId: kpi.id, decision: "keep", reason: "x" })).toMatchObject({
      code: "ForbiddenError",
    });
    const foreign = await insertResultKpi(db, await contractOf(), null);
    expect(await decideKpi.run(cm, { ...ref, kpiId: foreign.id, decision: "keep", reason: "x" })).toMatchObject({
      code: "NotFoundError",
    });
    // 2027 is the contract's last year: a retirement could never take effect.
    expect(await decideKpi.run(cm, { ...ref, kpiId: kpi.id, decision: "retire", reason: "x" })).toMatchObject({
      ok: false,
      error: expect.stringMatching(/laatste kwartaal/),
    });
    const kept = expectOk(await decideKpi.run(buyer.as.coordinator, { ...ref, kpiId: kpi.id, decision: "keep", reason: "Actueel." }));
    expect(
      await removeEvaluationDecision.run(otherBuyer.as.admin, { evaluationId: opened.id, version: String(kept.version), kpiId: kpi.id }),
    ).toMatchObject({ code: "NotFoundError" });
    expectOk(await removeEvaluationDecision.run(cm, { evaluationId: opened.id, version: String(kept.version), kpiId: kpi.id }));
  });

  it("warns when the roadmap has no afbouw or no opbouw", async () => {
    expect(xCurveWarnings(["opbouw", "voortbouw"])).toEqual([expect.stringMatching(/geen afbouw/)]);
    expect(xCurveWarnings(["afbouw", "opbouw"])).toEqual([]);
    expect(xCurveWarnings([])).toHaveLength(2);

    const contract = await contractOf();
    const cm = buyer.as.contract_manager;
    const opened = expectOk(await openEvaluation.run(cm, { contractId: contract.id, year: "2026" }));
    expectOk(
      await createRoadmapItem.run(cm, {
        contractId: contract.id,
        title: "Herbruikbare bekers invoeren",
        strategy: "opbouw",
        ownerSide: "supplier",
        dueDate: "2026-09-30",
      }),
    );
    const page = await evaluationPage(supplier.as.admin, contract.id, "2026", supplier.as.admin.db);
    expect(page.evaluation?.id).toBe(opened.id);
    expect(page.xCurveWarnings).toEqual([expect.stringMatching(/geen afbouw/)]);
    expect(page.canSign).toBe(true);
    expect(page.canLead).toBe(false);
  });
});
