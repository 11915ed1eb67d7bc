import { sql } from "drizzle-orm";
import { check, index, integer, pgTable, text, timestamp, uuid, varchar } from "drizzle-orm/pg-core";
import { organisations } from "./organisations";
import { users } from "./users";

/**
 * An organisation's own OpenID provider. It vouches only for addresses in its e-mail domains that
 * are members of, or invited to, this organisation, and a session it signed in opens only this
 * organisation: another organisation's provider can never vouch for this one's people. Global like
 * api_tokens: the sign-in reads it before any organisation is known (through
 * sso_sign_in_providers). The client secret is stored encrypted (lib/secrets.ts).
 */
export const ssoProviders = pgTable(
  "sso_providers",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    organisationId: uuid("organisation_id")
      .notNull()
      .references(() => organisations.id, { onDelete: "cascade" }),
    /** Shown on the login page: "Inloggen via …". */
    name: varchar("name", { length: 100 }).notNull(),
    issuer: text("issuer").notNull(),
    clientId: varchar("client_id", { length: 255 }).notNull(),
    clientSecretEncrypted: text("client_secret_encrypted").notNull(),
    /** Lower case, without "@": the addresses this provider may sign in. */
    emailDomains: text("email_domains").array().notNull(),
    createdByUserId: uuid("created_by_user_id").references(() => users.id, { onDelete: "set null" }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
    version: integer("version").notNull().default(1),
  },
  (t) => [
    index("sso_providers_organisation_idx").on(t.organisationId),
    check("sso_providers_has_domain", sql`cardinality(${t.emailDomains}) >= 1`),
  ],
);

export type SsoProvider = typeof ssoProviders.$inferSelect;
