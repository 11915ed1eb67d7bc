// The shared steps of every write to a yearly evaluation: find it as this actor (another tenant's
// id, or a contract the supplier is no party to, is "not found"), refuse a final one (the database
// refuses too: GP001) and save its next version. Any change clears the signatures already given:
// a signature is for the evaluation as it was read.
import { and, eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { contracts, yearlyEvaluations, type Contract, type YearlyEvaluation } from "@/db/schema";
import { recordAudit } from "@/lib/audit";
import type { Actor } from "@/lib/auth/actor";
import { UUID_PATTERN } from "@/lib/contracts/rules";
import { ConflictError, NotFoundError, ValidationError } from "@/lib/errors";

const EVALUATION_FINAL_MESSAGE = "Deze jaarevaluatie is definitief ondertekend en kan niet meer worden gewijzigd.";

function finalError(): ValidationError {
  return new ValidationError({ _form: EVALUATION_FINAL_MESSAGE }, EVALUATION_FINAL_MESSAGE);
}

/** Runs a write and turns the database's refusal of a change to a final evaluation into the Dutch message. */
export async function refuseFinalEvaluation<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    for (let e: unknown = error, depth = 0; e && depth < 4; e = (e as { cause?: unknown }).cause, depth++) {
      if ((e as { code?: unknown }).code === "GP001") throw finalError();
    }
    throw error;
  }
}

/** The evaluation and its contract, if this actor's organisation is party to it. */
async function findEvaluation(
  tx: Db,
  ctx: Pick<Actor, "org">,
  evaluationId: string,
): Promise<{ evaluation: YearlyEvaluation; contract: Contract }> {
  if (!UUID_PATTERN.test(evaluationId)) throw new NotFoundError("Deze jaarevaluatie bestaat niet.");
  const party = ctx.org.kind === "buyer" ? eq(contracts.tenantId, ctx.org.id) : eq(contracts.supplierOrgId, ctx.org.id);
  const [row] = await tx
    .select({ evaluation: yearlyEvaluations, contract: contracts })
    .from(yearlyEvaluations)
    .innerJoin(contracts, and(eq(contracts.tenantId, yearlyEvaluations.tenantId), eq(contracts.id, yearlyEvaluations.contractId)))
    .where(and(eq(yearlyEvaluations.id, evaluationId), party))
    .limit(1);
  if (!row) throw new NotFoundError("Deze jaarevaluatie bestaat niet.");
  return row;
}

/** A draft evaluation on the version the form was built on. */
export async function draftEvaluation(tx: Db, ctx: Actor, evaluationId: string, version: number, assert: (c: Contract) => void) {
  const found = await findEvaluation(tx, ctx, evaluationId);
  assert(found.contract);
  if (found.evaluation.status === "final") throw finalError();
  if (version !== found.evaluation.version) throw new ConflictError();
  return found;
}

/** The evaluation's next version with both signatures cleared; a concurrent change is a conflict. */
export async function touchEvaluation(
  tx: Db,
  evaluation: YearlyEvaluation,
  changes: Partial<YearlyEvaluation> = {},
): Promise<YearlyEvaluation> {
  const [after] = await tx
    .update(yearlyEvaluations)
    .set({
      buyerSignedByUserId: null,
      buyerSignedAt: null,
      buyerSignerName: null,
      supplierSignedByUserId: null,
      supplierSignedAt: null,
      supplierSignerName: null,
      ...changes,
      version: evaluation.version + 1,
      updatedAt: new Date(),
    })
    .where(
      and(
        eq(yearlyEvaluations.tenantId, evaluation.tenantId),
        eq(yearlyEvaluations.id, evaluation.id),
        eq(yearlyEvaluations.version, evaluation.version),
      ),
    )
    .returning();
  if (!after) throw new ConflictError();
  return after;
}

export async function auditEvaluation(tx: Db, ctx: Actor, evaluation: YearlyEvaluation, action: string, after?: unknown, before?: unknown) {
  await recordAudit(tx, ctx, {
    tenantId: evaluation.tenantId,
    entity: "yearly_evaluation",
    entityId: evaluation.id,
    action,
    after,
    before,
  });
}
