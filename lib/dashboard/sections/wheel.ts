// Waardenwiel by progress: per theme of the organisation's current wheel, the share of its KPIs on
// track in each contract's latest final review of the period, and the same share one review
// earlier (the trend). A KPI serves a theme of its contract's wheel; that theme concretises an
// organisation theme (org_theme_id), or is one when the KPI was linked to it directly.
import { sql, type SQL } from "drizzle-orm";
import type { SectionParams } from "./base";
import { scoreCounts } from "./base";

/**
 * From a KPI's theme (kt) to the organisation theme it serves (src): a contract theme through the
 * organisation theme it concretises, else the theme itself (two primary-key lookups; a join on
 * coalesce() was planned as a scan). Matched to the current wheel by name
 * (lower case), because a contract wheel stays derived from the wheel of its start year while the
 * organisation's wheel moves on year by year.
 */
function servedOrgTheme(t: SQL): SQL {
  return sql`join wheel_themes ct on ct.tenant_id = ${t} and ct.id = kt.theme_id
      left join wheel_themes src on src.tenant_id = ${t} and src.id = ct.org_theme_id`;
}

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
    per_theme as (
      select lower(coalesce(src.name, ct.name)) as theme_key, latest.rn, ${scoreCounts}
      from latest
      join review_scores s on s.tenant_id = ${t} and s.review_id = latest.id
      join kpi_themes kt on kt.tenant_id = ${t} and kt.kpi_id = s.kpi_id
      ${servedOrgTheme(t)}
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

/** High-priority themes of the current wheel that no active KPI of the filtered contracts serves. */
export function gapsSection(p: SectionParams, highPriorityRank: number): SQL {
  const t = sql`${p.tenantId}::uuid`;
  return sql`(
    select coalesce(json_agg(json_build_object('id', ot.id, 'name', ot.name, 'pillar', ot.pillar,
      'priorityRank', ot.priority_rank) order by ot.priority_rank, ot.position), '[]'::json)
    from ot
    where ot.priority_rank <= ${highPriorityRank}::int
      and not exists (
        select 1 from kpis k
        join fc on fc.id = k.contract_id
        join kpi_themes kt on kt.tenant_id = ${t} and kt.kpi_id = k.id
        ${servedOrgTheme(t)}
        where k.tenant_id = ${t} and k.status = 'active'
          and (k.retired_from is null or k.retired_from > ${p.filters.to}::text)
          and lower(coalesce(src.name, ct.name)) = lower(ot.name)
      )
  )`;
}
