// What the winner delivered on each promise, for the comparison with what the other bidders
// offered: the latest accepted value of the contract's KPI made from the promise (or on its
// indicator), a closed quarter's as its close recorded it — the rule of the dashboard's promises.
import { sql } from "drizzle-orm";
import { queryRows, type Db } from "@/db/client";

type Delivered = { value: string; quarter: string };

export async function deliveredByPromise(db: Db, { tenantId, contractId }: { tenantId: string; contractId: string }) {
  const rows = await queryRows<{ promise_id: string; value: string; quarter: string }>(
    db,
    sql`
    with cq as (
      select pc.id, pc.quarter from period_closes pc where pc.tenant_id = ${tenantId} and pc.reopened_at is null
    )
    select pm.id as promise_id, lv.value::text as value, lv.quarter
    from promises pm
    join lateral (
      select x.value, x.quarter from (
        (select v.value, r.quarter, (k.promise_id is not distinct from pm.id) as own
         from kpis k
         join report_values v on v.tenant_id = ${tenantId} and v.kpi_id = k.id and v.value is not null
         join reports r on r.tenant_id = ${tenantId} and r.id = v.report_id and r.status = 'accepted'
         where k.tenant_id = ${tenantId} and k.contract_id = pm.contract_id
           and (k.promise_id = pm.id or k.indicator_id = pm.indicator_id)
           and r.quarter not in (select quarter from cq)
         order by r.quarter desc, own desc
         limit 1)
        union all
        (select s.value, s.quarter, (s.promise_id is not distinct from pm.id) as own
         from period_close_values s join cq on cq.id = s.close_id
         where s.tenant_id = ${tenantId} and s.contract_id = pm.contract_id
           and (s.promise_id = pm.id or s.indicator_id = pm.indicator_id)
         order by s.quarter desc, own desc
         limit 1)
      ) x
      order by x.quarter desc, x.own desc
      limit 1
    ) lv on true
    where pm.tenant_id = ${tenantId} and pm.contract_id = ${contractId}`,
  );
  return new Map(rows.map((r) => [r.promise_id, { value: r.value, quarter: r.quarter } satisfies Delivered]));
}
