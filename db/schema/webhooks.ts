import { sql } from "drizzle-orm";
import {
  check,
  foreignKey,
  index,
  integer,
  pgEnum,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
  varchar,
} from "drizzle-orm/pg-core";
import { contracts } from "./contracts";
import { organisations } from "./organisations";
import { users } from "./users";

/**
 * An HTTPS address of an organisation (a buyer or a supplier) that hears about events on its
 * contracts. Global like api_tokens, not a tenant table: a supplier is nobody's tenant and its
 * endpoints hear about the contracts of every buyer it serves, so the row belongs to the
 * organisation and must be readable on whichever node the event happens (a Citus reference table;
 * small and rarely changed). Only the organisation itself reads or changes it; the event's
 * transaction reaches the other party's endpoints through enqueue_webhook_event (migration 0047).
 * The signing secret is kept encrypted under a key derived from AUTH_SECRET (lib/webhooks/secret.ts),
 * so a copy of this table cannot sign anything.
 */
export const webhookEndpoints = pgTable(
  "webhook_endpoints",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    organisationId: uuid("organisation_id")
      .notNull()
      .references(() => organisations.id, { onDelete: "cascade" }),
    url: text("url").notNull(),
    description: varchar("description", { length: 200 }),
    events: text("events").array().notNull(),
    /** AES-256-GCM of the signing secret, bound to this row's id. */
    secretEncrypted: text("secret_encrypted").notNull(),
    // After a new secret, the previous one signs too until this moment, so a receiver can switch
    // over without refusing a delivery.
    previousSecretEncrypted: text("previous_secret_encrypted"),
    previousSecretUntil: timestamp("previous_secret_until", { withTimezone: true }),
    createdByUserId: uuid("created_by_user_id").references(() => users.id, { onDelete: "set null" }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    /** Set while the endpoint is switched off: no new deliveries, waiting ones stay waiting. */
    disabledAt: timestamp("disabled_at", { withTimezone: true }),
    version: integer("version").notNull().default(1),
  },
  (t) => [
    index("webhook_endpoints_organisation_idx").on(t.organisationId, t.createdAt),
    // For the deliveries' key below: a delivery's organisation is always its endpoint's.
    uniqueIndex("webhook_endpoints_id_organisation_key").on(t.id, t.organisationId),
    check("webhook_endpoints_has_event", sql`cardinality(${t.events}) >= 1`),
  ],
);

export const webhookDeliveryStatus = pgEnum("webhook_delivery_status", ["pending", "succeeded", "failed"]);

/**
 * One event for one endpoint. A tenant table on the contract's buyer (tenant_id), unlike the
 * endpoints: it is written in the transaction of the change it announces, which lives on that
 * buyer's shard, so the write stays there; it is the busy, growing table. organisation_id is the
 * receiving organisation (the endpoint's), which is what its policies compare. The body is the
 * exact JSON sent, so every attempt and a redelivery sign the same bytes.
 */
export const webhookDeliveries = pgTable(
  "webhook_deliveries",
  {
    tenantId: uuid("tenant_id").notNull(),
    id: uuid("id").notNull().defaultRandom(),
    endpointId: uuid("endpoint_id").notNull(),
    organisationId: uuid("organisation_id").notNull(),
    contractId: uuid("contract_id").notNull(),
    eventId: uuid("event_id").notNull(),
    eventType: varchar("event_type", { length: 40 }).notNull(),
    body: text("body").notNull(),
    status: webhookDeliveryStatus("status").notNull().default("pending"),
    attempts: integer("attempts").notNull().default(0),
    nextAttemptAt: timestamp("next_attempt_at", { withTimezone: true }).notNull().defaultNow(),
    /** A worker's claim: nobody else sends it before this moment. */
    lockedUntil: timestamp("locked_until", { withTimezone: true }),
    lastAttemptAt: timestamp("last_attempt_at", { withTimezone: true }),
    lastStatusCode: integer("last_status_code"),
    lastError: text("last_error"),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.id] }),
    foreignKey({ columns: [t.tenantId, t.contractId], foreignColumns: [contracts.tenantId, contracts.id] }).onDelete("cascade"),
    foreignKey({
      name: "webhook_deliveries_endpoint_fk",
      columns: [t.endpointId, t.organisationId],
      foreignColumns: [webhookEndpoints.id, webhookEndpoints.organisationId],
    }).onDelete("cascade"),
    index("webhook_deliveries_endpoint_idx").on(t.endpointId, t.createdAt),
    index("webhook_deliveries_due_idx")
      .on(t.nextAttemptAt)
      .where(sql`${t.status} = 'pending'`),
  ],
);

export type WebhookEndpoint = typeof webhookEndpoints.$inferSelect;
export type WebhookDelivery = typeof webhookDeliveries.$inferSelect;
