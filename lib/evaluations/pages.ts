// What the yearly evaluation page needs, shaped on the server so app/ stays free of database code.
import type { Db } from "@/db/client";
import type { Actor } from "@/lib/auth/actor";
import { NotFoundError } from "@/lib/errors";
import { quarterFromKey, quarterLabel } from "@/lib/periods";
import { withTenant } from "@/lib/tenancy";
import { contractFor, effectiveQuarter, evaluationDecisions, kpisToEvaluate, signBlockersOf } from "./actions";
import { leadsEvaluation, signsEvaluation } from "./policy";
import { findEvaluationOfYear, roadmapStrategies } from "./queries";
import { contractYears, EVALUATION_DECISIONS, ROADMAP_HOLDS, xCurveWarnings, type EvaluationDecision, type RoadmapHolds } from "./rules";

/** `db` only where a test runs against its own database. */
export async function evaluationPage(actor: Actor, contractId: string, yearParam: string, db?: Db) {
  return withTenant(
    actor,
    async (tx) => {
      const contract = await contractFor(tx, actor, contractId);
      const year = Number(yearParam);
      if (!/^\d{4}$/.test(yearParam) || !contractYears(contract).includes(year))
        throw new NotFoundError("Het contract loopt niet in dat jaar.");
      const [evaluation, open, strategies] = await Promise.all([
        findEvaluationOfYear(tx, contract, year),
        kpisToEvaluate(tx, contract),
        roadmapStrategies(tx, contract),
      ]);
      const decisions = evaluation ? await evaluationDecisions(tx, evaluation) : [];
      // A final evaluation shows what it decided, also about KPIs it retired.
      const kpiRows = evaluation?.status === "final" ? [] : open;
      const decided = decisions.map((d) => ({
        kpiId: d.kpiId,
        name: String((d.payload as { name?: string }).name ?? ""),
        decision: d.decision as EvaluationDecision,
        decisionLabel: EVALUATION_DECISIONS[d.decision as EvaluationDecision],
        reason: d.reason,
        effectiveFrom:
          (d.payload as { effectiveFrom?: string; retiredFrom?: string }).effectiveFrom ??
          (d.payload as { retiredFrom?: string }).retiredFrom ??
          null,
      }));
      const kpis = [
        ...kpiRows.map((k) => ({ id: k.id, name: k.name, kind: k.kind, decided: decided.find((d) => d.kpiId === k.id) ?? null })),
        ...decided
          .filter((d) => !kpiRows.some((k) => k.id === d.kpiId))
          .map((d) => ({ id: d.kpiId, name: d.name, kind: null, decided: d })),
      ];
      const draft = evaluation !== null && evaluation.status === "draft";
      const next = effectiveQuarter(year);
      return {
        contract,
        year,
        evaluation,
        kpis,
        blockers: draft ? await signBlockersOf(tx, evaluation, contract) : [],
        roadmapHoldsLabel: evaluation?.roadmapHolds ? ROADMAP_HOLDS[evaluation.roadmapHolds as RoadmapHolds] : null,
        xCurveWarnings: xCurveWarnings(strategies),
        roadmapItemCount: strategies.length,
        effectiveFrom: quarterLabel(quarterFromKey(next)),
        effectiveFromKey: next,
        canLead: leadsEvaluation(actor, contract) && (evaluation === null || draft),
        canSign:
          draft &&
          signsEvaluation(actor, contract) &&
          !(actor.org.kind === "buyer" ? evaluation.buyerSignedAt : evaluation.supplierSignedAt),
      };
    },
    db,
  );
}
