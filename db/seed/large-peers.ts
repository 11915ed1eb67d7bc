// What the big buyer of the large data set is compared with: every buyer of the set takes part
// in the benchmark, and all of them form a buyer group. The peers are the 49 small buyers at every
// scale, so the group has as many rows in xl as in large, and the benchmark sets a bigger buyer
// beside the same others.
import type { LargeShape } from "./large-shape";

/**
 * A buyer group of all 50 buyers, with the big buyer's coordinator as its coordinator: three
 * standards of three published versions, and what its members published: adoption per standard
 * at one or two levels, and results for three years from the two thirds that share them. The
 * group page reads only these rows, so their number is what it is measured on. Idempotent: each
 * statement adds only what is missing.
 */
export function largeGroupStatements(s: LargeShape): Array<[string, string]> {
  const groupSlug = `${s.bigBuyerSlug}-inkoopgroep`;
  const group = `(select id from organisations where slug = '${groupSlug}')`;
  const members = `(select id from organisations where slug = '${s.bigBuyerSlug}' or slug like 'klein-%')`;
  const levels = `'{"minimum":{"description":"Minimum","interpolation":"linear","milestones":[{"offset":0,"value":"30"},{"offset":8,"value":"40"}]},
                    "plus":{"description":"Plus","interpolation":"linear","milestones":[{"offset":0,"value":"40"},{"offset":8,"value":"55"}]},
                    "maximum":{"description":"Maximum","interpolation":"linear","milestones":[{"offset":0,"value":"50"},{"offset":8,"value":"70"}]}}'::jsonb`;
  return [
    [
      "inkoopgroep",
      `insert into organisations (kind, name, slug) select 'buyer_group', 'Inkoopgroep Grootstad en regio', '${groupSlug}'
         where not exists (select 1 from organisations where slug = '${groupSlug}')`,
    ],
    [
      "inkoopgroep: coördinator",
      `insert into memberships (organisation_id, user_id, role)
         select ${group}, u.id, 'coordinator' from users u where u.email = 'coordinator@${s.bigBuyerSlug}.bench.example'
         on conflict do nothing`,
    ],
    [
      "inkoopgroep: leden",
      `insert into group_members (tenant_id, organisation_id, status, answered_at)
         select ${group}, m.id, 'joined', now() from ${members} m
         on conflict do nothing`,
    ],
    [
      "inkoopgroep: standaarden",
      `insert into kpi_templates (tenant_id, name, indicator_id, kind, obligation, purchasing_package, levels)
         select ${group}, 'Standaard ' || i.name, i.id, 'quantitative', 'inspanning', p.package, ${levels}
           from (values ('circular_content', 'catering'), ('renewable_energy', 'energie'), ('zero_emission_km', 'groenonderhoud')) p(code, package)
           join indicators i on i.code = p.code and i.owner_org_id is null
          where not exists (select 1 from kpi_templates t where t.tenant_id = ${group})`,
    ],
    [
      "inkoopgroep: versies",
      `insert into group_standard_versions (tenant_id, template_id, number, effective_from, standard, published_by)
         select t.tenant_id, t.id, v.n, date '2024-01-01' + (v.n - 1) * interval '1 year',
                jsonb_build_object('name', t.name, 'indicatorId', t.indicator_id, 'kind', t.kind, 'obligation', t.obligation,
                                   'purchasingPackage', t.purchasing_package, 'levels', t.levels),
                (select id from users where email = 'coordinator@${s.bigBuyerSlug}.bench.example')
           from kpi_templates t cross join generate_series(1, 3) v(n)
          where t.tenant_id = ${group}
            and not exists (select 1 from group_standard_versions x where x.tenant_id = t.tenant_id)`,
    ],
    [
      "inkoopgroep: overname",
      `insert into group_adoptions (tenant_id, organisation_id, template_id, level, contracts, deviations, published_at)
         select t.tenant_id, m.id, t.id, l.level::ambition_level, 1 + floor(random() * 20)::int, floor(random() * 3)::int, now()
           from kpi_templates t cross join ${members} m
           cross join lateral (select level from unnest(array['minimum', 'plus', 'maximum']) level order by random() limit 1 + floor(random() * 2)::int) l
          where t.tenant_id = ${group}
         on conflict do nothing`,
    ],
    [
      "inkoopgroep: resultaten",
      `insert into group_results (tenant_id, organisation_id, template_id, year, contracts, value, published_at)
         select t.tenant_id, m.id, t.id, y, 1 + floor(random() * 20)::int, round((30 + random() * 40)::numeric, 4), now()
           from kpi_templates t cross join ${members} m cross join generate_series(2024, 2026) y
          where t.tenant_id = ${group} and random() < 0.67
         on conflict do nothing`,
    ],
  ];
}

/** Every buyer of the set takes part in the benchmark; the refresh after it computes the figures. */
export function largeBenchmarkStatement(s: LargeShape): string {
  return `update organisations set benchmark_since = now() where kind = 'buyer' and benchmark_since is null
            and (slug = '${s.bigBuyerSlug}' or slug like 'klein-%')`;
}
