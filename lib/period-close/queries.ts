// Reads of period closes: which quarters of a buyer are closed, how far each quarter's reviews
// are, and the reviews that still stand in the way of a close. Run in the buyer's transaction.
import { and, asc, eq, isNull, sql } from "drizzle-orm";
import { queryRows, type Db } from "@/db/client";
import { periodCloses, type PeriodClose } from "@/db/schema";
import { countedContract } from "@/lib/dashboard/sections/counted";
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

/** Reviews per quarter of the buyer's counted contracts, and how many are not final yet. */
export async function quarterFacts(db: Db, { tenantId, quarters }: { tenantId: string; quarters: string[] }): Promise<QuarterFacts[]> {
  if (quarters.length === 0) return [];
  const rows = await queryRows<{ quarter: string; reviews: number; not_final: number }>(
    db,
    sql`select r.quarter, count(*)::int as reviews, count(*) filter (where r.status <> 'final')::int as not_final
        from reviews r join contracts c on c.tenant_id = r.tenant_id and c.id = r.contract_id
        where r.tenant_id = ${tenantId}::uuid and ${countedContract("c")}
          and r.quarter in (${sql.join(
            quarters.map((q) => sql`${q}`),
            sql`, `,
          )})
        group by r.quarter`,
  );
  const closed = await closedQuarterSet(db, { tenantId });
  const byQuarter = new Map(rows.map((r) => [r.quarter, r]));
  return quarters.map((quarter) => ({
    quarter,
    reviews: byQuarter.get(quarter)?.reviews ?? 0,
    notFinal: byQuarter.get(quarter)?.not_final ?? 0,
    closed: closed.has(quarter),
  }));
}

export type OpenReview = { id: string; contractId: string; title: string };

/** The reviews of a quarter that are not final: what blocks its close, each with its contract. */
export async function reviewsNotFinal(db: Db, { tenantId, quarter }: { tenantId: string; quarter: string }): Promise<OpenReview[]> {
  return queryRows<OpenReview>(
    db,
    sql`select r.id, r.contract_id as "contractId", c.title
        from reviews r join contracts c on c.tenant_id = r.tenant_id and c.id = r.contract_id
        where r.tenant_id = ${tenantId}::uuid and r.quarter = ${quarter} and r.status <> 'final' and ${countedContract("c")}
        order by c.title, r.id`,
  );
}
