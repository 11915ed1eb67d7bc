// The contract dashboard's data in two statements: the contract the viewer may see (the same
// visibility rule as everywhere, lib/contracts/queries), then one JSON statement with the KPIs and
// their growth-path versions, the reported values, the final reviews with their scores and the
// open action items. Each part is driven by the (tenant_id, contract_id …) indexes, so the cost
// follows the size of this contract, not of the tenant. With the tenant transaction's two set-up
// statements a request sends four.
import { sql } from "drizzle-orm";
import { queryRows, type Db } from "@/db/client";
import type { StoredMilestone } from "@/db/schema";
import { getContract, type ContractViewer } from "@/lib/contracts/queries";

export type RawDashboardKpi = {
  id: string;
  name: string;
  kind: "quantitative" | "qualitative";
  status: "active" | "retired";
  activeFrom: string | null;
  retiredFrom: string | null;
  baselineValue: string | null;
  baselineQuarter: string | null;
  unitLabel: string | null;
  direction: "lower_better" | "higher_better" | null;
  versions: Array<{
    version: number;
    effectiveFrom: string;
    interpolation: "step" | "linear";
    milestones: StoredMilestone[];
    reason: string | null;
  }>;
};

type RawReportedValue = {
  quarter: string;
  reportStatus: "submitted" | "accepted";
  kpiId: string;
  value: string | null;
  score: number | null;
};
export type RawReviewScore = {
  kpiId: string;
  agreedScore: "on_track" | "at_risk" | "off_track" | "not_scored" | null;
  malusAppliedCents: number | null;
};
type RawFinalReview = {
  id: string;
  quarter: string;
  malusAppliedCents: number | null;
  overallScore: number | null;
  scores: RawReviewScore[];
};
type RawActionItem = {
  id: string;
  title: string;
  ownerSide: "buyer" | "supplier";
  ownerName: string;
  dueDate: string;
  reviewQuarter: string;
};

export type RawContractDashboard = {
  kpis: RawDashboardKpi[];
  values: RawReportedValue[];
  reviews: RawFinalReview[];
  actions: RawActionItem[];
};

function contractDashboardSql(tenantId: string, contractId: string) {
  const t = sql`${tenantId}::uuid`;
  const c = sql`${contractId}::uuid`;
  return sql`select json_build_object(
    'kpis', (
      select coalesce(json_agg(json_build_object(
        'id', k.id, 'name', k.name, 'kind', k.kind, 'status', k.status,
        'activeFrom', k.active_from, 'retiredFrom', k.retired_from,
        'baselineValue', k.baseline_value::text, 'baselineQuarter', k.baseline_quarter,
        'unitLabel', i.unit_label, 'direction', i.direction,
        'versions', (
          select coalesce(json_agg(json_build_object('version', g.version_number, 'effectiveFrom', g.effective_from,
                   'interpolation', g.interpolation, 'milestones', g.milestones, 'reason', g.reason) order by g.version_number), '[]'::json)
          from growth_path_versions g where g.tenant_id = ${t} and g.kpi_id = k.id)
      ) order by k.created_at, k.name), '[]'::json)
      from kpis k left join indicators i on i.id = k.indicator_id
      where k.tenant_id = ${t} and k.contract_id = ${c} and k.status in ('active', 'retired')),
    'values', (
      select coalesce(json_agg(json_build_object('quarter', r.quarter, 'reportStatus', r.status, 'kpiId', v.kpi_id,
               'value', v.value::text, 'score', v.score) order by r.quarter), '[]'::json)
      from reports r join report_values v on v.tenant_id = r.tenant_id and v.report_id = r.id
      where r.tenant_id = ${t} and r.contract_id = ${c} and r.status in ('submitted', 'accepted')),
    'reviews', (
      select coalesce(json_agg(json_build_object('id', rv.id, 'quarter', rv.quarter, 'malusAppliedCents', rv.malus_applied_cents,
               'overallScore', rv.overall_score, 'scores', (
                 select coalesce(json_agg(json_build_object('kpiId', s.kpi_id, 'agreedScore', s.agreed_score,
                          'malusAppliedCents', s.malus_applied_cents)), '[]'::json)
                 from review_scores s where s.tenant_id = ${t} and s.review_id = rv.id)
             ) order by rv.quarter), '[]'::json)
      from reviews rv
      where rv.tenant_id = ${t} and rv.contract_id = ${c} and rv.status = 'final'),
    'actions', (
      select coalesce(json_agg(json_build_object('id', a.id, 'title', a.title, 'ownerSide', a.owner_side, 'ownerName', a.owner_name,
               'dueDate', a.due_date, 'reviewQuarter', rv.quarter) order by a.due_date, a.title), '[]'::json)
      from action_items a join reviews rv on rv.tenant_id = a.tenant_id and rv.id = a.review_id
      where a.tenant_id = ${t} and a.contract_id = ${c} and a.status = 'open')
  ) as dashboard`;
}

/** The contract (if the viewer may see it) and the raw dashboard parts; run inside the tenant transaction (withTenant). */
export async function loadContractDashboard(db: Db, { viewer, contractId }: { viewer: ContractViewer; contractId: string }) {
  const contract = await getContract(db, { viewer, id: contractId });
  const [row] = await queryRows<{ dashboard: unknown }>(db, contractDashboardSql(contract.tenantId, contract.id));
  // postgres-js and PGlite parse json; a driver that does not gives text.
  const raw = (typeof row.dashboard === "string" ? JSON.parse(row.dashboard) : row.dashboard) as RawContractDashboard;
  return { contract, raw };
}
