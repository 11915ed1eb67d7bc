// The buyer's side of the quarterly review in "Te doen": the review of the quarter that just
// ended is to be planned, and a planned review is to be prepared in the week before its meeting.
// Only the quarter that just ended asks for planning: a contract in its third year does not list
// every review it ever skipped.
import { and, eq, gte, isNull, lte, notExists } from "drizzle-orm";
import type { Db } from "@/db/client";
import { contracts, reviews } from "@/db/schema";
import { formatDateTime } from "@/lib/format";
import { addDays, quarterEndDate, quarterKey, quarterLabel, quarterOf, quarterStartDate, quarterFromKey } from "@/lib/periods";
import type { WorkItem } from "./items";
import { contractOf, ofWorkingContracts, toContract, type WorkScope } from "./scope";

const PREPARE_DAYS_BEFORE = 7;

/** The quarter before the one today falls in. */
function justEnded(today: string) {
  return quarterOf(addDays(quarterStartDate(quarterOf(today)), -1));
}

/** Running contracts of the quarter that just ended without a review of it. */
export async function reviewsToPlan(db: Db, scope: WorkScope, base: string, today: string): Promise<WorkItem[]> {
  const quarter = justEnded(today);
  const key = quarterKey(quarter);
  const rows = await db
    .select(contractOf)
    .from(contracts)
    .where(
      and(
        scope.side === "buyer" ? eq(contracts.tenantId, scope.orgId) : eq(contracts.supplierOrgId, scope.orgId),
        scope.managedBy ? eq(contracts.contractManagerId, scope.managedBy) : undefined,
        eq(contracts.status, "active"),
        lte(contracts.startDate, quarterEndDate(quarter)),
        gte(contracts.endDate, quarterStartDate(quarter)),
        notExists(
          db
            .select({ one: reviews.id })
            .from(reviews)
            .where(and(eq(reviews.tenantId, contracts.tenantId), eq(reviews.contractId, contracts.id), eq(reviews.quarter, key))),
        ),
      ),
    );
  return rows.map((c) => ({
    key: `plan:${c.id}:${key}`,
    kind: "plan_review",
    title: `Kwartaalreview ${quarterLabel(quarter)} plannen`,
    contract: c,
    href: `${base}/${c.id}/reviews/${key}`,
    due: null,
    urgent: false,
  }));
}

export async function reviewsToPrepare(db: Db, scope: WorkScope, base: string, now: Date): Promise<WorkItem[]> {
  const rows = await db
    .select({ id: reviews.id, contract: contractOf, quarter: reviews.quarter, meetingAt: reviews.meetingAt })
    .from(reviews)
    .innerJoin(contracts, toContract(reviews))
    .where(
      and(
        ofWorkingContracts(scope, reviews),
        eq(reviews.status, "draft"),
        isNull(reviews.buyerSignedAt),
        gte(reviews.meetingAt, now),
        lte(reviews.meetingAt, new Date(now.getTime() + PREPARE_DAYS_BEFORE * 86_400_000)),
      ),
    );
  return rows.map((r) => ({
    key: `prepare:${r.id}`,
    kind: "prepare_review",
    title: `Kwartaalreview ${quarterLabel(quarterFromKey(r.quarter))} voorbereiden (gesprek ${formatDateTime(r.meetingAt!)})`,
    contract: r.contract,
    href: `${base}/${r.contract.id}/reviews/${r.quarter}`,
    due: null,
    urgent: false,
  }));
}
