// Lessons learned across the contracts of a buyer (checklist IV.3 item 4): the coordinator looks
// for what other contracts already learned. Every word typed must occur in the lesson (ILIKE,
// which PGlite and PostgreSQL both do the same; a Dutch text-search configuration would stem
// better but behaves differently per installation). Buyer only: a supplier's lessons are in the
// reviews of its own contracts.
import { and, desc, eq, ilike, type SQL } from "drizzle-orm";
import type { Db } from "@/db/client";
import { contracts, lessonsLearned, reviews } from "@/db/schema";
import type { ContractViewer } from "@/lib/contracts/queries";
import { ForbiddenError } from "@/lib/errors";
import { searchTerms } from "@/lib/search-terms";

export const LESSONS_LIMIT = 100;

export async function searchLessons(db: Db, { viewer, query }: { viewer: ContractViewer; query: string }) {
  if (viewer.orgKind !== "buyer") throw new ForbiddenError("Geleerde lessen zoek je als opdrachtgever.");
  const conditions: SQL[] = [
    eq(lessonsLearned.tenantId, viewer.orgId),
    ...searchTerms(query).map((term) => ilike(lessonsLearned.body, term)),
  ];
  return db
    .select({
      id: lessonsLearned.id,
      body: lessonsLearned.body,
      authorName: lessonsLearned.authorName,
      createdAt: lessonsLearned.createdAt,
      quarter: reviews.quarter,
      contractId: contracts.id,
      contractTitle: contracts.title,
      contractReference: contracts.reference,
    })
    .from(lessonsLearned)
    .innerJoin(reviews, and(eq(reviews.tenantId, lessonsLearned.tenantId), eq(reviews.id, lessonsLearned.reviewId)))
    .innerJoin(contracts, and(eq(contracts.tenantId, lessonsLearned.tenantId), eq(contracts.id, lessonsLearned.contractId)))
    .where(and(...conditions))
    .orderBy(desc(lessonsLearned.createdAt))
    .limit(LESSONS_LIMIT);
}
