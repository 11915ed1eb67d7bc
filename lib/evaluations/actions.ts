// Writes to a contract's yearly evaluation: open it for a year, answer the roadmap question,
// decide per KPI (keep, adjust, retire), sign per side. The second signature makes it final and
// applies its decisions through the review decision machinery (lib/reviews/finalize.ts), from
// the first quarter of the next year.
import { and, asc, eq, isNull } from "drizzle-orm";
import type { Db } from "@/db/client";
import { kpis, yearlyEvaluationDecisions, yearlyEvaluations, type Contract, type YearlyEvaluation } from "@/db/schema";
import type { Actor } from "@/lib/auth/actor";
import { getContract, getContractInTenant, viewerOf } from "@/lib/contracts/queries";
import { ConflictError, NotFoundError, ValidationError } from "@/lib/errors";
import { defineAction } from "@/lib/http/action";
import { milestoneErrors } from "@/lib/kpis/definition";
import { pathInterpolation } from "@/lib/kpis/rules";
import { addQuarters, compareQuarters, contractQuarters, quarterFromKey, quarterKey, quarterLabel } from "@/lib/periods";
import { activeKpiOf, nextContractQuarter } from "@/lib/reviews/decision-actions";
import { applyKpiDecisions, type KpiDecision } from "@/lib/reviews/finalize";
import { authorName } from "@/lib/reviews/score-actions";
import { auditEvaluation, draftEvaluation, refuseFinalEvaluation, touchEvaluation } from "./access";
import { assertLeadsEvaluation, assertSignsEvaluation } from "./policy";
import { contractYears, evaluationQuarter, evaluationSignBlockers } from "./rules";
import { DecideKpi, OpenEvaluation, RemoveEvaluationDecision, SaveEvaluation, SignEvaluation } from "./schemas";

export const openEvaluation = defineAction({
  name: "evaluations.open",
  permission: "evaluations.manage",
  input: OpenEvaluation,
  async handler(tx, ctx, input) {
    const contract = await getContractInTenant(tx, { tenantId: ctx.org.id, id: input.contractId });
    assertLeadsEvaluation(ctx, contract);
    if (!contractYears(contract).includes(input.year)) throw new ValidationError({ year: "Het contract loopt niet in dat jaar." });
    const [existing] = await tx
      .select({ id: yearlyEvaluations.id })
      .from(yearlyEvaluations)
      .where(
        and(
          eq(yearlyEvaluations.tenantId, contract.tenantId),
          eq(yearlyEvaluations.contractId, contract.id),
          eq(yearlyEvaluations.year, input.year),
        ),
      );
    if (existing) throw new ValidationError({ year: `Er is al een jaarevaluatie van ${input.year} voor dit contract.` });
    const [row] = await tx
      .insert(yearlyEvaluations)
      .values({ tenantId: contract.tenantId, contractId: contract.id, year: input.year, createdByUserId: ctx.userId })
      .returning();
    await auditEvaluation(tx, ctx, row, "open", row);
    return { id: row.id, year: row.year, version: row.version };
  },
});

export const saveEvaluation = defineAction({
  name: "evaluations.save",
  permission: "evaluations.manage",
  input: SaveEvaluation,
  handler: async (tx, ctx, input) =>
    refuseFinalEvaluation(async () => {
      const { evaluation } = await draftEvaluation(tx, ctx, input.evaluationId, input.version, (c) => assertLeadsEvaluation(ctx, c));
      const changes = { roadmapHolds: input.roadmapHolds, roadmapNote: input.roadmapNote, summary: input.summary };
      const after = await touchEvaluation(tx, evaluation, changes);
      await auditEvaluation(tx, ctx, evaluation, "save", changes, {
        roadmapHolds: evaluation.roadmapHolds,
        roadmapNote: evaluation.roadmapNote,
        summary: evaluation.summary,
      });
      return { id: after.id, version: after.version };
    }),
});

