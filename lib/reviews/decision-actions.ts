// Decisions recorded in a draft review. They take effect when the review becomes final
// (finalize.ts): an added KPI counts from the quarter after the review's quarter, a retired KPI
// no longer counts from then, a new growth-path version from the quarter given. Each decision is
// checked against the contract now, so signing never fails on a decision that cannot be applied.
import { and, eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { kpis, reviewDecisions, type Review } from "@/db/schema";
import { NotFoundError, ValidationError } from "@/lib/errors";
import { kpiFieldErrors, milestoneErrors } from "@/lib/kpis/definition";
import { pathInterpolation } from "@/lib/kpis/rules";
import { malusRuleErrors, type MalusRule } from "@/lib/malus/rule";
import { assessmentProblem, ruleFrom } from "@/lib/malus/assessment";
import { kpiReferenceErrors } from "@/lib/kpis/store";
import { addQuarters, compareQuarters, contractQuarters, quarterFromKey, quarterKey, quarterLabel } from "@/lib/periods";
import { auditReview, draftForWrite, refuseFinal, touchReview, type ReviewContract } from "./access";
import { ActionItemDecision, AddKpiDecision, GrowthPathDecision, RemoveDecision, RetireKpiDecision, SetMalusDecision } from "./schemas";
import type { Actor } from "@/lib/auth/actor";
import { defineAction } from "@/lib/http/action";

type DecisionKind = "add_kpi" | "retire_kpi" | "change_growth_path" | "action_item" | "set_malus";

/** The quarter after the review's quarter, when the contract still runs then. */
export function nextContractQuarter(review: Pick<Review, "quarter">, contract: { startDate: string; endDate: string }): string {
  const next = quarterKey(addQuarters(quarterFromKey(review.quarter), 1));
  if (!contractQuarters(contract.startDate, contract.endDate).some((q) => q.key === next)) {
    throw new ValidationError(
      { _form: "Dit is het laatste kwartaal van het contract: een wijziging kan niet meer ingaan." },
      "Dit is het laatste kwartaal van het contract: een wijziging kan niet meer ingaan.",
    );
  }
  return next;
}

/** An active KPI of the review's contract; anything else is "not found" or refused. */
export async function activeKpiOf(tx: Db, contract: Pick<ReviewContract, "tenantId" | "id">, kpiId: string) {
  const [kpi] = await tx
    .select()
    .from(kpis)
    .where(and(eq(kpis.tenantId, contract.tenantId), eq(kpis.contractId, contract.id), eq(kpis.id, kpiId)))
    .limit(1);
  if (!kpi) throw new NotFoundError("Deze KPI hoort niet bij dit contract.");
  if (kpi.status !== "active" || kpi.retiredFrom) throw new ValidationError({ kpiId: "Deze KPI is niet (meer) actief." });
  return kpi;
}

async function recordDecision(
  tx: Db,
  ctx: Actor,
  review: Review,
  decision: { kind: DecisionKind; kpiId?: string | null; reason?: string | null; payload: Record<string, unknown> },
) {
  const [row] = await tx
    .insert(reviewDecisions)
    .values({
      tenantId: review.tenantId,
      reviewId: review.id,
      kind: decision.kind,
      kpiId: decision.kpiId ?? null,
      reason: decision.reason ?? null,
      payload: decision.payload,
      createdByUserId: ctx.userId,
    })
    .returning();
  const after = await touchReview(tx, review);
  await auditReview(tx, ctx, review, "add_decision", { decisionId: row.id, ...decision });
  return { id: row.id, reviewId: review.id, version: after.version };
}

function decisionAction<
  S extends
    typeof AddKpiDecision | typeof RetireKpiDecision | typeof GrowthPathDecision | typeof ActionItemDecision | typeof SetMalusDecision,
>(
  name: string,
  input: S,
  build: (tx: Db, review: Review, contract: ReviewContract, input: ReturnType<S["parse"]>) => Promise<Parameters<typeof recordDecision>[3]>,
) {
  return defineAction({
    name,
    permission: "reviews.manage",
    input,
    handler: async (tx, ctx, parsed) =>
      refuseFinal(async () => {
        const p = parsed as ReturnType<S["parse"]>;
        const { review, contract } = await draftForWrite(tx, ctx, p.reviewId, { manage: true, version: p.version });
        return recordDecision(tx, ctx, review, await build(tx, review, contract, p));
      }),
  });
}

function assessmentErrors(rule: MalusRule | null, contract: { startDate: string; endDate: string }): Record<string, string> {
  const problem = assessmentProblem(
    rule,
    contractQuarters(contract.startDate, contract.endDate).map((q) => q.key),
  );
  return problem ? { assessmentQuarters: problem } : {};
}

export const addKpiDecision = decisionAction("reviews.add_kpi_decision", AddKpiDecision, async (tx, review, contract, input) => {
  const activeFrom = nextContractQuarter(review, contract);
  const { malusRule: malusError, ...fieldErrors } = kpiFieldErrors(input);
  const errors = {
    ...fieldErrors,
    // The review's form asks for the rule with its type first: that is where the message goes.
    ...(malusError ? { type: malusError } : {}),
    ...milestoneErrors(contract, { interpolation: input.interpolation, milestones: input.milestones }, input.kind),
    ...assessmentErrors(input.malusRule ? ruleFrom(input.malusRule, activeFrom) : null, contract),
    ...(await kpiReferenceErrors(tx, contract, { indicatorId: input.indicatorId, themeIds: input.themeIds })),
  };
  if (Object.keys(errors).length) throw new ValidationError(errors);
  const { reviewId: _r, version: _v, reason, ...fields } = input;
  return { kind: "add_kpi", reason, payload: { ...fields, activeFrom } };
});

export const retireKpiDecision = decisionAction("reviews.retire_kpi_decision", RetireKpiDecision, async (tx, review, contract, input) => {
  const retiredFrom = nextContractQuarter(review, contract);
  const kpi = await activeKpiOf(tx, contract, input.kpiId);
  const [twice] = await tx
    .select({ id: reviewDecisions.id })
    .from(reviewDecisions)
    .where(
      and(
        eq(reviewDecisions.tenantId, review.tenantId),
        eq(reviewDecisions.reviewId, review.id),
        eq(reviewDecisions.kind, "retire_kpi"),
        eq(reviewDecisions.kpiId, kpi.id),
      ),
    );
  if (twice) throw new ValidationError({ kpiId: "Voor deze KPI is al besloten dat hij vervalt." });
  return { kind: "retire_kpi", kpiId: kpi.id, reason: input.reason, payload: { retiredFrom, name: kpi.name } };
});

export const setMalusDecision = decisionAction("reviews.set_malus_decision", SetMalusDecision, async (tx, review, contract, input) => {
  const from = nextContractQuarter(review, contract);
  const kpi = await activeKpiOf(tx, contract, input.kpiId);
  const errors: Record<string, string> = {};
  if (kpi.obligation !== "resultaat") errors.kpiId = "Alleen een resultaatverplichting kan een malus hebben.";
  if (!input.malusRule) errors.type = "Kies het soort malus.";
  else if (malusRuleErrors(input.malusRule).length > 0) errors.type = malusRuleErrors(input.malusRule).join(" ");
  const rule = input.malusRule ? ruleFrom(input.malusRule, from) : null;
  Object.assign(errors, assessmentErrors(rule, contract));
  const [twice] = await tx
    .select({ id: reviewDecisions.id })
    .from(reviewDecisions)
    .where(
      and(
        eq(reviewDecisions.tenantId, review.tenantId),
        eq(reviewDecisions.reviewId, review.id),
        eq(reviewDecisions.kind, "set_malus"),
        eq(reviewDecisions.kpiId, kpi.id),
      ),
    );
  if (twice) errors.kpiId = "Voor deze KPI is in deze review al een malusregel besloten.";
  if (Object.keys(errors).length) throw new ValidationError(errors);
  return { kind: "set_malus", kpiId: kpi.id, reason: input.reason, payload: { malusRule: rule, from, name: kpi.name } };
});

export const growthPathDecision = decisionAction(
  "reviews.growth_path_decision",
  GrowthPathDecision,
  async (tx, review, contract, input) => {
    const next = nextContractQuarter(review, contract);
    const kpi = await activeKpiOf(tx, contract, input.kpiId);
    const effectiveFrom = input.effectiveFrom ?? next;
    const last = contractQuarters(contract.startDate, contract.endDate).at(-1)!;
    const errors: Record<string, string> = milestoneErrors(
      contract,
      { interpolation: input.interpolation, milestones: input.milestones },
      kpi.kind,
    );
    if (compareQuarters(quarterFromKey(effectiveFrom), quarterFromKey(next)) < 0) {
      errors.effectiveFrom = `Een nieuw groeipad gaat in na het kwartaal van de review: vanaf ${quarterLabel(quarterFromKey(next))} of later.`;
    } else if (compareQuarters(quarterFromKey(effectiveFrom), last.quarter) > 0) {
      errors.effectiveFrom = `${quarterLabel(quarterFromKey(effectiveFrom))} valt na het einde van het contract.`;
    }
    if (Object.keys(errors).length) throw new ValidationError(errors);
    return {
      kind: "change_growth_path",
      kpiId: kpi.id,
      reason: input.reason,
      payload: {
        effectiveFrom,
        interpolation: pathInterpolation(kpi.kind, input.interpolation),
        milestones: input.milestones,
        name: kpi.name,
      },
    };
  },
);

export const actionItemDecision = decisionAction("reviews.action_item", ActionItemDecision, async (_tx, _review, _contract, input) => ({
  kind: "action_item",
  payload: { title: input.title, ownerSide: input.ownerSide, ownerName: input.ownerName, dueDate: input.dueDate },
}));

export const removeDecision = defineAction({
  name: "reviews.remove_decision",
  permission: "reviews.manage",
  input: RemoveDecision,
  handler: async (tx, ctx, input) =>
    refuseFinal(async () => {
      const { review } = await draftForWrite(tx, ctx, input.reviewId, { manage: true, version: input.version });
      const [gone] = await tx
        .delete(reviewDecisions)
        .where(
          and(
            eq(reviewDecisions.tenantId, review.tenantId),
            eq(reviewDecisions.reviewId, review.id),
            eq(reviewDecisions.id, input.decisionId),
          ),
        )
        .returning();
      if (!gone) throw new NotFoundError("Dit besluit staat niet in deze review.");
      const after = await touchReview(tx, review);
      await auditReview(tx, ctx, review, "remove_decision", undefined, gone);
      return { id: review.id, version: after.version };
    }),
});
