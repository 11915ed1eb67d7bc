// Draft reviews to save under load: the most recent quarter of the large data set has no review
// yet, so the benchmark plans (inserts) drafts there once, with a score row per KPI, and every
// run reads their current versions. Each request of the review_save scenario saves another
// review, as contract managers across the organisation would.
import { sql } from "drizzle-orm";
import { queryRows } from "../../db/client";
import type { BenchDatabase } from "./database";

export type ReviewDraft = { reviewId: string; version: number; kpiId: string; managerId: string };

export async function prepareReviewDrafts(bench: BenchDatabase, count: number): Promise<ReviewDraft[]> {
  const quarter = bench.shape.lastQuarter;
  await bench.db.execute(sql`
    insert into reviews (tenant_id, contract_id, quarter, status, meeting_at, created_by_user_id)
    select c.tenant_id, c.id, ${quarter}, 'draft', now(), c.contract_manager_id
    from contracts c
    where c.tenant_id = ${bench.tenantId}::uuid
      and not exists (select 1 from reviews r where r.tenant_id = c.tenant_id and r.contract_id = c.id and r.quarter = ${quarter})
    order by c.reference
    limit greatest(0, ${count}::int - (select count(*)::int from reviews where tenant_id = ${bench.tenantId}::uuid and quarter = ${quarter}))`);
  await bench.db.execute(sql`
    insert into review_scores (tenant_id, review_id, kpi_id, computed_status)
    select r.tenant_id, r.id, k.id, 'on_track'
    from reviews r join kpis k on k.tenant_id = r.tenant_id and k.contract_id = r.contract_id
    where r.tenant_id = ${bench.tenantId}::uuid and r.quarter = ${quarter} and r.status = 'draft'
    on conflict do nothing`);
  return queryRows<ReviewDraft>(
    bench.db,
    sql`select r.id as "reviewId", r.version, min(s.kpi_id::text) as "kpiId", c.contract_manager_id as "managerId"
        from reviews r
        join contracts c on c.tenant_id = r.tenant_id and c.id = r.contract_id
        join review_scores s on s.tenant_id = r.tenant_id and s.review_id = r.id
        where r.tenant_id = ${bench.tenantId}::uuid and r.quarter = ${quarter} and r.status = 'draft'
        group by r.id, r.version, c.contract_manager_id, c.reference
        order by c.reference limit ${count}`,
  );
}
