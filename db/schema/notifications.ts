import { sql } from "drizzle-orm";
import { check, foreignKey, index, pgEnum, pgTable, primaryKey, text, timestamp, uniqueIndex, uuid, varchar } from "drizzle-orm/pg-core";
import { contracts } from "./contracts";
import { organisationKind } from "./enums";
import { users } from "./users";

export const notificationKind = pgEnum("notification_kind", [
  "kpi_proposed",
  "kpi_accepted",
  "kpi_rejected",
  "review_signature_needed",
  "review_final",
  "action_item_assigned",
  "action_item_due",
  "report_due",
  "profile_fact_expiring",
  "group_invitation",
]);

/** How a person wants a kind by e-mail; in the app every notification shows. */
export const notificationDelivery = pgEnum("notification_delivery", ["immediate", "digest", "off"]);

/**
 * Where a notification's e-mail stands: pending until the delivery job has read the recipient's
 * preference, then sent, waiting for the digest, in a digest, or not mailed at all.
 */
export const notificationEmailState = pgEnum("notification_email_state", ["pending", "sent", "digest", "digested", "off"]);

/**
 * Something that happened on a contract that one person should know. Written in the same
 * transaction as the change (a rolled-back change leaves none) or by a daily job; the dedupe key
 * makes a second write of the same notification a no-op. Only its recipient reads it, in the
 * organisation it was meant for (recipient_org_id).
 */
export const notifications = pgTable(
  "notifications",
  {
    tenantId: uuid("tenant_id").notNull(),
    // The contract's supplier, set by the database; the supplier's policy compares it.
    supplierOrgId: uuid("supplier_org_id"),
    id: uuid("id").notNull().defaultRandom(),
    // None for what concerns the recipient's organisation itself (its profile, a group's
    // invitation): such a notification is a row of the recipient's own tenant.
    contractId: uuid("contract_id"),
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    recipientOrgId: uuid("recipient_org_id").notNull(),
    recipientOrgKind: organisationKind("recipient_org_kind").notNull(),
    kind: notificationKind("kind").notNull(),
    /** The row it is about: a KPI, a review, an action item, a report quarter, a profile fact, a group. */
    subjectId: varchar("subject_id", { length: 64 }).notNull(),
    title: text("title").notNull(),
    /** Path inside the app, from the recipient organisation's slug on. */
    link: text("link").notNull(),
    dedupeKey: varchar("dedupe_key", { length: 300 }).notNull(),
    emailState: notificationEmailState("email_state").notNull().default("pending"),
    emailedAt: timestamp("emailed_at", { withTimezone: true }),
    readAt: timestamp("read_at", { withTimezone: true }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.id] }),
    foreignKey({ columns: [t.tenantId, t.contractId], foreignColumns: [contracts.tenantId, contracts.id] }).onDelete("cascade"),
    uniqueIndex("notifications_dedupe_idx").on(t.tenantId, t.dedupeKey),
    index("notifications_recipient_idx").on(t.userId, t.recipientOrgId, t.createdAt),
    // Only people of the contract's two parties: the buyer (the tenant) or its supplier.
    check("notifications_recipient_is_party", sql`${t.recipientOrgId} in (${t.tenantId}, ${t.supplierOrgId})`),
    index("notifications_unsent_idx")
      .on(t.emailState)
      .where(sql`${t.emailState} in ('pending', 'digest')`),
  ],
);

/** Per person and kind: e-mail at once, in the daily digest, or not at all. No row means the kind's default. */
export const notificationPreferences = pgTable(
  "notification_preferences",
  {
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    kind: notificationKind("kind").notNull(),
    delivery: notificationDelivery("delivery").notNull(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.userId, t.kind] })],
);

export type Notification = typeof notifications.$inferSelect;
export type NotificationKind = (typeof notificationKind.enumValues)[number];
export type NotificationDelivery = (typeof notificationDelivery.enumValues)[number];
