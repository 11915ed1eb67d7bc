import { sql } from "drizzle-orm";
import { check, index, integer, pgTable, text, timestamp, uniqueIndex, uuid, varchar } from "drizzle-orm/pg-core";
import { organisations } from "./organisations";
import { users } from "./users";

/**
 * A key for another system to call the API as an organisation. Global like memberships: a call
 * presents a token before any organisation is known, and the lookup by prefix must find it on any
 * node. Only the hash of the whole token is kept, so this table opens nothing; revoked tokens stay
 * for the audit trail, which names them.
 */
export const apiTokens = pgTable(
  "api_tokens",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    organisationId: uuid("organisation_id")
      .notNull()
      .references(() => organisations.id, { onDelete: "cascade" }),
    name: varchar("name", { length: 100 }).notNull(),
    /** The token's first characters, shown in lists and used to find it; not secret. */
    prefix: varchar("prefix", { length: 24 }).notNull(),
    /** SHA-256 of the whole token, hex. */
    secretHash: varchar("secret_hash", { length: 64 }).notNull(),
    scopes: text("scopes").array().notNull(),
    expiresAt: timestamp("expires_at", { withTimezone: true }).notNull(),
    // The person who created it: the token acts with that person's role in the organisation,
    // narrowed to its scopes, and stops when they are no longer a member.
    createdByUserId: uuid("created_by_user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    revokedAt: timestamp("revoked_at", { withTimezone: true }),
    revokedByUserId: uuid("revoked_by_user_id").references(() => users.id, { onDelete: "set null" }),
    lastUsedAt: timestamp("last_used_at", { withTimezone: true }),
    version: integer("version").notNull().default(1),
  },
  (t) => [
    uniqueIndex("api_tokens_prefix_key").on(t.prefix),
    index("api_tokens_organisation_idx").on(t.organisationId, t.createdAt),
    check("api_tokens_has_scope", sql`cardinality(${t.scopes}) >= 1`),
  ],
);

export type ApiToken = typeof apiTokens.$inferSelect;
