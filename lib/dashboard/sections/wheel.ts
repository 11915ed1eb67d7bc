// Waardenwiel by progress: per theme of the organisation's current wheel, the share of its KPIs on
// track in each contract's latest final review of the period, and the same share one review
// earlier (the trend). A KPI serves a theme of its contract's wheel; that theme concretises an
// organisation theme (org_theme_id), or is one when the KPI was linked to it directly.
import { sql, type SQL } from "drizzle-orm";
import type { SectionParams } from "./base";

export function wheelSection(p: SectionParams): SQL {
  const t = sql`${p.tenantId}::uuid`;
  return sql`(
    with latest as (
      select rr.id, rr.rn from rr
      -- The latest two reviews of contracts whose latest review falls in the period. A window
      -- column, not "contract_id in (select … from fr)": that was planned as a nested loop over
      -- two CTE scans, 4 million comparisons on 2,000 contracts.
      where rr.rn <= 2 and rr.latest_quarter >= ${p.filters.from}::text
    ),
    -- Counted per organisation theme when each review became final (review_theme_outcomes); for a
    -- closed quarter as the close stored them. Read review by review through the summary's key,
    -- for the few thousand latest reviews only: joining all of them first sorted every theme row
    -- of every review (a hundred thousand on the large set) for a merge join. "offset 0" keeps the
    -- lateral read a read per review: without it the planner may flatten it into a join, and
    -- on 20,000 contracts it then hashed all million theme rows to join 40,000 reviews.
    theme_outcomes as (
      select o.theme_key, latest.rn, o.on_track, o.scored
      from latest
      cross join lateral (
        select o.theme_key, o.on_track, o.scored, o.quarter from review_theme_outcomes o
        where o.tenant_id = ${t} and o.review_id = latest.id
        offset 0
      ) o
      where o.quarter not in (select quarter from cq)
      union all
      select x."themeKey", latest.rn, x."onTrack", x.scored
      from latest join period_close_contracts s on s.tenant_id = ${t} and s.review_id = latest.id
      join cq on cq.id = s.close_id
      cross join lateral jsonb_to_recordset(s.theme_outcomes) as x("themeKey" text, "onTrack" int, scored int)
    ),
    per_theme as (
      select theme_key, rn, sum(on_track)::int as on_track, sum(scored)::int as scored
      from theme_outcomes
      group by 1, 2
    )
    select json_build_object(
      'year', (select year from ow),
      'themes', coalesce(json_agg(json_build_object(
        'id', ot.id, 'name', ot.name, 'pillar', ot.pillar, 'priorityRank', ot.priority_rank,
        'priorityTied', ot.priority_tied, 'position', ot.position,
        'onTrack', coalesce(cur.on_track, 0), 'scored', coalesce(cur.scored, 0),
        'prevOnTrack', coalesce(prev.on_track, 0), 'prevScored', coalesce(prev.scored, 0)
      ) order by ot.position, ot.name), '[]'::json))
    from ot
    left join per_theme cur on cur.theme_key = lower(ot.name) and cur.rn = 1
    left join per_theme prev on prev.theme_key = lower(ot.name) and prev.rn = 2
  )`;
}

/**
 * High-priority themes of the current wheel that no active KPI of the filtered contracts serves.
 * A KPI's theme serves an organisation theme through the organisation theme it concretises
 * (org_theme_id), or is one itself; matched by name in lower case, because a contract wheel stays
 * derived from the wheel of its start year while the organisation's wheel moves on year by year.
 * The names served are gathered in one pass over the KPIs of the themes that could serve a
 * high-priority theme, then the few high-priority themes are checked against them. Searching per
 * theme (NOT EXISTS) walked the KPIs again for every theme from the contract side, wherever the
 * planner started: 3 × 10,000 to 30,000 rows on the large set, 150 ms on PostgreSQL and 260 ms on
 * PGlite, against ≈ 40 ms in one pass.
 */
export function gapsSection(p: SectionParams, highPriorityRank: number): SQL {
  const t = sql`${p.tenantId}::uuid`;
  return sql`(
    with wanted as (select distinct lower(ot.name) as name from ot where ot.priority_rank <= ${highPriorityRank}::int),
    -- The themes that could serve a wanted one, found through the indexes on a theme's organisation
    -- theme and on its name, before any KPI is read: joining every active KPI's themes first hashed
    -- 300,000 KPIs and their themes on 20,000 contracts.
    serving as (
      select ct.id, w.name
      from wanted w
      join wheel_themes named on named.tenant_id = ${t} and lower(named.name) = w.name
      join wheel_themes ct on ct.tenant_id = ${t} and ct.org_theme_id = named.id
      union all
      select ct.id, w.name
      from wanted w
      join wheel_themes ct on ct.tenant_id = ${t} and lower(ct.name) = w.name and ct.org_theme_id is null
    ),
    served as (
      select distinct serving.name
      from serving
      join kpi_themes kt on kt.tenant_id = ${t} and kt.theme_id = serving.id
      join kpis k on k.tenant_id = ${t} and k.id = kt.kpi_id
      join fc on fc.id = k.contract_id
      where k.status = 'active' and (k.retired_from is null or k.retired_from > ${p.filters.to}::text)
    )
    select coalesce(json_agg(json_build_object('id', ot.id, 'name', ot.name, 'pillar', ot.pillar,
      'priorityRank', ot.priority_rank) order by ot.priority_rank, ot.position), '[]'::json)
    from ot
    where ot.priority_rank <= ${highPriorityRank}::int
      and not exists (select 1 from served where served.name = lower(ot.name))
  )`;
}
