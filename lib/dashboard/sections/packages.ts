// An additive indicator (CO2e by default) per purchasing package, as bars: the sum of accepted
// values in the period, a closed quarter's as its close recorded them, each bar with how many of
// its values are verified (of all its values, whether or not the verified-only filter is on). The
// indicator list offers every additive indicator the buyer's KPIs use.
import { sql, type SQL } from "drizzle-orm";
import type { SectionParams } from "./base";
import { closedValueVerified, keptColumn, keptValue } from "./verified";

const DEFAULT_ADDITIVE_CODE = "co2e";

export function additiveIndicatorsCte(p: SectionParams): SQL {
  const t = sql`${p.tenantId}::uuid`;
  const chosen = p.filters.indicatorId ? sql`${p.filters.indicatorId}::uuid` : sql`null::uuid`;
  return sql`
  ai as (
    select i.id, i.code, i.name, i.unit_label, count(*)::int as kpis
    from kpis k join indicators i on i.id = k.indicator_id
    where k.tenant_id = ${t} and k.status in ('active', 'retired') and i.aggregation = 'sum'
    group by i.id, i.code, i.name, i.unit_label
  ),
  si as (
    select * from (
      (select ai.*, 0 as pick from ai where ai.id = ${chosen})
      union all
      (select ai.*, 1 as pick from ai order by (ai.code = ${DEFAULT_ADDITIVE_CODE}) desc, ai.kpis desc, ai.name limit 1)
    ) x order by pick limit 1
  )`;
}

export function packagesSection(p: SectionParams): SQL {
  const t = sql`${p.tenantId}::uuid`;
  const closedVerified = closedValueVerified(p, sql`s.contract_id`, sql`s.kpi_id`, sql`s.quarter`);
  const closedKept = keptValue(p, closedVerified);
  return sql`(
    select json_build_object(
      'indicator', (select json_build_object('id', si.id, 'code', si.code, 'name', si.name, 'unitLabel', si.unit_label) from si),
      'options', coalesce((select json_agg(json_build_object('id', ai.id, 'name', ai.name, 'unitLabel', ai.unit_label) order by ai.name) from ai), '[]'::json),
      'bars', coalesce((
        select json_agg(json_build_object('package', b.purchasing_package, 'value', b.value, 'contracts', b.contracts,
                                          'values', b.values, 'verifiedValues', b.verified_values)
                        order by b.value desc, b.purchasing_package)
        from (
          select fc.purchasing_package, sum(v.kept_total)::float8 as value,
                 count(distinct fc.id) filter (where v.kept > 0)::int as contracts,
                 sum(v.n)::int as values, sum(v.nv)::int as verified_values
          from fc
          join (
            -- A live quarter's summary: the sum the filter keeps, and its counts.
            select s.contract_id, ${keptColumn(p, sql`s.total`, sql`s.verified_total`)} as kept_total,
                   ${keptColumn(p, sql`s.numbers`, sql`s.verified_numbers`)} as kept, s.numbers as n, s.verified_numbers as nv
            from contract_quarter_values s
            where s.tenant_id = ${t} and s.indicator_id = (select id from si) and s.numbers > 0
              and s.quarter between ${p.filters.from}::text and ${p.filters.to}::text and s.quarter not in (select quarter from cq)
            union all
            -- A closed quarter adds the values its close recorded, one by one.
            select s.contract_id, case when ${closedKept} then s.value end, case when ${closedKept} then 1 else 0 end,
                   1, case when ${closedVerified} then 1 else 0 end
            from period_close_values s join cq on cq.id = s.close_id
            where s.tenant_id = ${t} and s.indicator_id = (select id from si)
              and s.quarter between ${p.filters.from}::text and ${p.filters.to}::text
          ) v on v.contract_id = fc.id
          group by fc.purchasing_package
          -- With only verified values, a package none of whose values is verified has no figure.
          having sum(v.kept) > 0
        ) b), '[]'::json)
    )
  )`;
}
