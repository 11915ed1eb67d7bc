// A supplier's own performance across every buyer it serves, in one statement: per contract it is
// party to, the share of KPIs on track in the latest final review, its reports on time, late and
// missing, the malus applied and its open action items. The condition on contracts.supplier_org_id
// is the first wall; row-level security (the supplier policies) is the second. A buyer's tenant
// id never appears as a parameter: the supplier reads across tenants only through its own party.
//
// Reporting discipline is the organisation dashboard's rule (lib/dashboard/sections/discipline-rule.ts):
// a quarter that has started is on time when first submitted on or before its due date, late
// after it, missing when never submitted and the due date has passed, and not due yet otherwise.
import { sql } from "drizzle-orm";
import { queryRows, type Db } from "@/db/client";
import { acrossTenants } from "@/db/cross-tenant";
import { countedContract, submittedReport } from "@/lib/dashboard/sections/counted";
import { discipline, expectedDueDate, firstSubmittedOn } from "@/lib/dashboard/sections/discipline-rule";

export type SupplierContractRow = {
  contractId: string;
  title: string;
  reference: string | null;
  buyerName: string;
  status: string;
  latestReviewQuarter: string | null;
  onTrack: number;
  scored: number;
  /** The overall score 0–100 of the latest final review and of the one before it, for the trend. */
  overallScore: number | null;
  previousOverallScore: number | null;
  onTime: number;
  late: number;
  missing: number;
  notDue: number;
  malusCents: number;
  openActions: number;
  overdueActions: number;
};

function supplierDashboardSql(supplierOrgId: string, today: string) {
  const s = sql`${supplierOrgId}::uuid`;
  const d = sql`${today}::date`;
  return sql`
    select c.id as "contractId", c.title, c.reference, b.name as "buyerName", c.status,
           lr.quarter as "latestReviewQuarter",
           coalesce(lr.on_track, 0)::int as "onTrack", coalesce(lr.scored, 0)::int as "scored",
           os.latest::int as "overallScore", os.previous::int as "previousOverallScore",
           coalesce(disc.on_time, 0)::int as "onTime", coalesce(disc.late, 0)::int as "late",
           coalesce(disc.missing, 0)::int as "missing", coalesce(disc.not_due, 0)::int as "notDue",
           coalesce(mal.cents, 0)::int as "malusCents",
           coalesce(act.open, 0)::int as "openActions", coalesce(act.overdue, 0)::int as "overdueActions"
    from contracts c
    join organisations b on b.id = c.tenant_id
    left join lateral (
      -- The latest final review's counts, as the database kept them at sign-off (review_outcomes).
      select o.quarter, o.on_track, o.scored
      from review_outcomes o
      where o.tenant_id = c.tenant_id and o.contract_id = c.id
      order by o.quarter desc limit 1
    ) lr on true
    left join lateral (
      -- The overall scores fixed at sign-off of the two latest final reviews.
      select (array_agg(r.overall_score order by r.quarter desc))[1] as latest,
             (array_agg(r.overall_score order by r.quarter desc))[2] as previous
      from reviews r
      where r.tenant_id = c.tenant_id and r.contract_id = c.id and r.status = 'final'
    ) os on true
    left join lateral (
      select count(*) filter (where q.discipline = 'on_time') as on_time,
             count(*) filter (where q.discipline = 'late') as late,
             count(*) filter (where q.discipline = 'missing') as missing,
             count(*) filter (where q.discipline = 'not_due') as not_due
      from (
        select ${discipline(sql`x.submitted_on`, sql`x.due_date`, d)} as discipline
        from (
          -- A draft counts as not submitted, with the due date the contract gives the quarter.
          select coalesce(rp.due_date, ${expectedDueDate(sql`qs`, sql`c.report_due_days`)}) as due_date,
                 ${firstSubmittedOn(sql`rp`)} as submitted_on
          from generate_series(date_trunc('quarter', c.start_date::timestamp), date_trunc('quarter', c.end_date::timestamp),
                               interval '3 months') as qs
          left join reports rp on rp.tenant_id = c.tenant_id and rp.contract_id = c.id and rp.quarter = to_char(qs, 'YYYY-"Q"Q')
                              and ${submittedReport("rp")}
          where qs <= ${d}::timestamp
        ) x
      ) q
    ) disc on true
    left join lateral (
      select sum(r.malus_applied_cents) as cents from reviews r
      where r.tenant_id = c.tenant_id and r.contract_id = c.id and r.status = 'final'
    ) mal on true
    left join lateral (
      select count(*) as open, count(*) filter (where a.due_date < ${d}) as overdue from action_items a
      where a.tenant_id = c.tenant_id and a.contract_id = c.id and a.status = 'open'
    ) act on true
    where ${acrossTenants("supplier-dashboard", sql`c.supplier_org_id = ${s}`)} and ${countedContract("c")}
    order by b.name, c.title`;
}

/** Run inside the supplier's tenant transaction (withTenant). */
export async function loadSupplierDashboard(
  db: Db,
  { supplierOrgId, today }: { supplierOrgId: string; today: string },
): Promise<SupplierContractRow[]> {
  return queryRows<SupplierContractRow>(db, supplierDashboardSql(supplierOrgId, today));
}