/** What a decision will do when the evaluation is final, checked against the contract now. */
async function decisionPayload(tx: Db, evaluation: YearlyEvaluation, contract: Contract, input: DecideKpi) {
  const kpi = await activeKpiOf(tx, contract, input.kpiId);
  if (input.decision === "keep") return { kpi, payload: { name: kpi.name } };
  const review = { quarter: evaluationQuarter(evaluation.year) };
  const next = nextContractQuarter(review, contract);
  if (input.decision === "retire") return { kpi, payload: { retiredFrom: next, name: kpi.name } };
  const errors: Record<string, string> = {};
  if (!input.interpolation || !input.milestones?.length) {
    errors.milestones = "Geef het nieuwe groeipad op: minstens één mijlpaal.";
  } else {
    Object.assign(errors, milestoneErrors(contract, { interpolation: input.interpolation, milestones: input.milestones }, kpi.kind));
  }
  const effectiveFrom = input.effectiveFrom ?? next;
  const last = contractQuarters(contract.startDate, contract.endDate).at(-1)!;
  if (compareQuarters(quarterFromKey(effectiveFrom), quarterFromKey(next)) < 0) {
    errors.effectiveFrom = `Een nieuw groeipad gaat in na het jaar van de evaluatie: vanaf ${quarterLabel(quarterFromKey(next))} of later.`;
  } else if (compareQuarters(quarterFromKey(effectiveFrom), last.quarter) > 0) {
    errors.effectiveFrom = `${quarterLabel(quarterFromKey(effectiveFrom))} valt na het einde van het contract.`;
  }
  if (Object.keys(errors).length) throw new ValidationError(errors);
  return {
    kpi,
    payload: {
      effectiveFrom,
      interpolation: pathInterpolation(kpi.kind, input.interpolation!),
      milestones: input.milestones!,
      name: kpi.name,
    },
  };
}

export const decideKpi = defineAction({
  name: "evaluations.decide_kpi",
  permission: "evaluations.manage",
  input: DecideKpi,
  handler: async (tx, ctx, input) =>
    refuseFinalEvaluation(async () => {
      const { evaluation, contract } = await draftEvaluation(tx, ctx, input.evaluationId, input.version, (c) =>
        assertLeadsEvaluation(ctx, c),
      );
      const { kpi, payload } = await decisionPayload(tx, evaluation, contract, input);
      // One decision per KPI: deciding again replaces the earlier one.
      const [before] = await tx
        .delete(yearlyEvaluationDecisions)
        .where(
          and(
            eq(yearlyEvaluationDecisions.tenantId, evaluation.tenantId),
            eq(yearlyEvaluationDecisions.evaluationId, evaluation.id),
            eq(yearlyEvaluationDecisions.kpiId, kpi.id),
          ),
        )
        .returning();
      const [row] = await tx
        .insert(yearlyEvaluationDecisions)
        .values({
          tenantId: evaluation.tenantId,
          evaluationId: evaluation.id,
          kpiId: kpi.id,
          decision: input.decision,
          reason: input.reason,
          payload,
          createdByUserId: ctx.userId,
        })
        .returning();
      const after = await touchEvaluation(tx, evaluation);
      await auditEvaluation(tx, ctx, evaluation, "decide_kpi", row, before);
      return { id: row.id, evaluationId: evaluation.id, version: after.version };
    }),
});

export const removeEvaluationDecision = defineAction({
  name: "evaluations.remove_decision",
  permission: "evaluations.manage",
  input: RemoveEvaluationDecision,
  handler: async (tx, ctx, input) =>
    refuseFinalEvaluation(async () => {
      const { evaluation } = await draftEvaluation(tx, ctx, input.evaluationId, input.version, (c) => assertLeadsEvaluation(ctx, c));
      const [gone] = await tx
        .delete(yearlyEvaluationDecisions)
        .where(
          and(
            eq(yearlyEvaluationDecisions.tenantId, evaluation.tenantId),
            eq(yearlyEvaluationDecisions.evaluationId, evaluation.id),
            eq(yearlyEvaluationDecisions.kpiId, input.kpiId),
          ),
        )
        .returning();
      if (!gone) throw new NotFoundError("Over deze KPI is in deze jaarevaluatie nog niets besloten.");
      const after = await touchEvaluation(tx, evaluation);
      await auditEvaluation(tx, ctx, evaluation, "remove_decision", undefined, gone);
      return { id: evaluation.id, version: after.version };
    }),
});

/** The contract's KPIs the evaluation decides on: those active now. */
export async function kpisToEvaluate(tx: Db, contract: Pick<Contract, "tenantId" | "id">) {
  return tx
    .select({ id: kpis.id, name: kpis.name, kind: kpis.kind })
    .from(kpis)
    .where(and(eq(kpis.tenantId, contract.tenantId), eq(kpis.contractId, contract.id), eq(kpis.status, "active"), isNull(kpis.retiredFrom)))
    .orderBy(asc(kpis.createdAt), asc(kpis.name));
}

export async function evaluationDecisions(tx: Db, evaluation: Pick<YearlyEvaluation, "tenantId" | "id">) {
  return tx
    .select()
    .from(yearlyEvaluationDecisions)
    .where(and(eq(yearlyEvaluationDecisions.tenantId, evaluation.tenantId), eq(yearlyEvaluationDecisions.evaluationId, evaluation.id)))
    .orderBy(asc(yearlyEvaluationDecisions.createdAt));
}

