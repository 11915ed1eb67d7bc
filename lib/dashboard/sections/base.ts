// The shared common table expressions of the dashboard query. Every section reads from these, so
// the whole dashboard is one statement: the filtered contracts (fc), the organisation's current
// wheel and its themes, the final reviews (their summary rows) and the reports each contract owes. PostgreSQL skips a
// CTE no section refers to, so an export of one table pays only for what it reads.
import { sql, type SQL } from "drizzle-orm";
import type { DashboardFilters } from "../filters";
import { countedContract, submittedReport } from "./counted";
import { discipline, expectedDueDate, firstSubmittedOn } from "./discipline-rule";

export type SectionParams = {
  tenantId: string;
  filters: DashboardFilters;
  /** Today in Amsterdam (ISO date): what is overdue or missing depends on it. */
  today: string;
  /** Rows per list on the dashboard; null in exports, which get every row. */
  limit: number | null;
};

export const limitOf = (p: SectionParams): SQL => (p.limit === null ? sql`all` : sql`${p.limit}::int`);

function contractConditions(p: SectionParams): SQL {
  const f = p.filters;
  const parts: SQL[] = [sql`c.tenant_id = ${p.tenantId}::uuid`, countedContract("c")];
  if (f.package) parts.push(sql`c.purchasing_package = ${f.package}`);
  if (f.cooperationForm) parts.push(sql`c.cooperation_form = ${f.cooperationForm}::cooperation_form`);
  if (f.managerId) parts.push(sql`c.contract_manager_id = ${f.managerId}::uuid`);
  if (f.supplierId) parts.push(sql`c.supplier_org_id = ${f.supplierId}::uuid`);
  return sql.join(parts, sql` and `);
}

export function baseCtes(p: SectionParams): SQL {
  const t = sql`${p.tenantId}::uuid`;
  const from = sql`${p.filters.from}::text`;
  const to = sql`${p.filters.to}::text`;
  const today = sql`${p.today}::date`;
  const toYear = Number(p.filters.to.slice(0, 4));
  return sql`
  fc as (
    select c.id, c.title, c.purchasing_package, c.value_cents, c.start_date, c.end_date, c.report_due_days,
           c.contract_manager_id, c.supplier_org_id
    from contracts c where ${contractConditions(p)}
  ),
  ow as (
    select w.id, w.year from wheels w
    where w.tenant_id = ${t} and w.contract_id is null
    order by (w.year <= ${toYear}::int) desc, w.year desc limit 1
  ),
  ot as (
    select th.id, th.name, th.pillar, th.position, th.priority_rank, th.priority_tied
    from wheel_themes th join ow on ow.id = th.wheel_id where th.tenant_id = ${t}
  ),
  cq as (
    -- The closes in force: a closed quarter is read from its record, not from the live rows.
    select pc.id, pc.quarter from period_closes pc where pc.tenant_id = ${t} and pc.reopened_at is null
  ),
  ro as (
    -- One summary row per final review (review_outcomes, written when it became final): the
    -- counts of its scores and its malus, without reading the 15 score rows behind each. For a
    -- closed quarter, the same figures as the close stored them.
    select o.review_id, o.contract_id, o.quarter, o.malus_applied_cents, o.on_track, o.scored, o.off_track, o.worst, o.overall_score
    from review_outcomes o
    where o.tenant_id = ${t} and o.quarter <= ${to} and o.quarter not in (select quarter from cq)
    union all
    select s.review_id, s.contract_id, s.quarter, s.malus_applied_cents, s.on_track, s.scored, s.off_track, s.worst, s.overall_score
    from period_close_contracts s join cq on cq.id = s.close_id
    where s.tenant_id = ${t} and s.quarter <= ${to}
  ),
  rr as (
    select o.review_id as id, o.contract_id, o.quarter, o.malus_applied_cents, o.on_track, o.scored, o.off_track, o.worst, o.overall_score,
           -- The latest quarter as the first row of the same window, not as a max over the
           -- partition: one pass over the sorted rows instead of two.
           row_number() over latest_first as rn, first_value(o.quarter collate "C") over latest_first as latest_quarter
    from ro o join fc on fc.id = o.contract_id
    -- "C": a quarter key sorts the same byte by byte, without a comparison through the
    -- database's collation for each pair.
    window latest_first as (partition by o.contract_id order by o.quarter collate "C" desc)
  ),
  fr as (select * from rr where quarter >= ${from}),
  eqx as (
    select fc.id as contract_id, to_char(qs, 'YYYY-"Q"Q') as quarter,
           ${expectedDueDate(sql`qs`, sql`fc.report_due_days`)} as due_date
    from fc
    cross join lateral generate_series(date_trunc('quarter', fc.start_date::timestamp),
                                       date_trunc('quarter', fc.end_date::timestamp), interval '3 months') as qs
    where qs <= ${today}::timestamp
  ),
  sub as (
    select rp.contract_id, rp.quarter, rp.due_date,
           ${firstSubmittedOn(sql`rp`)} as submitted_on
    from reports rp
    where rp.tenant_id = ${t} and ${submittedReport("rp")} and rp.contract_id in (select id from fc)
  ),
  -- Expected and submitted reports meet in one GROUP BY instead of a join: with the row estimates
  -- row-level security leaves, the planner turned every join here into nested loops.
  pairs as (
    select contract_id, quarter, max(due_date) as due_date, max(sub_due) as sub_due,
           max(submitted_on) as submitted_on, bool_or(expected) as expected
    from (
      select contract_id, quarter, due_date, null::date as sub_due, null::date as submitted_on, true as expected from eqx
      union all
      select contract_id, quarter, null::date, due_date, submitted_on, false from sub
    ) u
    group by contract_id, quarter
  ),
  -- A closed quarter's discipline is the one the close recorded: a report sent in after it does
  -- not turn "missing" into "late" behind the close.
  sd as (
    select s.contract_id, s.quarter, s.report_discipline as discipline
    from period_close_contracts s join cq on cq.id = s.close_id
    where s.tenant_id = ${t} and s.report_discipline is not null
  ),
  eqc as (
    select p.contract_id, p.quarter, coalesce(p.sub_due, p.due_date) as due_date,
           coalesce(sd.discipline, ${discipline(sql`p.submitted_on`, sql`coalesce(p.sub_due, p.due_date)`, today)}) as discipline
    from pairs p left join sd on sd.contract_id = p.contract_id and sd.quarter = p.quarter
    where p.expected
  )`;
}
