// What the winner delivered on each promise, for the comparison with what the other bidders
// offered, by the rule of the dashboard's promises (lib/kpis/promise-delivery.ts).
import { sql } from "drizzle-orm";
import { queryRows, type Db } from "@/db/client";
import { latestDelivery } from "@/lib/kpis/promise-delivery";

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
    join lateral ${latestDelivery({ tenantId: sql`${tenantId}::uuid` })} lv on true
    where pm.tenant_id = ${tenantId} and pm.contract_id = ${contractId}`,
  );
  return new Map(rows.map((r) => [r.promise_id, { value: r.value, quarter: r.quarter } satisfies Delivered]));
}
