// What a close stores: per contract the final review of the quarter (its counts, malus, overall
// score, every KPI's computed status, agreed score and malus, the organisation themes it served)
// and per organisation target the quarter's actual, its coverage and each contract's part, so the
// dashboard can add a closed quarter into a year exactly as it adds a live one; and every accepted
// report value of the quarter, which the package bars and the promises add up.
import { sql, type SQL } from "drizzle-orm";
import { queryRows, type Db } from "@/db/client";
import { countedContract, submittedReport } from "@/lib/dashboard/sections/counted";
import { discipline, expectedDueDate, firstSubmittedOn } from "@/lib/dashboard/sections/discipline-rule";
import { parseQuarter, quarterStartDate } from "@/lib/periods";

type CloseParams = { tenantId: string; closeId: string; quarter: string };

/**
 * Copies the quarter's final reviews into the close, in one statement, with how each contract's
 * report of the quarter came in as of today (the day of the close), by the dashboard's own rule.
 * A quarter may close before its reports are due; such a report is left to the dashboard's live rule.
 */
export async function storeContractFigures(db: Db, p: CloseParams & { today: string }): Promise<number> {
  const t = sql`${p.tenantId}::uuid`;
  const quarter = parseQuarter(p.quarter);
  if (!quarter) throw new Error(`Geen kwartaal: ${p.quarter}`);
  const quarterStart = sql`${quarterStartDate(quarter)}::date`;
  const rows = await queryRows<{ n: number }>(
    db,
    sql`with stored as (
      insert into period_close_contracts (tenant_id, close_id, contract_id, review_id, quarter, on_track, at_risk, off_track,
                                          scored, worst, malus_applied_cents, overall_score, report_discipline, kpi_scores, theme_outcomes)
      select o.tenant_id, ${p.closeId}::uuid, o.contract_id, o.review_id, o.quarter, o.on_track, o.at_risk, o.off_track,
             o.scored, o.worst, o.malus_applied_cents, o.overall_score,
             -- A report not yet due at the close is not frozen as "not yet due" for ever: the
             -- dashboard goes on judging it live until it is in or overdue.
             (select nullif(${discipline(firstSubmittedOn(sql`rp`), sql`coalesce(rp.due_date, ${expectedDueDate(quarterStart, sql`c.report_due_days`)})`, sql`${p.today}::date`)}, 'not_due')
              from (select 1) one
              left join reports rp on rp.tenant_id = ${t} and rp.contract_id = c.id and rp.quarter = ${p.quarter} and ${submittedReport("rp")}),
             coalesce((select jsonb_agg(jsonb_build_object('kpiId', s.kpi_id, 'name', k.name, 'status', s.computed_status,
                                                           'agreedScore', s.agreed_score, 'malusAppliedCents', coalesce(s.malus_applied_cents, 0))
                                        order by k.name, s.kpi_id)
                       from review_scores s join kpis k on k.tenant_id = s.tenant_id and k.id = s.kpi_id
                       where s.tenant_id = ${t} and s.review_id = o.review_id), '[]'::jsonb),
             coalesce((select jsonb_agg(jsonb_build_object('themeKey', th.theme_key, 'onTrack', th.on_track, 'scored', th.scored)
                                        order by th.theme_key)
                       from review_theme_outcomes th where th.tenant_id = ${t} and th.review_id = o.review_id), '[]'::jsonb)
      from review_outcomes o join contracts c on c.tenant_id = o.tenant_id and c.id = o.contract_id
      where o.tenant_id = ${t} and o.quarter = ${p.quarter} and ${countedContract("c")}
      returning 1
    ) select count(*)::int as n from stored`,
  );
  return rows[0].n;
}

/** Copies every accepted report value of the quarter's counted contracts into the close. */
export async function storeAcceptedValues(db: Db, p: CloseParams): Promise<number> {
  const t = sql`${p.tenantId}::uuid`;
  const rows = await queryRows<{ n: number }>(
    db,
    sql`with stored as (
      insert into period_close_values (tenant_id, close_id, contract_id, kpi_id, indicator_id, promise_id, quarter, value)
      select ${t}, ${p.closeId}::uuid, k.contract_id, k.id, k.indicator_id, k.promise_id, r.quarter, v.value::float8
      from reports r
      join contracts c on c.tenant_id = ${t} and c.id = r.contract_id and ${countedContract("c")}
      join report_values v on v.tenant_id = ${t} and v.report_id = r.id and v.value is not null
      join kpis k on k.tenant_id = ${t} and k.id = v.kpi_id
      where r.tenant_id = ${t} and r.quarter = ${p.quarter} and r.status = 'accepted'
      returning 1
    ) select count(*)::int as n from stored`,
  );
  return rows[0].n;
}

/**
 * The quarter's actual per organisation target: the same contributions as the dashboard's target
 * section (lib/dashboard/sections/targets.ts) over every counted contract, one per contract.
 */
export async function storeTargetFigures(db: Db, p: CloseParams): Promise<number> {
  const t = sql`${p.tenantId}::uuid`;
  const rows = await queryRows<{ n: number }>(
    db,
    sql`with ${targetContributions(t, sql`= ${p.quarter}`)},
    stored as (
      insert into period_close_targets (tenant_id, close_id, target_id, quarter, actual, contracts, contributions)
      select ${t}, ${p.closeId}::uuid, ta.id, ${p.quarter},
             case min(pc.aggregation)
               when 'sum' then sum(pc.value)
               when 'average' then avg(pc.value)
               else sum(pc.value * pc.value_cents) filter (where pc.value_cents > 0) / nullif(sum(pc.value_cents) filter (where pc.value_cents > 0), 0)
             end::float8,
             count(pc.contract_id)::int,
             coalesce(jsonb_agg(jsonb_build_object('contractId', pc.contract_id, 'valueCents', pc.value_cents, 'value', pc.value)
                                order by pc.contract_id) filter (where pc.contract_id is not null), '[]'::jsonb)
      from organisation_targets ta left join per_contract pc on pc.target_id = ta.id
      where ta.tenant_id = ${t}
      group by ta.id
      returning 1
    ) select count(*)::int as n from stored`,
  );
  return rows[0].n;
}

/** Each counted contract's part of each organisation target in a quarter, live (as the dashboard adds it). */
export function targetContributions(t: SQL, quarterCondition: SQL): SQL {
  return sql`per_contract as (
      select ta.id as target_id, r.quarter, i.aggregation::text as aggregation, c.id as contract_id, c.value_cents,
             case when i.aggregation = 'sum' then sum(x.value) else avg(x.value) end::float8 as value
      from organisation_targets ta
      join indicators i on i.id = ta.indicator_id
      join indicators ki on ki.id = ta.indicator_id or ki.absolute_indicator_id = ta.indicator_id
      join kpis k on k.tenant_id = ${t} and k.indicator_id = ki.id
      join contracts c on c.tenant_id = ${t} and c.id = k.contract_id and ${countedContract("c")}
      join report_values v on v.tenant_id = ${t} and v.kpi_id = k.id and v.value is not null
      join reports r on r.tenant_id = ${t} and r.id = v.report_id and r.status = 'accepted' and r.quarter ${quarterCondition}
      cross join lateral (
        select case when ki.id = ta.indicator_id then v.value else v.value * v.quantity * ki.absolute_factor end as value
      ) x
      where ta.tenant_id = ${t} and x.value is not null
      group by ta.id, r.quarter, i.aggregation, c.id, c.value_cents
    )`;
}
