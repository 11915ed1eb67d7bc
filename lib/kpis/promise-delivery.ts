// What a tender promise delivered: the latest accepted value of the contract's KPI made from the
// promise (or, failing that, of a KPI on the promise's indicator), a closed quarter's as its close
// recorded it. One rule for the dashboard's promises and the tender page's comparison with the bids.
import { sql, type SQL } from "drizzle-orm";

/**
 * A lateral subquery giving `value` and `quarter` for the promise `pm` of the enclosing statement,
 * which must define `cq` (the closes in force: id and quarter). `upTo` bounds the quarter; `keepLive`
 * and `keepClosed` narrow the live values (`v`, `r`) and the recorded ones (`s`), as a filter asks.
 */
export function latestDelivery(p: { tenantId: SQL; upTo?: SQL; keepLive?: SQL; keepClosed?: SQL }): SQL {
  const t = p.tenantId;
  const liveUpTo = p.upTo ? sql`and r.quarter <= ${p.upTo}` : sql``;
  const closedUpTo = p.upTo ? sql`and s.quarter <= ${p.upTo}` : sql``;
  return sql`(
      select x.value, x.quarter from (
        (select v.value, r.quarter, (k.promise_id is not distinct from pm.id) as own
         from kpis k
         join report_values v on v.tenant_id = ${t} and v.kpi_id = k.id and v.value is not null
         join reports r on r.tenant_id = ${t} and r.id = v.report_id and r.status = 'accepted'
         where k.tenant_id = ${t} and k.contract_id = pm.contract_id
           and (k.promise_id = pm.id or k.indicator_id = pm.indicator_id)
           and r.quarter not in (select quarter from cq) ${liveUpTo}
           and ${p.keepLive ?? sql`true`}
         order by r.quarter desc, own desc
         limit 1)
        union all
        -- A closed quarter's value as its close recorded it.
        (select s.value, s.quarter, (s.promise_id is not distinct from pm.id) as own
         from period_close_values s join cq on cq.id = s.close_id
         where s.tenant_id = ${t} and s.contract_id = pm.contract_id
           and (s.promise_id = pm.id or s.indicator_id = pm.indicator_id) ${closedUpTo}
           and ${p.keepClosed ?? sql`true`}
         order by s.quarter desc, own desc
         limit 1)
      ) x
      order by x.quarter desc, x.own desc
      limit 1
    )`;
}
