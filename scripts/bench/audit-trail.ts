// The audit log's goal is for an organisation with a long history: a million events in the big
// buyer's trail, spread over three years, written once by the owner connection (an audit event
// is append-only, so a bench run never removes them). Some name a contract, so the log's object
// lookups have rows to find.
import { sql } from "drizzle-orm";
import { queryRows, type Db } from "../../db/client";

const AUDIT_BENCH_EVENTS = 1_000_000;
const BATCH = 100_000;

export async function ensureAuditTrail(db: Db, params: { tenantId: string; actorUserId: string }, log: (line: string) => void) {
  const [{ n }] = await queryRows<{ n: number }>(db, sql`select count(*)::int as n from audit_events where tenant_id = ${params.tenantId}`);
  if (n >= AUDIT_BENCH_EVENTS) return;
  log(`Logboek vullen tot ${AUDIT_BENCH_EVENTS} wijzigingen…`);
  for (let done = n; done < AUDIT_BENCH_EVENTS; done += BATCH) {
    const size = Math.min(BATCH, AUDIT_BENCH_EVENTS - done);
    await db.execute(sql`
      with cs as (select array_agg(id::text order by id) as ids, array_agg(title order by id) as titles
                    from contracts where tenant_id = ${params.tenantId})
      insert into audit_events (tenant_id, actor_user_id, actor_org_id, entity, entity_id, action, before, after, created_at)
      select ${params.tenantId}::uuid, ${params.actorUserId}::uuid, ${params.tenantId}::uuid, 'contract',
             cs.ids[1 + g % cardinality(cs.ids)], 'update',
             jsonb_build_object('title', 'Oud ' || g), jsonb_build_object('title', cs.titles[1 + g % cardinality(cs.ids)]),
             now() - (g * interval '95 seconds')
        from cs, generate_series(${done + 1}::int, ${done + size}::int) g`);
  }
  await db.execute(sql`analyze audit_events`);
}
