// The shared steps of every write to a review: find it as this actor (another tenant's id, or a
// contract the supplier is no party to, is "not found"), check who may act for which side,
// refuse a final review with the Dutch message (the database refuses too: GP001), and save the
// review's next version. Any change to a draft clears the signatures already given: a signature
// is for the review as it was read.
import { and, eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { contracts, reviews, type ContractMalusCaps, type ScoreGroup, type Review } from "@/db/schema";
import { recordAudit } from "@/lib/audit";
import { UUID_PATTERN } from "@/lib/contracts/rules";
import { ConflictError, ForbiddenError, NotFoundError, ValidationError } from "@/lib/errors";
import type { CapPeriod } from "@/lib/malus/cap-years";
import type { MalusDecidedBy } from "@/lib/malus/decide";
import { assertParticipatesInReview } from "./policy";
import { assertQuarterOpen } from "@/lib/period-close/guard";
import type { Actor } from "@/lib/auth/actor";

export const FINAL_MESSAGE = "Deze review is definitief en kan niet meer worden gewijzigd. Leg een correctie vast als aanvulling.";

export function finalError(): ValidationError {
  return new ValidationError({ _form: FINAL_MESSAGE }, FINAL_MESSAGE);
}

/** True for the database's refusal with this SQLSTATE, however wrapped. */
function hasDatabaseCode(error: unknown, code: string): boolean {
  for (let e: unknown = error, depth = 0; e && depth < 4; e = (e as { cause?: unknown }).cause, depth++) {
    if ((e as { code?: unknown }).code === code) return true;
  }
  return false;
}

const CLOSED_QUARTER_MESSAGE = "Dit kwartaal is afgesloten: reviews ervan veranderen niet meer tot het kwartaal is heropend.";

/**
 * Runs a write and turns the database's refusals into Dutch validation errors: GP001 for a final
 * review, GP002 for a review of a closed quarter.
 */
export async function refuseFinal<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (hasDatabaseCode(error, "GP001")) throw finalError();
    if (hasDatabaseCode(error, "GP002")) throw new ValidationError({ _form: CLOSED_QUARTER_MESSAGE }, CLOSED_QUARTER_MESSAGE);
    throw error;
  }
}

export type ReviewContract = {
  tenantId: string;
  id: string;
  contractManagerId: string | null;
  supplierOrgId: string | null;
  startDate: string;
  endDate: string;
  valueCents: number;
  malusCapPeriod: CapPeriod;
  malusDecidedBy: MalusDecidedBy;
  malusCaps: ContractMalusCaps | null;
  scoreGroups: ScoreGroup[];
  title: string;
};

/** The review and its contract, if this actor's organisation is party to it. */
export async function findReview(tx: Db, ctx: Pick<Actor, "org">, reviewId: string): Promise<{ review: Review; contract: ReviewContract }> {
  if (!UUID_PATTERN.test(reviewId)) throw new NotFoundError("Deze review bestaat niet.");
  const party = ctx.org.kind === "buyer" ? eq(contracts.tenantId, ctx.org.id) : eq(contracts.supplierOrgId, ctx.org.id);
  const [row] = await tx
    .select({
      review: reviews,
      contract: {
        tenantId: contracts.tenantId,
        id: contracts.id,
        contractManagerId: contracts.contractManagerId,
        supplierOrgId: contracts.supplierOrgId,
        startDate: contracts.startDate,
        endDate: contracts.endDate,
        valueCents: contracts.valueCents,
        malusCapPeriod: contracts.malusCapPeriod,
        malusDecidedBy: contracts.malusDecidedBy,
        malusCaps: contracts.malusCaps,
        scoreGroups: contracts.scoreGroups,
        title: contracts.title,
      },
    })
    .from(reviews)
    .innerJoin(contracts, and(eq(contracts.tenantId, reviews.tenantId), eq(contracts.id, reviews.contractId)))
    .where(and(eq(reviews.id, reviewId), party))
    .limit(1);
  if (!row) throw new NotFoundError("Deze review bestaat niet.");
  return row;
}

export function assertBuyer(ctx: Actor, message = "Alleen de opdrachtgever kan dit in de review vastleggen."): void {
  if (ctx.org.kind !== "buyer") throw new ForbiddenError(message);
}

/** A draft review for a write by this actor; `manage` = only the buyer's contract manager or admin. */
export async function draftForWrite(tx: Db, ctx: Actor, reviewId: string, options: { manage?: boolean; version?: number } = {}) {
  const found = await findReview(tx, ctx, reviewId);
  if (options.manage) assertBuyer(ctx);
  assertParticipatesInReview(ctx, found.contract);
  if (found.review.status === "final") throw finalError();
  await assertQuarterOpen(tx, found.review);
  if (options.version !== undefined && options.version !== found.review.version) throw new ConflictError();
  return found;
}

/** The review's next version with both signatures cleared; a concurrent change is a conflict. */
export async function touchReview(tx: Db, review: Review, changes: Partial<Review> = {}): Promise<Review> {
  const [after] = await tx
    .update(reviews)
    .set({
      buyerSignedByUserId: null,
      buyerSignedAt: null,
      buyerSignerName: null,
      supplierSignedByUserId: null,
      supplierSignedAt: null,
      supplierSignerName: null,
      ...changes,
      version: review.version + 1,
      updatedAt: new Date(),
    })
    .where(and(eq(reviews.tenantId, review.tenantId), eq(reviews.id, review.id), eq(reviews.version, review.version)))
    .returning();
  if (!after) throw new ConflictError();
  return after;
}

export async function auditReview(tx: Db, ctx: Actor, review: Review, action: string, after?: unknown, before?: unknown) {
  await recordAudit(tx, ctx, { tenantId: review.tenantId, entity: "review", entityId: review.id, action, after, before });
}
