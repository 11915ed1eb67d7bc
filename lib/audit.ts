import type { Db } from "@/db/client";
import { auditEvents } from "@/db/schema";

export type AuditInput = {
  /** The organisation whose data changed. */
  tenantId: string;
  entity: "organisation" | "membership" | "invitation" | "contract";
  entityId: string;
  action: string;
  before?: unknown;
  after?: unknown;
};

type AuditActor = { userId: string | null; org: { id: string } | null };

/** Appends an audit event in the caller's transaction, so the change and its record commit together. */
export async function recordAudit(tx: Db, actor: AuditActor, event: AuditInput): Promise<void> {
  await tx.insert(auditEvents).values({
    tenantId: event.tenantId,
    actorUserId: actor.userId,
    actorOrgId: actor.org?.id ?? event.tenantId,
    entity: event.entity,
    entityId: event.entityId,
    action: event.action,
    before: event.before === undefined ? null : toJson(event.before),
    after: event.after === undefined ? null : toJson(event.after),
  });
}

// Dates and bigints as plain JSON, so before/after read the same on PGlite and PostgreSQL.
function toJson(value: unknown): unknown {
  return JSON.parse(JSON.stringify(value, (_k, v) => (typeof v === "bigint" ? v.toString() : v)));
}
