// The best hand-written SQL for what the app computes, as the benchmark's yardstick: no ORM, no
// transaction setup, no row-level security, nothing the result does not need.
import { sql, type SQL } from "drizzle-orm";

/** The contract dashboard's data: KPIs, growth-path versions, values, review outcomes, malus and open actions. */
export function HAND_WRITTEN_CONTRACT_DASHBOARD(tenantId: string, contractId: string): SQL {
  const t = sql`${tenantId}::uuid`;
  const c = sql`${contractId}::uuid`;
  return sql`
    select
      (select json_agg(json_build_object('id', k.id, 'name', k.name, 'kind', k.kind, 'paths',
                (select json_agg(g.milestones order by g.version_number) from growth_path_versions g where g.tenant_id = k.tenant_id and g.kpi_id = k.id)))
         from kpis k where k.tenant_id = ${t} and k.contract_id = ${c}) as kpis,
      (select json_agg(json_build_object('kpi', v.kpi_id, 'q', r.quarter, 'v', v.value, 's', v.score))
         from reports r join report_values v on v.tenant_id = r.tenant_id and v.report_id = r.id
         where r.tenant_id = ${t} and r.contract_id = ${c} and r.status in ('submitted', 'accepted')) as values,
      (select json_agg(json_build_object('kpi', s.kpi_id, 'q', rv.quarter, 'score', s.agreed_score, 'malus', s.malus_applied_cents))
         from reviews rv join review_scores s on s.tenant_id = rv.tenant_id and s.review_id = rv.id
         where rv.tenant_id = ${t} and rv.contract_id = ${c} and rv.status = 'final') as outcomes,
      (select json_agg(a) from action_items a where a.tenant_id = ${t} and a.contract_id = ${c} and a.status = 'open') as actions`;
}

/** Saving one agreed score: the score, the review's version, the audit event. */
export function HAND_WRITTEN_REVIEW_SAVE(tenantId: string, reviewId: string, kpiId: string): SQL[] {
  const t = sql`${tenantId}::uuid`;
  const r = sql`${reviewId}::uuid`;
  return [
    sql`update review_scores set agreed_score = 'on_track', agreed_reason = null where tenant_id = ${t} and review_id = ${r} and kpi_id = ${kpiId}::uuid`,
    sql`update reviews set version = version + 1, updated_at = now(), buyer_signed_at = null, supplier_signed_at = null where tenant_id = ${t} and id = ${r}`,
    sql`insert into audit_events (tenant_id, entity, entity_id, action, after) values (${t}, 'review', ${reviewId}, 'score', '{"score":"on_track"}'::jsonb)`,
  ];
}
