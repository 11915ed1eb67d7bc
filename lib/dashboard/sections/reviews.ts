// What the final reviews say: malus per quarter and per contract, and the heat map of KPI status,
// contracts × quarters. Only final reviews count: a draft can still change.
import { sql, type SQL } from "drizzle-orm";
import { limitOf, type SectionParams } from "./base";

export function malusSection(p: SectionParams): SQL {
  return sql`(
    select json_build_object(
      'totalCents', (select coalesce(sum(malus_applied_cents), 0)::bigint from fr),
      'perQuarter', coalesce((select json_agg(json_build_object('quarter', q.quarter, 'cents', q.cents, 'contracts', q.contracts) order by q.quarter)
        from (select quarter, coalesce(sum(malus_applied_cents), 0)::bigint as cents,
                     count(*) filter (where malus_applied_cents > 0)::int as contracts
              from fr group by quarter) q), '[]'::json),
      'contractsWithMalus', (select count(distinct contract_id)::int from fr where malus_applied_cents > 0),
      'perContract', coalesce((select json_agg(row_to_json(x)) from (
        select fr.contract_id as "contractId", fc.title, sum(fr.malus_applied_cents)::bigint as cents,
               count(*) filter (where fr.malus_applied_cents > 0)::int as quarters
        from fr join fc on fc.id = fr.contract_id
        where fr.malus_applied_cents > 0
        group by fr.contract_id, fc.title
        order by cents desc, fc.title
        limit ${limitOf(p)}
      ) x), '[]'::json)
    )
  )`;
}

/**
 * The overall scores of the final reviews in the period (fixed at sign-off), averaged per supplier
 * and per purchasing package: every review weighs the same, reviews without a score are left out.
 */
export function scoresSection(p: SectionParams): SQL {
  // Per contract first (keyed by its id), then per name over one row per contract: grouping the
  // reviews by name sorted every review by a text key, which compares through the collation.
  const grouped = (key: SQL, label: SQL) => sql`coalesce((select json_agg(row_to_json(x)) from (
        select ${label} as name, round(sum(fs.score_sum)::numeric / sum(fs.reviews))::int as score,
               sum(fs.reviews)::int as reviews, count(*)::int as contracts
        from fs join fc on fc.id = fs.contract_id ${key}
        group by 1
        order by score asc, name
        limit ${limitOf(p)}
      ) x), '[]'::json)`;
  return sql`(
    select json_build_object(
      'bySupplier', ${grouped(sql`join organisations so on so.id = fc.supplier_org_id`, sql`so.name`)},
      'byPackage', ${grouped(sql``, sql`fc.purchasing_package`)}
    )
  )`;
}

/** The scores per contract (the scores section) and the heat map's cells and rows. */
export function reviewCtes(): SQL {
  return sql`
  fs as (
    select contract_id, sum(overall_score) as score_sum, count(*) as reviews
    from fr where overall_score is not null group by contract_id
  ),
  hm as (select contract_id, quarter, on_track, scored, worst, overall_score from fr),
  hmc as (
    select contract_id, sum(on_track)::int as on_track, sum(scored)::int as scored,
           sum(on_track)::float8 / nullif(sum(scored), 0) as share
    from hm group by contract_id
  )`;
}

/**
 * The contracts doing worst first (lowest share on track over the period), each with its quarters.
 * The rows are chosen first and their quarters read in one pass over the heat map's cells: a
 * subquery per row and per column read every cell of the period again for each of the rows.
 */
export function heatmapSection(p: SectionParams): SQL {
  return sql`(
    with shown as (
      select hmc.contract_id, fc.title, hmc.share,
             row_number() over (order by hmc.share asc nulls last, fc.title, hmc.contract_id) as position
      from hmc join fc on fc.id = hmc.contract_id
      order by hmc.share asc nulls last, fc.title, hmc.contract_id
      limit ${limitOf(p)}
    ),
    shown_cells as (
      select shown.contract_id, shown.title, shown.share, shown.position,
             (array_agg(hm.overall_score order by hm.quarter desc))[1] as latest_score,
             json_agg(json_build_object('quarter', hm.quarter, 'onTrack', hm.on_track, 'scored', hm.scored, 'worst', hm.worst, 'score', hm.overall_score) order by hm.quarter) as cells
      from shown join hm on hm.contract_id = shown.contract_id
      group by shown.contract_id, shown.title, shown.share, shown.position
    )
    select json_build_object(
      'contracts', (select count(*)::int from hmc),
      'rows', coalesce((select json_agg(json_build_object('contractId', contract_id, 'title', title, 'share', share,
                                                          'latestScore', latest_score, 'cells', cells) order by position)
                        from shown_cells), '[]'::json)
    )
  )`;
}
