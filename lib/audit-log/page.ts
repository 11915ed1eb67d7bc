// What the audit log page shows: a page of events with their objects and changes, the options of
// the filters, and the address of the next page, read in the reader's tenant transaction.
import { eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { people } from "@/db/schema";
import type { Actor } from "@/lib/auth/actor";
import { listContracts, viewerOf } from "@/lib/contracts/queries";
import { auditDiff } from "./diff";
import { decodeCursor, encodeCursor, parseAuditFilters, type AuditFilters } from "./filters";
import { describeObjects, objectKey } from "./objects";
import { auditActors, readAuditLog } from "./queries";

async function personName(db: Db, id: string): Promise<string | null> {
  const [row] = await db.select({ name: people.name }).from(people).where(eq(people.id, id));
  return row?.name ?? null;
}

/** The person and contract a filter names, for the export's info sheet; unknown ids name nothing. */
export async function filterNames(db: Db, actor: Actor, filters: AuditFilters) {
  const [actors, contracts] = await Promise.all([
    filters.person
      ? auditActors(db, {
          tenantId: actor.org.id,
          onPage: [{ actorUserId: filters.person, actorName: await personName(db, filters.person) }],
        })
      : Promise.resolve([]),
    filters.contract ? listContracts(db, { viewer: viewerOf(actor) }) : Promise.resolve([]),
  ]);
  return {
    person: actors.find((p) => p.id === filters.person)?.name,
    contract: contracts.find((c) => c.id === filters.contract)?.title,
  };
}

export async function auditLogPage(tx: Db, { actor, search }: { actor: Actor; search: Record<string, string | string[] | undefined> }) {
  const { filters, errors } = parseAuditFilters(search);
  const cursor = decodeCursor(typeof search.na === "string" ? search.na : undefined);
  const page = await readAuditLog(tx, { tenantId: actor.org.id, filters, cursor });
  const [actors, contracts] = await Promise.all([
    auditActors(tx, { tenantId: actor.org.id, onPage: page.events }),
    listContracts(tx, { viewer: viewerOf(actor) }),
  ]);
  const objects = await describeObjects(tx, { orgSlug: actor.org.slug, events: page.events });
  return {
    filters,
    errors,
    paged: cursor !== null,
    next: page.next ? encodeCursor(page.next) : null,
    people: actors,
    contracts: contracts.map((c) => ({ id: c.id, title: c.title })),
    events: page.events.map((e) => ({
      id: e.id,
      createdAt: e.createdAt,
      entity: e.entity,
      action: e.action,
      actor: e.actorName ?? e.actorEmail ?? null,
      object: objects.get(objectKey(e.entity, e.entityId)) ?? null,
      changes: auditDiff(e.before, e.after),
    })),
  };
}
