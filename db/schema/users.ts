import { boolean, index, integer, pgTable, pgView, primaryKey, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { organisations } from "./organisations";

// The users, accounts and verification_tokens tables have the columns next-auth expects of an
// adapter (lib/auth/adapter.ts); the sessions table is unused with JWT sessions.
export const users = pgTable("users", {
  id: uuid("id").primaryKey().defaultRandom(),
  name: text("name"),
  email: text("email").notNull().unique(),
  emailVerified: timestamp("email_verified", { mode: "date", withTimezone: true }),
  image: text("image"),
  wantsReminders: boolean("wants_reminders").notNull().default(true),
  createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
});

export const accounts = pgTable(
  "accounts",
  {
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    type: text("type").$type<"oauth" | "oidc" | "email" | "webauthn">().notNull(),
    provider: text("provider").notNull(),
    providerAccountId: text("provider_account_id").notNull(),
    refresh_token: text("refresh_token"),
    access_token: text("access_token"),
    expires_at: integer("expires_at"),
    token_type: text("token_type"),
    scope: text("scope"),
    id_token: text("id_token"),
    session_state: text("session_state"),
  },
  (t) => [primaryKey({ columns: [t.provider, t.providerAccountId] })],
);

export const sessions = pgTable("sessions", {
  sessionToken: text("session_token").primaryKey(),
  userId: uuid("user_id")
    .notNull()
    .references(() => users.id, { onDelete: "cascade" }),
  expires: timestamp("expires", { mode: "date", withTimezone: true }).notNull(),
});

export const verificationTokens = pgTable(
  "verification_tokens",
  {
    identifier: text("identifier").notNull(),
    token: text("token").notNull(),
    expires: timestamp("expires", { mode: "date", withTimezone: true }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.identifier, t.token] })],
);

// A signed-in browser. The session cookie (a JWT) carries a random session id; only its SHA-256
// is kept here. Every request checks the row, so logging out, "overal uitloggen" and removing a
// member end a session at once, and idle and absolute timeouts hold even for a copied cookie.
export const userSessions = pgTable(
  "user_sessions",
  {
    idHash: text("id_hash").primaryKey(),
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    lastSeenAt: timestamp("last_seen_at", { withTimezone: true }).notNull().defaultNow(),
    expiresAt: timestamp("expires_at", { withTimezone: true }).notNull(),
    // Set when an organisation's own identity provider signed the session in: it then opens only
    // that organisation, since that provider vouches for nobody's access elsewhere.
    organisationId: uuid("organisation_id").references(() => organisations.id, { onDelete: "cascade" }),
  },
  (t) => [index("user_sessions_user_idx").on(t.userId), index("user_sessions_expiry_idx").on(t.expiresAt)],
);

// Everyone's id and name, and nothing else, past the users table's row-level security: names are
// shown across organisations (signatures, submissions, proposals, the audit trail). E-mail
// addresses of others come only from organisation_contacts (migration 0023).
export const people = pgView("people", { id: uuid("id").notNull(), name: text("name") }).existing();

export type User = typeof users.$inferSelect;
export type UserSession = typeof userSessions.$inferSelect;
