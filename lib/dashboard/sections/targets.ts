// Organisation targets against the actuals of all (filtered) contracts on the target's indicator,
// year by year, from accepted reports. The arithmetic is that of lib/dashboard/rules.ts
// (organisationYear): per contract quarters roll up to a year (sum when additive, else average),
// then contracts combine by the indicator's aggregation, a weighted average by contract value.
// Targets span base year to last milestone, so they ignore the period filter; the contract
// filters apply. A KPI on an intensity whose indicator multiplies into the target's (kg CO2e per
// meal into tonnes CO2e) contributes its absolute total: value × the quarter's quantity × the
// factor between the units; a quarter without a quantity contributes nothing rather than a guess.
// Every year also counts its values and how many of them are verified (whatever the filter), and
// with the verified-only filter only verified values make the figure.
import { sql, type SQL } from "drizzle-orm";
import type { SectionParams } from "./base";
import { keptColumn, keptValue } from "./verified";

export function targetsSection(p: SectionParams): SQL {
  const t = sql`${p.tenantId}::uuid`;
  const onTarget = sql`(ki.id = ta.indicator_id or ki.absolute_indicator_id = ta.indicator_id)`;
  return sql`(
    with per_quarter as (
      -- A live quarter from its summaries: one row per contract, quarter and indicator.
      select ta.id as target_id, i.aggregation::text as aggregation, fc.id as contract_id, fc.value_cents,
             left(s.quarter, 4)::int as year,
             case when i.aggregation = 'sum' then sum(x.kept_total)
                  else sum(x.kept_total) / nullif(sum(x.kept_n), 0) end as value,
             sum(x.n)::int as n, sum(x.nv)::int as nv
      from organisation_targets ta
      join indicators i on i.id = ta.indicator_id
      join indicators ki on ${onTarget}
      join contract_quarter_values s on s.tenant_id = ${t} and s.indicator_id = ki.id
      join fc on fc.id = s.contract_id
      cross join lateral (
        -- The target's own indicator counts its numbers; an intensity counts the numbers that
        -- have a quantity, and none when its indicator has no factor into the target's unit.
        select case when ki.id = ta.indicator_id then ${keptColumn(p, sql`s.total`, sql`s.verified_total`)}
                    else ${keptColumn(p, sql`s.quantified_total`, sql`s.verified_quantified_total`)} * ki.absolute_factor end as kept_total,
               case when ki.id = ta.indicator_id then ${keptColumn(p, sql`s.numbers`, sql`s.verified_numbers`)}
                    when ki.absolute_factor is not null then ${keptColumn(p, sql`s.quantified`, sql`s.verified_quantified`)} else 0 end as kept_n,
               case when ki.id = ta.indicator_id then s.numbers when ki.absolute_factor is not null then s.quantified else 0 end as n,
               case when ki.id = ta.indicator_id then s.verified_numbers
                    when ki.absolute_factor is not null then s.verified_quantified else 0 end as nv
      ) x
      where ta.tenant_id = ${t} and x.n > 0 and s.quarter not in (select quarter from cq)
      group by ta.id, i.aggregation, fc.id, fc.value_cents, s.quarter
      union all
      -- A closed quarter counts what the close stored, contract by contract (so the filters still apply).
      -- The close keeps one figure per contract, so that figure is verified when every value
      -- behind it (the contract's accepted values on the target's indicators that quarter) is.
      select s.target_id, i.aggregation::text, fc.id, x."valueCents", left(s.quarter, 4)::int,
             case when ${keptValue(p, sql`(cv.n > 0 and cv.nv = cv.n)`)} then x.value end, cv.n, cv.nv
      from period_close_targets s join cq on cq.id = s.close_id
      join organisation_targets ta on ta.tenant_id = ${t} and ta.id = s.target_id
      join indicators i on i.id = ta.indicator_id
      cross join lateral jsonb_to_recordset(s.contributions) as x("contractId" uuid, "valueCents" bigint, value float8)
      join fc on fc.id = x."contractId"
      cross join lateral (
        select coalesce(sum(q.numbers), 0)::int as n, coalesce(sum(q.verified_numbers), 0)::int as nv
        from contract_quarter_values q
        join indicators ki on ki.id = q.indicator_id and ${onTarget}
        where q.tenant_id = ${t} and q.contract_id = fc.id and q.quarter = s.quarter
      ) cv
      where s.tenant_id = ${t}
    ),
    per_contract_year as (
      select target_id, aggregation, contract_id, value_cents, year, count(value)::int as quarters,
             sum(n)::int as n, sum(nv)::int as nv,
             case when aggregation = 'sum' then sum(value) else avg(value) end as value
      from per_quarter group by 1, 2, 3, 4, 5
    ),
    per_year as (
      select target_id, year, count(value)::int as contracts, coalesce(max(quarters) filter (where value is not null), 0)::int as quarters,
             sum(n)::int as n, sum(nv)::int as nv,
             case min(aggregation)
               when 'sum' then sum(value)
               when 'average' then avg(value)
               else sum(value * value_cents) filter (where value_cents > 0)
                    / nullif(sum(value_cents) filter (where value_cents > 0 and value is not null), 0)
             end::float8 as value
      from per_contract_year group by 1, 2
    )
    select coalesce(json_agg(json_build_object(
      'id', ta.id, 'name', ta.name, 'indicatorName', i.name, 'unitLabel', i.unit_label, 'unitCode', i.unit_code,
      'aggregation', i.aggregation, 'direction', i.direction, 'baseYear', ta.base_year,
      'baseValue', ta.base_value::float8, 'milestones', ta.milestones,
      'actuals', coalesce((select json_agg(json_build_object('year', py.year, 'value', py.value,
                  'contracts', py.contracts, 'quarters', py.quarters, 'values', py.n, 'verifiedValues', py.nv) order by py.year)
                 from per_year py where py.target_id = ta.id), '[]'::json)
    ) order by ta.name), '[]'::json)
    from organisation_targets ta join indicators i on i.id = ta.indicator_id
    where ta.tenant_id = ${t}
  )`;
}
