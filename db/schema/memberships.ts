import { sql } from "drizzle-orm";
import { check, index, integer, pgTable, primaryKey, timestamp, uuid } from "drizzle-orm/pg-core";
import { memberRole } from "./enums";
import { organisations } from "./organisations";
import { users } from "./users";

// Global like organisations: a user's memberships are read before any organisation is chosen.
export const memberships = pgTable(
  "memberships",
  {
    organisationId: uuid("organisation_id")
      .notNull()
      .references(() => organisations.id, { onDelete: "cascade" }),
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    role: memberRole("role").notNull(),
    version: integer("version").notNull().default(1),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.organisationId, t.userId] }),
    index("memberships_user_idx").on(t.userId),
    // Compared as text: a value added to the enum cannot be used in the transaction that adds it.
    check(
      "memberships_role_known",
      sql`${t.role}::text in ('admin','coordinator','contract_manager','viewer','reporter','member','verifier','bestuurder','beleidsadviseur','inkoopadviseur','projectleider','interne_opdrachtgever')`,
    ),
  ],
);

export type Membership = typeof memberships.$inferSelect;
