import { sql } from "drizzle-orm";
import { check, integer, pgTable, text, timestamp, uniqueIndex, uuid, varchar, type AnyPgColumn } from "drizzle-orm/pg-core";
import { organisationKind } from "./enums";

// Global (a Citus reference table): buyers and suppliers are looked up across tenants, e.g. a
// supplier serving several buyers, or linking a supplier by KvK number.
export const organisations = pgTable(
  "organisations",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    kind: organisationKind("kind").notNull(),
    name: varchar("name", { length: 200 }).notNull(),
    slug: varchar("slug", { length: 64 }).notNull(),
    kvk: varchar("kvk", { length: 8 }),
    oin: varchar("oin", { length: 20 }),
    // The buyer that first registered this supplier's KvK number: the only one that may invite
    // its first admin. Null for buyers and for suppliers that joined on their own.
    registeredByOrgId: uuid("registered_by_org_id").references((): AnyPgColumn => organisations.id, { onDelete: "set null" }),
    // Set by a platform operator: its members cannot open it, its API tokens are refused and its
    // webhooks wait; nothing is deleted and its suppliers go on with their other buyers.
    suspendedAt: timestamp("suspended_at", { withTimezone: true }),
    suspendedReason: text("suspended_reason"),
    // Since when the organisation (a buyer) takes part in the anonymised benchmark; null: it does not.
    benchmarkSince: timestamp("benchmark_since", { withTimezone: true }),
    version: integer("version").notNull().default(1),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex("organisations_slug_key").on(t.slug),
    uniqueIndex("organisations_kvk_key")
      .on(t.kvk)
      .where(sql`${t.kvk} is not null`),
    check("organisations_kvk_format", sql`${t.kvk} is null or ${t.kvk} ~ '^[0-9]{8}$'`),
    check("organisations_oin_format", sql`${t.oin} is null or ${t.oin} ~ '^[0-9]{20}$'`),
  ],
);

export type Organisation = typeof organisations.$inferSelect;
