// What the audit log page shows: a page of events with their objects and changes, the options of
// the filters, and the address of the next page, read in the reader's tenant transaction.
import { eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { people } from "@/db/schema";
import type { Actor } from "@/lib/auth/actor";
import { auditDiff } from "./diff";
import { resolveAuditFilters } from "./contract-filter";
import { decodeCursor, encodeCursor } from "./filters";
import { describeObjects, objectKey } from "./objects";
import { auditActors, readAuditLog } from "./queries";

async function personName(db: Db, id: string): Promise<string | null> {
  const [row] = await db.select({ name: people.name }).from(people).where(eq(people.id, id));
  return row?.name ?? null;
}

/** The person a filter names, for the export's info sheet; an unknown id names nobody. */
export async function filterPerson(db: Db, actor: Actor, person: string | undefined): Promise<string | undefined> {
  if (!person) return undefined;
  const actors = await auditActors(db, {
    tenantId: actor.org.id,
    onPage: [{ actorUserId: person, actorName: await personName(db, person) }],
  });
  return actors.find((p) => p.id === person)?.name;
}

export async function auditLogPage(tx: Db, { actor, search }: { actor: Actor; search: Record<string, string | string[] | undefined> }) {
  const { filters, errors, query, contractTitles } = await resolveAuditFilters(tx, actor, search);
  const cursor = decodeCursor(typeof search.na === "string" ? search.na : undefined);
  const page = await readAuditLog(tx, { tenantId: actor.org.id, filters: query, cursor });
  const actors = await auditActors(tx, { tenantId: actor.org.id, onPage: page.events });
  const objects = await describeObjects(tx, { orgSlug: actor.org.slug, events: page.events });
  return {
    filters,
    errors,
    paged: cursor !== null,
    next: page.next ? encodeCursor(page.next) : null,
    people: actors,
    contractTitles,
    events: page.events.map((e) => ({
      id: e.id,
      createdAt: e.createdAt,
      entity: e.entity,
      action: e.action,
      actor: e.actor,
      object: objects.get(objectKey(e.entity, e.entityId)) ?? null,
      changes: auditDiff(e.before, e.after),
    })),
  };
}