export async function signBlockersOf(tx: Db, evaluation: YearlyEvaluation, contract: Pick<Contract, "tenantId" | "id">): Promise<string[]> {
  const [open, decided] = await Promise.all([kpisToEvaluate(tx, contract), evaluationDecisions(tx, evaluation)]);
  const undecidedKpis = open.filter((k) => !decided.some((d) => d.kpiId === k.id)).map((k) => k.name);
  return evaluationSignBlockers({ undecidedKpis, roadmapHolds: evaluation.roadmapHolds });
}

/** Keep changes nothing; retire and adjust become the review's retire and growth-path decisions. */
const AS_REVIEW_DECISION = { retire: "retire_kpi", adjust: "change_growth_path" } as const;

async function finalizeEvaluation(
  tx: Db,
  ctx: Actor,
  evaluation: YearlyEvaluation,
  contract: Contract,
  signature: Partial<YearlyEvaluation>,
) {
  const decisions: KpiDecision[] = (await evaluationDecisions(tx, evaluation))
    .filter((d) => d.decision === "retire" || d.decision === "adjust")
    .map((d) => ({
      kind: AS_REVIEW_DECISION[d.decision as "retire" | "adjust"],
      kpiId: d.kpiId,
      reason: d.reason,
      payload: d.payload,
      createdByUserId: d.createdByUserId,
    }));
  const buyerSignerId = signature.buyerSignedByUserId ?? evaluation.buyerSignedByUserId ?? null;
  const origin = {
    tenantId: evaluation.tenantId,
    contractId: evaluation.contractId,
    quarter: evaluationQuarter(evaluation.year),
    reviewId: null,
    evaluationId: evaluation.id,
  };
  await applyKpiDecisions(tx, ctx, origin, contract, decisions, buyerSignerId);
  const now = new Date();
  const [final] = await tx
    .update(yearlyEvaluations)
    .set({ ...signature, status: "final", finalizedAt: now, version: evaluation.version + 1, updatedAt: now })
    .where(
      and(
        eq(yearlyEvaluations.tenantId, evaluation.tenantId),
        eq(yearlyEvaluations.id, evaluation.id),
        eq(yearlyEvaluations.version, evaluation.version),
      ),
    )
    .returning();
  if (!final) throw new ConflictError();
  await auditEvaluation(tx, ctx, evaluation, "finalize", { finalizedAt: now, decisions: decisions.length });
  return final;
}

export const signEvaluation = defineAction({
  name: "evaluations.sign",
  permission: "evaluations.sign",
  input: SignEvaluation,
  handler: async (tx, ctx, input) =>
    refuseFinalEvaluation(async () => {
      const { evaluation, contract } = await draftEvaluation(tx, ctx, input.evaluationId, input.version, (c) =>
        assertSignsEvaluation(ctx, c),
      );
      const buyer = ctx.org.kind === "buyer";
      if (buyer ? evaluation.buyerSignedAt : evaluation.supplierSignedAt) {
        const message = `Deze jaarevaluatie is al ondertekend namens de ${buyer ? "opdrachtgever" : "leverancier"}.`;
        throw new ValidationError({ _form: message }, message);
      }
      const blockers = await signBlockersOf(tx, evaluation, contract);
      if (blockers.length)
        throw new ValidationError({ _form: blockers.join(" ") }, `De jaarevaluatie kan nog niet worden ondertekend. ${blockers.join(" ")}`);
      const now = new Date();
      const signature: Partial<YearlyEvaluation> = buyer
        ? { buyerSignedByUserId: ctx.userId, buyerSignedAt: now, buyerSignerName: authorName(ctx) }
        : { supplierSignedByUserId: ctx.userId, supplierSignedAt: now, supplierSignerName: authorName(ctx) };
      await auditEvaluation(tx, ctx, evaluation, "sign", { side: ctx.org.kind });
      if (buyer ? evaluation.supplierSignedAt : evaluation.buyerSignedAt) {
        const final = await finalizeEvaluation(tx, ctx, evaluation, contract, signature);
        return { id: final.id, version: final.version, status: final.status };
      }
      const [after] = await tx
        .update(yearlyEvaluations)
        .set({ ...signature, version: evaluation.version + 1, updatedAt: now })
        .where(
          and(
            eq(yearlyEvaluations.tenantId, evaluation.tenantId),
            eq(yearlyEvaluations.id, evaluation.id),
            eq(yearlyEvaluations.version, evaluation.version),
          ),
        )
        .returning();
      if (!after) throw new ConflictError();
      return { id: after.id, version: after.version, status: after.status };
    }),
});

/** The contract a page shows an evaluation of, as this actor sees it. */
export function contractFor(tx: Db, actor: Actor, contractId: string) {
  return getContract(tx, { viewer: viewerOf(actor), id: contractId });
}

// Re-exported so the page can tell the first quarter the decisions take effect.
export function effectiveQuarter(year: number): string {
  return quarterKey(addQuarters(quarterFromKey(evaluationQuarter(year)), 1));
}
