// The periods page: the buyer's quarters year by year with their close status, what blocks a
// close (with the reviews to finish), who closed it and any reopening asked or given.
import type { Db } from "@/db/client";
import { quarterKey, quarterOf, quarterRange } from "@/lib/periods";
import { people } from "@/db/schema";
import { inArray } from "drizzle-orm";
import { activeCloses, quarterFacts, reviewsNotFinal, type OpenReview } from "./queries";
import { blockingReasons, quarterCloseStatus, yearClosed, type QuarterCloseStatus } from "./rules";

/** The years shown: the current one and the two before it. */
const YEARS_SHOWN = 3;

export type QuarterOverview = {
  quarter: string;
  status: QuarterCloseStatus;
  reviews: number;
  reasons: string[];
  openReviews: OpenReview[];
  close: {
    id: string;
    closedAt: Date;
    closedBy: string;
    reopenRequest: { byUserId: string; by: string; role: string; at: Date; reason: string } | null;
  } | null;
};

export type YearOverview = { year: number; closed: boolean; quarters: QuarterOverview[] };

export async function periodOverview(db: Db, { tenantId, today }: { tenantId: string; today: string }): Promise<YearOverview[]> {
  const current = quarterOf(today);
  const first = { year: current.year - (YEARS_SHOWN - 1), quarter: 1 as const };
  const last = { year: current.year, quarter: 4 as const };
  const keys = quarterRange(first, last).map(quarterKey);
  const facts = await quarterFacts(db, { tenantId, quarters: keys });
  const closes = await activeCloses(db, { tenantId });
  const names = await personNames(
    db,
    [...closes.values()].flatMap((c) => [c.closedByUserId, c.reopenRequestedByUserId ?? ""]),
  );
  const closed = new Set(closes.keys());
  const quarters: QuarterOverview[] = [];
  for (const f of facts) {
    const status = quarterCloseStatus(f, today);
    const close = closes.get(f.quarter);
    quarters.push({
      quarter: f.quarter,
      status,
      reviews: f.reviews,
      reasons: blockingReasons(f, today),
      openReviews: status === "blocked" ? await reviewsNotFinal(db, { tenantId, quarter: f.quarter }) : [],
      close: close
        ? {
            id: close.id,
            closedAt: close.closedAt,
            closedBy: names.get(close.closedByUserId) ?? "Onbekend",
            reopenRequest:
              close.reopenRequestedByUserId && close.reopenRequestedAt
                ? {
                    byUserId: close.reopenRequestedByUserId,
                    by: names.get(close.reopenRequestedByUserId) ?? "Onbekend",
                    role: close.reopenRequestedRole ?? "",
                    at: close.reopenRequestedAt,
                    reason: close.reopenReason ?? "",
                  }
                : null,
          }
        : null,
    });
  }
  const years: YearOverview[] = [];
  for (let year = last.year; year >= first.year; year--) {
    years.push({ year, closed: yearClosed(year, closed), quarters: quarters.filter((q) => q.quarter.startsWith(`${year}-`)) });
  }
  return years;
}

async function personNames(db: Db, ids: string[]): Promise<Map<string, string>> {
  const wanted = [...new Set(ids.filter((id) => id !== ""))];
  if (wanted.length === 0) return new Map();
  const rows = await db.select({ id: people.id, name: people.name }).from(people).where(inArray(people.id, wanted));
  return new Map(rows.map((r) => [r.id, r.name ?? "Naam onbekend"]));
}
