// Reads of period closes: which quarters of a buyer are closed, how far each quarter's reviews
// are, and the reviews that still stand in the way of a close. Run in the buyer's transaction.
import { and, asc, eq, isNull, sql } from "drizzle-orm";
import { queryRows, type Db } from "@/db/client";
import { periodCloses, type PeriodClose } from "@/db/schema";
import { countedContract } from "@/lib/dashboard/sections/counted";
import { parseQuarter, quarterEndDate, quarterStartDate } from "@/lib/periods";
import type { QuarterFacts } from "./rules";

/** The closes in force, by quarter. */
export async function activeCloses(db: Db, { tenantId }: { tenantId: string }): Promise<Map<string, PeriodClose>> {
  const rows = await db
    .select()
    .from(periodCloses)
    .where(and(eq(periodCloses.tenantId, tenantId), isNull(periodCloses.reopenedAt)))
    .orderBy(asc(periodCloses.quarter));
  return new Map(rows.map((row) => [row.quarter, row]));
}

async function closedQuarterSet(db: Db, params: { tenantId: string }): Promise<Set<string>> {
  return new Set((await activeCloses(db, params)).keys());
}

/**
 * Reviews per quarter of the buyer's counted contracts, how many are not final yet, and how many
 * contracts that ran in the quarter have no review of it at all (a quarter nobody reviewed is not
 * a quarter whose figures are complete).
 */
export async function quarterFacts(db: Db, { tenantId, quarters }: { tenantId: string; quarters: string[] }): Promise<QuarterFacts[]> {
  if (quarters.length === 0) return [];
  const list = sql.join(
    quarters.map((q) => sql`(${q}, ${quarterStartDate(parseQuarter(q)!)}::date, ${quarterEndDate(parseQuarter(q)!)}::date)`),
    sql`, `,
  );
  const rows = await queryRows<{ quarter: string; reviews: number; not_final: number; without_review: number }>(
    db,
    sql`select q.quarter,
               count(r.id)::int as reviews,
               count(r.id) filter (where r.status <> 'final')::int as not_final,
               count(*) filter (where r.id is null)::int as without_review
        from (values ${list}) as q(quarter, starts, ends)
        join contracts c on c.tenant_id = ${tenantId}::uuid and ${countedContract("c")} and c.start_date <= q.ends and c.end_date >= q.starts
        left join reviews r on r.tenant_id = c.tenant_id and r.contract_id = c.id and r.quarter = q.quarter
        group by q.quarter`,
  );
  const closed = await closedQuarterSet(db, { tenantId });
  const byQuarter = new Map(rows.map((r) => [r.quarter, r]));
  return quarters.map((quarter) => ({
    quarter,
    reviews: byQuarter.get(quarter)?.reviews ?? 0,
    notFinal: byQuarter.get(quarter)?.not_final ?? 0,
    withoutReview: byQuarter.get(quarter)?.without_review ?? 0,
    closed: closed.has(quarter),
  }));
}

export type OpenReview = { id: string | null; contractId: string; title: string };

/**
 * What blocks a quarter's close, each with its contract: its reviews that are not final, and the
 * contracts that ran in it without a review of it (`id` null: the review is still to be planned).
 */
export async function reviewsNotFinal(db: Db, { tenantId, quarter }: { tenantId: string; quarter: string }): Promise<OpenReview[]> {
  const q = parseQuarter(quarter)!;
  return queryRows<OpenReview>(
    db,
    sql`select r.id, c.id as "contractId", c.title
        from contracts c
        left join reviews r on r.tenant_id = c.tenant_id and r.contract_id = c.id and r.quarter = ${quarter}
        where c.tenant_id = ${tenantId}::uuid and ${countedContract("c")}
          and c.start_date <= ${quarterEndDate(q)}::date and c.end_date >= ${quarterStartDate(q)}::date
          and (r.id is null or r.status <> 'final')
        order by c.title, r.id`,
  );
}
