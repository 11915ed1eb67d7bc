// The buyer's side of the quarterly review in "Te doen": the review of the quarter that just
// ended is to be planned, and a planned review is to be prepared in the week before its meeting.
// Only the quarter that just ended asks for planning: a contract in its third year does not list
// every review it ever skipped.
import { and, eq, gte, isNull, lte } from "drizzle-orm";
import type { Db } from "@/db/client";
import { reviews } from "@/db/schema";
import { formatDateTime } from "@/lib/format";
import { addDays, quarterEndDate, quarterKey, quarterLabel, quarterOf, quarterStartDate, quarterFromKey } from "@/lib/periods";
import type { WorkItem } from "./items";

const PREPARE_DAYS_BEFORE = 7;

export type ReviewScope = {
  base: string;
  tenantId: string;
  contracts: Array<{ id: string; title: string; startDate: string; endDate: string; status: string }>;
};

/** The quarter before the one today falls in. */
function justEnded(today: string) {
  return quarterOf(addDays(quarterStartDate(quarterOf(today)), -1));
}

export async function reviewsToPlan(db: Db, scope: ReviewScope, today: string): Promise<WorkItem[]> {
  const quarter = justEnded(today);
  const key = quarterKey(quarter);
  const [start, end] = [quarterStartDate(quarter), quarterEndDate(quarter)];
  const running = scope.contracts.filter((c) => c.status === "active" && c.startDate <= end && c.endDate >= start);
  if (running.length === 0) return [];
  // The organisation's reviews of that quarter, matched here: a list of thousands of contract ids
  // costs more to send than the rows it would leave out.
  const planned = await db
    .select({ contractId: reviews.contractId })
    .from(reviews)
    .where(and(eq(reviews.tenantId, scope.tenantId), eq(reviews.quarter, key)));
  const done = new Set(planned.map((r) => r.contractId));
  return running
    .filter((c) => !done.has(c.id))
    .map((c) => ({
      key: `plan:${c.id}:${key}`,
      kind: "plan_review",
      title: `Kwartaalreview ${quarterLabel(quarter)} plannen`,
      contract: { id: c.id, title: c.title },
      href: `${scope.base}/${c.id}/reviews/${key}`,
      due: null,
      urgent: false,
    }));
}

export async function reviewsToPrepare(db: Db, scope: ReviewScope, now: Date): Promise<WorkItem[]> {
  if (scope.contracts.length === 0) return [];
  const titles = new Map(scope.contracts.map((c) => [c.id, c.title]));
  const rows = await db
    .select({ id: reviews.id, contractId: reviews.contractId, quarter: reviews.quarter, meetingAt: reviews.meetingAt })
    .from(reviews)
    .where(
      and(
        eq(reviews.tenantId, scope.tenantId),
        eq(reviews.status, "draft"),
        isNull(reviews.buyerSignedAt),
        gte(reviews.meetingAt, now),
        lte(reviews.meetingAt, new Date(now.getTime() + PREPARE_DAYS_BEFORE * 86_400_000)),
      ),
    );
  return rows
    .filter((r) => titles.has(r.contractId))
    .map((r) => ({
      key: `prepare:${r.id}`,
      kind: "prepare_review",
      title: `Kwartaalreview ${quarterLabel(quarterFromKey(r.quarter))} voorbereiden (gesprek ${formatDateTime(r.meetingAt!)})`,
      contract: { id: r.contractId, title: titles.get(r.contractId)! },
      href: `${scope.base}/${r.contractId}/reviews/${r.quarter}`,
      due: null,
      urgent: false,
    }));
}
