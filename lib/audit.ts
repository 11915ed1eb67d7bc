import { desc, eq, or } from "drizzle-orm";
import type { Db } from "@/db/client";
import { auditEvents, users } from "@/db/schema";

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

/** The latest audit events of an organisation, newest first, with the actor's name. */
export async function listAuditEvents(db: Db, params: { tenantId: string; limit?: number }) {
  return db
    .select({
      id: auditEvents.id,
      entity: auditEvents.entity,
      entityId: auditEvents.entityId,
      action: auditEvents.action,
      before: auditEvents.before,
      after: auditEvents.after,
      createdAt: auditEvents.createdAt,
      actorName: users.name,
      actorEmail: users.email,
    })
    .from(auditEvents)
    .leftJoin(users, eq(users.id, auditEvents.actorUserId))
    .where(or(eq(auditEvents.tenantId, params.tenantId), eq(auditEvents.actorOrgId, params.tenantId)))
    .orderBy(desc(auditEvents.createdAt))
    .limit(params.limit ?? 50);
}

const ACTION_LABELS: Record<string, string> = {
  "contract.create": "Contract aangemaakt",
  "contract.update": "Contract gewijzigd",
  "contract.link_supplier": "Leverancier gekoppeld",
  "organisation.create": "Organisatie aangemaakt",
  "invitation.create": "Uitnodiging verstuurd",
  "invitation.revoke": "Uitnodiging ingetrokken",
  "membership.join": "Lid geworden",
  "membership.change_role": "Rol gewijzigd",
  "membership.remove": "Lid verwijderd",
};

export function auditLabel(entity: string, action: string): string {
  return ACTION_LABELS[`${entity}.${action}`] ?? `${entity}: ${action}`;
}
