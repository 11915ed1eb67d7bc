// Which reported values count as verified on the dashboards: those whose latest verification
// (lib/verification, append-only) says "geverifieerd". No verification yet is "niet geverifieerd",
// and a disputed value ("betwist") is not verified either. A live quarter's figures read it from the
// summaries (contract_quarter_values, contract_quarter_answers), which count it when they are
// written; the CTE below judges the values that are read one by one (promises, closed quarters).
import { sql, type SQL } from "drizzle-orm";
import type { SectionParams } from "./base";

export function verifiedValuesCte(p: SectionParams): SQL {
  const t = sql`${p.tenantId}::uuid`;
  return sql`
  vv as (
    select l.report_value_id as id from (
      select distinct on (x.report_value_id) x.report_value_id, x.status
      from value_verifications x where x.tenant_id = ${t}
      order by x.report_value_id, x.created_at desc, x.id desc
    ) l
    where l.status = 'geverifieerd'
  )`;
}

/**
 * Whether the value a close recorded (a period_close_values row, or a contract's contribution to a
 * target) is verified: the close keeps the number, the verification may come later, so it is read
 * from the live value of the same KPI and quarter.
 */
export function closedValueVerified(p: SectionParams, contractId: SQL, kpiId: SQL, quarter: SQL): SQL {
  const t = sql`${p.tenantId}::uuid`;
  return sql`exists (
    select 1 from report_values cv
    join reports cr on cr.tenant_id = ${t} and cr.id = cv.report_id and cr.status = 'accepted'
    where cv.tenant_id = ${t} and cr.contract_id = ${contractId} and cr.quarter = ${quarter} and cv.kpi_id = ${kpiId}
      and cv.id in (select id from vv)
  )`;
}

/** Of a summary's two columns, the one the filter keeps: all values, or the verified ones. */
export function keptColumn(p: SectionParams, all: SQL, verified: SQL): SQL {
  return p.filters.verifiedOnly ? verified : all;
}

/** The filter as a condition on a row's `verified` column: always true when the filter is off. */
export function keptValue(p: SectionParams, verified: SQL): SQL {
  return p.filters.verifiedOnly ? verified : sql`true`;
}

/**
 * All accepted values of the filtered contracts in the period (a closed quarter's as its close
 * recorded them) and how many of them are verified: the share the dashboard states at the top.
 * Live quarters are read from their summaries (contract_quarter_answers), one row per contract and
 * quarter instead of one per value.
 */
export function verificationSection(p: SectionParams): SQL {
  const t = sql`${p.tenantId}::uuid`;
  return sql`(
    select json_build_object('values', coalesce(sum(a.n), 0)::int, 'verifiedValues', coalesce(sum(a.nv), 0)::int)
    from (
      select s.answers as n, s.verified_answers as nv
      from contract_quarter_answers s
      join fc on fc.id = s.contract_id
      where s.tenant_id = ${t}
        and s.quarter between ${p.filters.from}::text and ${p.filters.to}::text and s.quarter not in (select quarter from cq)
      union all
      select 1, case when ${closedValueVerified(p, sql`s.contract_id`, sql`s.kpi_id`, sql`s.quarter`)} then 1 else 0 end
      from period_close_values s join cq on cq.id = s.close_id join fc on fc.id = s.contract_id
      where s.tenant_id = ${t} and s.quarter between ${p.filters.from}::text and ${p.filters.to}::text
    ) a
  )`;
}
