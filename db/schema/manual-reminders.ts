import { date, foreignKey, primaryKey, timestamp, uuid, varchar, pgTable } from "drizzle-orm/pg-core";
import { contracts } from "./contracts";

/**
 * Reminders a person sent by hand from the reports overview: one per contract quarter per day,
 * so the key itself refuses a second one and a person cannot flood a supplier's inbox.
 */
export const manualReminders = pgTable(
  "manual_reminders",
  {
    tenantId: uuid("tenant_id").notNull(),
    contractId: uuid("contract_id").notNull(),
    quarter: varchar("quarter", { length: 7 }).notNull(),
    /** The day in Amsterdam on which it was sent. */
    sentOn: date("sent_on").notNull(),
    sentByUserId: uuid("sent_by_user_id").notNull(),
    sentAt: timestamp("sent_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.contractId, t.quarter, t.sentOn] }),
    foreignKey({ columns: [t.tenantId, t.contractId], foreignColumns: [contracts.tenantId, contracts.id] }).onDelete("cascade"),
  ],
);

export type ManualReminder = typeof manualReminders.$inferSelect;
