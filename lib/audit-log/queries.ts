// Reading the audit log a page at a time, newest first, with the filters of the log page. Keyset
// paging on (created_at, id): a page costs the same whether it is the first or the thousandth, and
// events written meanwhile do not shift the pages a reader is going through.
import { and, desc, eq, gte, lt, or, sql, type SQL } from "drizzle-orm";
import type { Db } from "@/db/client";
import { actionItems, auditEvents, kpis, people, promises, reports, reviews, roadmapItems } from "@/db/schema";
import { inLogOf } from "@/lib/audit";
import { colleagueEmails, organisationContacts } from "@/lib/members/queries";
import { addDays } from "@/lib/periods";
import { amsterdamDateTime } from "@/lib/time";
import type { AuditCursor, AuditFilters } from "./filters";

const AUDIT_PAGE_SIZE = 50;

/** The events about a contract: the contract itself and the rows that belong to it. */
function aboutContract(contractId: string): SQL {
  const partIds = (
    entity: string,
    table: typeof kpis | typeof reports | typeof reviews | typeof promises | typeof roadmapItems | typeof actionItems,
  ) =>
    and(
      eq(auditEvents.entity, entity),
      sql`${auditEvents.entityId} in (select ${table.id}::text from ${table} where ${table.contractId} = ${contractId})`,
    )!;
  return or(
    and(eq(auditEvents.entity, "contract"), eq(auditEvents.entityId, contractId)),
    partIds("kpi", kpis),
    partIds("growth_path", kpis),
    partIds("report", reports),
    partIds("review", reviews),
    partIds("promise", promises),
    partIds("roadmap_item", roadmapItems),
    partIds("action_item", actionItems),
  )!;
}

function conditions(tenantId: string, filters: AuditFilters, cursor: AuditCursor | null): SQL[] {
  const where: SQL[] = [inLogOf(tenantId)];
  if (filters.person) where.push(eq(auditEvents.actorUserId, filters.person));
  if (filters.kind) where.push(eq(auditEvents.entity, filters.kind));
  if (filters.contract) where.push(aboutContract(filters.contract));
  // Calendar days in Amsterdam: "to" includes that whole day.
  if (filters.from) where.push(gte(auditEvents.createdAt, amsterdamDateTime(filters.from, "00:00")));
  if (filters.to) where.push(lt(auditEvents.createdAt, amsterdamDateTime(addDays(filters.to, 1), "00:00")));
  if (cursor) {
    const at = new Date(cursor.at);
    where.push(or(lt(auditEvents.createdAt, at), and(eq(auditEvents.createdAt, at), lt(auditEvents.id, cursor.id)))!);
  }
  return where;
}

/**
 * One page of the organisation's log (its own events and those its people made elsewhere), with
 * the actor's name; the e-mail address stands in for a missing name only for the organisation's
 * own members. `next` is the cursor of the following page, or null on the last one.
 */
export async function readAuditLog(
  db: Db,
  params: { tenantId: string; filters: AuditFilters; cursor?: AuditCursor | null; limit?: number },
) {
  const limit = params.limit ?? AUDIT_PAGE_SIZE;
  const rows = await db
    .select({
      id: auditEvents.id,
      tenantId: auditEvents.tenantId,
      entity: auditEvents.entity,
      entityId: auditEvents.entityId,
      action: auditEvents.action,
      before: auditEvents.before,
      after: auditEvents.after,
      createdAt: auditEvents.createdAt,
      actorUserId: auditEvents.actorUserId,
      actorOrgId: auditEvents.actorOrgId,
      actorName: people.name,
    })
    .from(auditEvents)
    .leftJoin(people, eq(people.id, auditEvents.actorUserId))
    .where(and(...conditions(params.tenantId, params.filters, params.cursor ?? null)))
    .orderBy(desc(auditEvents.createdAt), desc(auditEvents.id))
    .limit(limit + 1);
  const page = rows.slice(0, limit);
  const nameless = page.filter((e) => e.actorName === null && e.actorOrgId === params.tenantId);
  const emails = await colleagueEmails(db, { organisationId: params.tenantId, userIds: nameless.map((e) => e.actorUserId) });
  const last = page.at(-1);
  return {
    events: page.map(({ actorOrgId, ...event }) => ({
      ...event,
      actorEmail: event.actorUserId && actorOrgId === params.tenantId ? (emails.get(event.actorUserId) ?? null) : null,
    })),
    next: rows.length > limit && last ? { at: last.createdAt.toISOString(), id: last.id } : null,
  };
}

/**
 * The people of the person filter: the organisation's own members, and whoever else acted on the
 * page shown (a counterpart, a former member). Not a scan of the whole log, which may hold
 * millions of events.
 */
export async function auditActors(
  db: Db,
  params: { tenantId: string; onPage: Array<{ actorUserId: string | null; actorName: string | null }> },
) {
  const members = await organisationContacts(db, { organisationId: params.tenantId });
  const people = new Map(members.map((m) => [m.userId, m.name ?? m.email]));
  for (const e of params.onPage) if (e.actorUserId && !people.has(e.actorUserId)) people.set(e.actorUserId, e.actorName ?? "Onbekend");
  return [...people].map(([id, name]) => ({ id, name })).sort((a, b) => a.name.localeCompare(b.name, "nl"));
}
