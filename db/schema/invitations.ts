import { index, pgTable, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { memberRole } from "./enums";
import { organisations } from "./organisations";
import { users } from "./users";

// Global: an invitation is opened by its token before the invitee belongs to any organisation.
// Only the SHA-256 of the token is stored, so a database leak does not hand out memberships.
export const invitations = pgTable(
  "invitations",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    organisationId: uuid("organisation_id")
      .notNull()
      .references(() => organisations.id, { onDelete: "cascade" }),
    email: text("email").notNull(),
    role: memberRole("role").notNull(),
    tokenHash: text("token_hash").notNull(),
    invitedByUserId: uuid("invited_by_user_id").references(() => users.id, { onDelete: "set null" }),
    invitedByOrganisationId: uuid("invited_by_organisation_id").references(() => organisations.id, {
      onDelete: "set null",
    }),
    // The contract the supplier was invited for, shown in the e-mail; not a foreign key because
    // contracts are a distributed tenant table and invitations are global.
    contractTitle: text("contract_title"),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    expiresAt: timestamp("expires_at", { withTimezone: true }).notNull(),
    acceptedAt: timestamp("accepted_at", { withTimezone: true }),
    revokedAt: timestamp("revoked_at", { withTimezone: true }),
  },
  (t) => [uniqueIndex("invitations_token_key").on(t.tokenHash), index("invitations_org_idx").on(t.organisationId)],
);

export type Invitation = typeof invitations.$inferSelect;
