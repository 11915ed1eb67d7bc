// Reporting discipline per quarter of the period (on time, late, missing, not yet due) and the
// contracts that need attention now: off-track KPIs in the latest final review, reports overdue
// and open action items past their due date.
import { sql, type SQL } from "drizzle-orm";
import { limitOf, type SectionParams } from "./base";

export function disciplineSection(p: SectionParams): SQL {
  return sql`(
    select coalesce(json_agg(json_build_object('quarter', d.quarter, 'onTime', d.on_time, 'late', d.late,
                                               'missing', d.missing, 'notDue', d.not_due) order by d.quarter), '[]'::json)
    from (
      -- "C": grouped byte by byte, not through the collation (a quarter key sorts the same).
      select quarter collate "C" as quarter,
             count(*) filter (where discipline = 'on_time')::int as on_time,
             count(*) filter (where discipline = 'late')::int as late,
             count(*) filter (where discipline = 'missing')::int as missing,
             count(*) filter (where discipline = 'not_due')::int as not_due
      from eqc where quarter between ${p.filters.from}::text and ${p.filters.to}::text
      group by quarter collate "C"
    ) d
  )`;
}

export function attentionSection(p: SectionParams): SQL {
  const t = sql`${p.tenantId}::uuid`;
  return sql`(
    with off as (select contract_id, quarter, off_track from rr where rn = 1 and off_track > 0),
    overdue as (
      select contract_id, count(*)::int as reports, min(quarter) as oldest
      from eqc where discipline = 'missing' group by contract_id
    ),
    actions as (
      select a.contract_id, count(*)::int as actions
      from action_items a join fc on fc.id = a.contract_id
      where a.tenant_id = ${t} and a.status = 'open' and a.due_date < ${p.today}::date
      group by a.contract_id
    ),
    needs as (
      select fc.id, fc.title, coalesce(off.off_track, 0) as off_track, off.quarter as review_quarter,
             coalesce(overdue.reports, 0) as overdue_reports, overdue.oldest as oldest_overdue,
             coalesce(actions.actions, 0) as overdue_actions
      from fc
      left join off on off.contract_id = fc.id
      left join overdue on overdue.contract_id = fc.id
      left join actions on actions.contract_id = fc.id
      where off.off_track > 0 or overdue.reports > 0 or actions.actions > 0
    )
    select json_build_object(
      'total', (select count(*)::int from needs),
      'rows', coalesce((select json_agg(row_to_json(x)) from (
        select id as "contractId", title, off_track as "offTrack", review_quarter as "reviewQuarter",
               overdue_reports as "overdueReports", oldest_overdue as "oldestOverdue", overdue_actions as "overdueActions"
        from needs
        order by off_track desc, overdue_reports desc, overdue_actions desc, title, id
        limit ${limitOf(p)}
      ) x), '[]'::json)
    )
  )`;
}
