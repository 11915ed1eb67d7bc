import { and, asc, desc, eq, isNull, or, sql } from "drizzle-orm";
import type { Db } from "@/db/client";
import { innovationDecisions, innovations, reviews, roadmapItems, type Innovation } from "@/db/schema";
import { UUID_PATTERN } from "@/lib/contracts/rules";
import { NotFoundError } from "@/lib/errors";
import { innovationStatus } from "./rules";

const NOT_FOUND = "Deze innovatie bestaat niet.";

type OfContract = { tenantId: string; contractId: string };

/** The innovations of a contract with their decision and the review that took it, newest first. */
export async function listInnovations(db: Db, params: OfContract) {
  const rows = await db
    .select({
      innovation: innovations,
      decision: innovationDecisions.decision,
      reason: innovationDecisions.reason,
      decidedByName: innovationDecisions.decidedByName,
      reviewId: reviews.id,
      reviewQuarter: reviews.quarter,
      reviewStatus: reviews.status,
      roadmapTitle: roadmapItems.title,
    })
    .from(innovations)
    .leftJoin(
      innovationDecisions,
      and(eq(innovationDecisions.tenantId, innovations.tenantId), eq(innovationDecisions.innovationId, innovations.id)),
    )
    .leftJoin(reviews, and(eq(reviews.tenantId, innovationDecisions.tenantId), eq(reviews.id, innovationDecisions.reviewId)))
    .leftJoin(roadmapItems, and(eq(roadmapItems.tenantId, innovations.tenantId), eq(roadmapItems.id, innovations.roadmapItemId)))
    .where(and(eq(innovations.tenantId, params.tenantId), eq(innovations.contractId, params.contractId)))
    .orderBy(desc(innovations.createdAt), asc(innovations.title));
  return rows.map((r) => {
    const decided = r.decision && r.reviewStatus ? { decision: r.decision, reviewStatus: r.reviewStatus } : null;
    return {
      ...r.innovation,
      decision: decided
        ? {
            decision: r.decision!,
            reason: r.reason!,
            decidedByName: r.decidedByName!,
            reviewId: r.reviewId!,
            reviewQuarter: r.reviewQuarter!,
            final: r.reviewStatus === "final",
          }
        : null,
      status: innovationStatus(decided, r.innovation.outcome),
      roadmapTitle: r.roadmapTitle,
    };
  });
}

/** One innovation of one contract; an id of another contract or tenant looks exactly like a missing one. */
export async function getInnovation(db: Db, params: OfContract & { id: string }): Promise<Innovation> {
  if (!UUID_PATTERN.test(params.id)) throw new NotFoundError(NOT_FOUND);
  const [row] = await db
    .select()
    .from(innovations)
    .where(and(eq(innovations.tenantId, params.tenantId), eq(innovations.contractId, params.contractId), eq(innovations.id, params.id)))
    .limit(1);
  if (!row) throw new NotFoundError(NOT_FOUND);
  return row;
}

/** The decision on an innovation, with the status of the review that took it; null when undecided. */
export async function decisionOf(db: Db, innovation: Pick<Innovation, "tenantId" | "id">) {
  const [row] = await db
    .select({ decision: innovationDecisions, reviewStatus: reviews.status, reviewQuarter: reviews.quarter })
    .from(innovationDecisions)
    .innerJoin(reviews, and(eq(reviews.tenantId, innovationDecisions.tenantId), eq(reviews.id, innovationDecisions.reviewId)))
    .where(and(eq(innovationDecisions.tenantId, innovation.tenantId), eq(innovationDecisions.innovationId, innovation.id)))
    .limit(1);
  return row ? { ...row.decision, reviewStatus: row.reviewStatus, reviewQuarter: row.reviewQuarter } : null;
}

/** What a review decides on: the contract's innovations without a decision, and those this review decided. */
export async function innovationsForReview(db: Db, params: OfContract & { reviewId: string }) {
  const rows = await db
    .select({
      id: innovations.id,
      title: innovations.title,
      problem: innovations.problem,
      proposedBySide: innovations.proposedBySide,
      decision: innovationDecisions.decision,
      reason: innovationDecisions.reason,
    })
    .from(innovations)
    .leftJoin(
      innovationDecisions,
      and(eq(innovationDecisions.tenantId, innovations.tenantId), eq(innovationDecisions.innovationId, innovations.id)),
    )
    .where(
      and(
        eq(innovations.tenantId, params.tenantId),
        eq(innovations.contractId, params.contractId),
        or(isNull(innovationDecisions.id), eq(innovationDecisions.reviewId, params.reviewId)),
      ),
    )
    .orderBy(asc(innovations.createdAt));
  return rows;
}

/** The innovations expected to change a KPI. */
export function innovationsOfKpi(db: Db, params: { tenantId: string; kpiId: string }) {
  return db
    .select({ id: innovations.id, title: innovations.title, contractId: innovations.contractId })
    .from(innovations)
    .where(and(eq(innovations.tenantId, params.tenantId), sql`${params.kpiId}::uuid = any(${innovations.kpiIds})`))
    .orderBy(asc(innovations.title));
}

/** The innovations a roadmap action carries out. */
export function innovationsOfRoadmapItem(db: Db, params: { tenantId: string; roadmapItemId: string }) {
  return db
    .select({ id: innovations.id, title: innovations.title })
    .from(innovations)
    .where(and(eq(innovations.tenantId, params.tenantId), eq(innovations.roadmapItemId, params.roadmapItemId)))
    .orderBy(asc(innovations.title));
}
