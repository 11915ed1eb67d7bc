// Reading the audit log a page at a time, newest first, with the filters of the log page. Keyset
// paging on (created_at, id): a page costs the same whether it is the first or the thousandth, and
// events written meanwhile do not shift the pages a reader is going through.
import { and, desc, eq, gte, inArray, isNull, lt, ne, or, sql, type SQL } from "drizzle-orm";
import type { Db } from "@/db/client";
import { acrossTenants } from "@/db/cross-tenant";
import { actionItems, apiTokens, auditEvents, kpis, people, promises, reports, reviews, roadmapItems } from "@/db/schema";
import { colleagueEmails, organisationContacts } from "@/lib/members/queries";
import { addDays } from "@/lib/periods";
import { amsterdamDateTime } from "@/lib/time";
import type { AuditCursor, AuditFilters } from "./filters";

const AUDIT_PAGE_SIZE = 50;

/** What the log is read with: the page's filters, the contract search resolved to contracts (tenant and id). */
export type AuditQuery = Omit<AuditFilters, "contract"> & { contracts?: Array<{ tenantId: string; id: string }> };

/** The events about some contracts: the contracts themselves and the rows that belong to them. */
function aboutContracts(found: Array<{ tenantId: string; id: string }>): SQL {
  const contractIds = found.map((c) => c.id);
  // A buyer's contracts lie in its own tenant, a supplier's with its buyers.
  const tenants = [...new Set(found.map((c) => c.tenantId))];
  const partIds = (
    entity: string,
    table: typeof kpis | typeof reports | typeof reviews | typeof promises | typeof roadmapItems | typeof actionItems,
  ) => {
    const ofTheContracts = and(
      acrossTenants("audit-log-across-tenants", inArray(table.tenantId, tenants)),
      inArray(table.contractId, contractIds),
    );
    return and(
      eq(auditEvents.entity, entity),
      sql`${auditEvents.entityId} in (select ${table.id}::text from ${table} where ${ofTheContracts})`,
    )!;
  };
  return or(
    and(eq(auditEvents.entity, "contract"), inArray(auditEvents.entityId, contractIds)),
    partIds("kpi", kpis),
    partIds("growth_path", kpis),
    partIds("report", reports),
    partIds("review", reviews),
    partIds("promise", promises),
    partIds("roadmap_item", roadmapItems),
    partIds("action_item", actionItems),
  )!;
}

/** The filters of the page, apart from whose log it is. */
function filtersOf(filters: AuditQuery, cursor: AuditCursor | null): SQL[] {
  const where: SQL[] = [];
  if (filters.person) where.push(eq(auditEvents.actorUserId, filters.person));
  if (filters.kind) where.push(eq(auditEvents.entity, filters.kind));
  if (filters.contracts) where.push(filters.contracts.length > 0 ? aboutContracts(filters.contracts) : sql`false`);
  // Calendar days in Amsterdam: "to" includes that whole day.
  if (filters.from) where.push(gte(auditEvents.createdAt, amsterdamDateTime(filters.from, "00:00")));
  if (filters.to) where.push(lt(auditEvents.createdAt, amsterdamDateTime(addDays(filters.to, 1), "00:00")));
  if (cursor) {
    // Microseconds since 1970, exact: a JavaScript Date would round two events of one millisecond together.
    const at = sql`(timestamptz 'epoch' + (${cursor.at} || ' microseconds')::interval)`;
    where.push(sql`(${auditEvents.createdAt} < ${at} or (${auditEvents.createdAt} = ${at} and ${auditEvents.id} < ${cursor.id}))`);
  }
  return where;
}

/**
 * Whose events an organisation's log holds, as three parts that do not overlap, each read newest
 * first along an index of its own: its own trail, what its people did in other organisations'
 * trails, and (for a supplier) what its buyers did to its contracts. One condition with OR over
 * the three made the database sort a million events for a page of fifty.
 */
function logParts(organisationId: string): SQL[] {
  return [
    eq(auditEvents.tenantId, organisationId),
    acrossTenants(
      "audit-log-across-tenants",
      and(eq(auditEvents.actorOrgId, organisationId), ne(auditEvents.actorOrgId, auditEvents.tenantId))!,
    ),
    acrossTenants(
      "audit-log-across-tenants",
      and(
        eq(auditEvents.supplierOrgId, organisationId),
        ne(auditEvents.tenantId, organisationId),
        or(isNull(auditEvents.actorOrgId), ne(auditEvents.actorOrgId, organisationId))!,
      )!,
    ),
  ];
}

const sortKey = sql<string>`(extract(epoch from ${auditEvents.createdAt}) * 1000000)::bigint::text`;

/**
 * One page of the organisation's log, with the actor's name; the e-mail address stands in for a
 * missing name only for the organisation's own members. `next` is the cursor of the following
 * page, or null on the last one.
 */
export async function readAuditLog(db: Db, params: { tenantId: string; filters: AuditQuery; cursor?: AuditCursor | null; limit?: number }) {
  const limit = params.limit ?? AUDIT_PAGE_SIZE;
  const filters = filtersOf(params.filters, params.cursor ?? null);
  const parts = await Promise.all(
    logParts(params.tenantId).map((part) =>
      db
        .select({ tenantId: auditEvents.tenantId, id: auditEvents.id, at: sortKey })
        .from(auditEvents)
        .where(and(part, ...filters))
        .orderBy(desc(auditEvents.createdAt), desc(auditEvents.id))
        .limit(limit + 1),
    ),
  );
  const newest = parts
    .flat()
    .sort((a, b) => (BigInt(b.at) > BigInt(a.at) ? 1 : BigInt(b.at) < BigInt(a.at) ? -1 : b.id.localeCompare(a.id)))
    .slice(0, limit + 1);
  const keys = newest.slice(0, limit);
  const rows = keys.length
    ? await db
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
          apiTokenId: auditEvents.apiTokenId,
          // Another organisation's token (a supplier's integration in the buyer's trail) is not
          // readable here: the event then says only that it came through a token.
          apiTokenName: apiTokens.name,
        })
        .from(auditEvents)
        .leftJoin(people, eq(people.id, auditEvents.actorUserId))
        .leftJoin(apiTokens, eq(apiTokens.id, auditEvents.apiTokenId))
        // One tenant's events go to its shard; the parts from other trails make it several.
        .where(
          acrossTenants(
            "audit-log-across-tenants",
            or(...keys.map((k) => and(eq(auditEvents.tenantId, k.tenantId), eq(auditEvents.id, k.id))))!,
          ),
        )
    : [];
  const byId = new Map(rows.map((r) => [r.id, r]));
  const page = keys.map((k) => byId.get(k.id)!).filter(Boolean);
  const nameless = page.filter((e) => e.actorName === null && e.actorOrgId === params.tenantId);
  const emails = await colleagueEmails(db, { organisationId: params.tenantId, userIds: nameless.map((e) => e.actorUserId) });
  const last = keys.at(-1);
  return {
    events: page.map(({ actorOrgId, apiTokenId, apiTokenName, ...event }) => {
      const actorEmail = event.actorUserId && actorOrgId === params.tenantId ? (emails.get(event.actorUserId) ?? null) : null;
      const person = event.actorName ?? actorEmail;
      const via = apiTokenId === null ? null : apiTokenName === null ? "via een API-token" : `via API-token “${apiTokenName}”`;
      return { ...event, actorEmail, actor: via === null ? person : `${person ?? "Onbekend"} (${via})` };
    }),
    next: newest.length > limit && last ? { at: last.at, id: last.id } : null,
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
