import { sql } from "drizzle-orm";
import { index, jsonb, pgTable, primaryKey, text, timestamp, uuid } from "drizzle-orm/pg-core";

// Append-only (a trigger refuses UPDATE and DELETE). tenant_id is the organisation whose data
// changed; actor_org_id the organisation the actor worked in (they differ when a buyer creates
// a supplier organisation).
export const auditEvents = pgTable(
  "audit_events",
  {
    tenantId: uuid("tenant_id").notNull(),
    id: uuid("id").notNull().defaultRandom(),
    actorUserId: uuid("actor_user_id"),
    actorOrgId: uuid("actor_org_id"),
    // The API token the change came through, if any (actor_user_id is then the person who created
    // it). Filled from the transaction's setting, so no write path can forget it.
    apiTokenId: uuid("api_token_id").default(sql`nullif(current_setting('app.api_token_id', true), '')::uuid`),
    // The supplier of the contract the event is about (the contract, its KPIs, reports, reviews,
    // promises and actions): that supplier reads the event in its own log by this column alone.
    supplierOrgId: uuid("supplier_org_id"),
    entity: text("entity").notNull(),
    entityId: text("entity_id").notNull(),
    action: text("action").notNull(),
    before: jsonb("before"),
    after: jsonb("after"),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.id] }),
    index("audit_events_entity_idx").on(t.tenantId, t.entity, t.entityId),
    index("audit_events_time_idx").on(t.tenantId, t.createdAt),
    // What an organisation's people did in other organisations' trails, newest first: without it the
    // log would walk the organisation's own events (where actor and tenant agree) to find none.
    index("audit_events_counterparty_time_idx")
      .on(t.actorOrgId, t.createdAt)
      .where(sql`${t.actorOrgId} <> ${t.tenantId}`),
    // The supplier's log, newest first, without scanning its buyers' trails.
    index("audit_events_supplier_time_idx")
      .on(t.supplierOrgId, t.createdAt)
      .where(sql`${t.supplierOrgId} is not null`),
  ],
);

export type AuditEvent = typeof auditEvents.$inferSelect;
