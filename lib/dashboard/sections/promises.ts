// Promise against delivery: each tender promise of a filtered contract next to the latest accepted
// value (up to the end of the period; a closed quarter's as its close recorded it) of the contract's KPI on the promise's indicator, the KPI
// made from the promise first. Falling short is measured in the indicator's direction and
// relative to the promise, so MKI in euros and percentages order together; short ones first. With
// the verified-only filter the realised value is the latest verified one.
import { sql, type SQL } from "drizzle-orm";
import { latestDelivery } from "@/lib/kpis/promise-delivery";
import { limitOf, type SectionParams } from "./base";
import { closedValueVerified, keptValue } from "./verified";

export function promisesCte(p: SectionParams): SQL {
  const t = sql`${p.tenantId}::uuid`;
  return sql`
  pr as (
    select pm.id, pm.contract_id, fc.title, pm.description, pm.value::float8 as promised, pm.due_quarter,
           i.name as indicator_name, i.unit_label, i.direction, lv.value::float8 as realised, lv.quarter as realised_quarter,
           case when lv.value is null then null
                when i.direction = 'lower_better' then (lv.value - pm.value)::float8
                else (pm.value - lv.value)::float8 end as gap
    from promises pm
    join fc on fc.id = pm.contract_id
    join indicators i on i.id = pm.indicator_id
    left join lateral ${latestDelivery({
      tenantId: t,
      upTo: sql`${p.filters.to}::text`,
      keepLive: keptValue(p, sql`v.id in (select id from vv)`),
      keepClosed: keptValue(p, closedValueVerified(p, sql`s.contract_id`, sql`s.kpi_id`, sql`s.quarter`)),
    })} lv on true
    where pm.tenant_id = ${t}
  ),
  prs as (
    select pr.*, case when gap is null then null when promised = 0 then null else gap / abs(promised) end as relative_gap
    from pr
  )`;
}

export function promisesSection(p: SectionParams): SQL {
  return sql`(
    select json_build_object(
      'total', (select count(*)::int from prs),
      'short', (select count(*)::int from prs where gap > 0),
      'noData', (select count(*)::int from prs where gap is null),
      'rows', coalesce((select json_agg(row_to_json(x)) from (
        select id, contract_id as "contractId", title, description, promised, due_quarter as "dueQuarter",
               indicator_name as "indicatorName", unit_label as "unitLabel", direction, realised,
               realised_quarter as "realisedQuarter", gap, relative_gap as "relativeGap"
        from prs
        order by (gap > 0) desc nulls last, relative_gap desc nulls last, gap desc nulls last, title, id
        limit ${limitOf(p)}
      ) x), '[]'::json)
    )
  )`;
}
