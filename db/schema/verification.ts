import { sql } from "drizzle-orm";
import { check, foreignKey, index, integer, jsonb, pgTable, primaryKey, text, timestamp, uuid, varchar } from "drizzle-orm/pg-core";
import { contracts } from "./contracts";
import { reportValues } from "./reports";
import { users } from "./users";

// Whether a reported value holds up (seed 002 §4.1.6, greenwashing): each verification is a row of
// its own, the latest is the value's status and the earlier ones stay as its history.

/** A contract a buyer's coordinator assigned to a verifier: the only contracts that verifier reads. */
export const verifierAssignments = pgTable(
  "verifier_assignments",
  {
    tenantId: uuid("tenant_id").notNull(),
    contractId: uuid("contract_id").notNull(),
    verifierUserId: uuid("verifier_user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    assignedByUserId: uuid("assigned_by_user_id").references(() => users.id, { onDelete: "set null" }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.contractId, t.verifierUserId] }),
    foreignKey({ columns: [t.tenantId, t.contractId], foreignColumns: [contracts.tenantId, contracts.id] }).onDelete("cascade"),
    index("verifier_assignments_verifier_idx").on(t.tenantId, t.verifierUserId),
  ],
);

export const VERIFICATION_STATUSES = ["niet_geverifieerd", "geverifieerd", "betwist"] as const;

export const valueVerifications = pgTable(
  "value_verifications",
  {
    tenantId: uuid("tenant_id").notNull(),
    id: uuid("id").notNull().defaultRandom(),
    contractId: uuid("contract_id").notNull(),
    reportValueId: uuid("report_value_id").notNull(),
    status: varchar("status", { length: 20 }).notNull(),
    note: text("note"),
    verifiedByUserId: uuid("verified_by_user_id").references(() => users.id, { onDelete: "set null" }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.id] }),
    foreignKey({ columns: [t.tenantId, t.contractId], foreignColumns: [contracts.tenantId, contracts.id] }).onDelete("cascade"),
    foreignKey({ columns: [t.tenantId, t.reportValueId], foreignColumns: [reportValues.tenantId, reportValues.id] }).onDelete("cascade"),
    index("value_verifications_value_idx").on(t.tenantId, t.reportValueId, t.createdAt),
    check("value_verifications_status", sql`${t.status} in ('niet_geverifieerd', 'geverifieerd', 'betwist')`),
  ],
);

/** A random sample of a quarter's reported values, drawn with a recorded seed so it can be drawn again. */
export const verificationSamples = pgTable(
  "verification_samples",
  {
    tenantId: uuid("tenant_id").notNull(),
    id: uuid("id").notNull().defaultRandom(),
    quarter: varchar("quarter", { length: 7 }).notNull(),
    seed: integer("seed").notNull(),
    size: integer("size").notNull(),
    populationSize: integer("population_size").notNull(),
    drawnValueIds: jsonb("drawn_value_ids").$type<string[]>().notNull(),
    drawnByUserId: uuid("drawn_by_user_id").references(() => users.id, { onDelete: "set null" }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.id] }),
    index("verification_samples_quarter_idx").on(t.tenantId, t.quarter, t.createdAt),
    check("verification_samples_quarter_format", sql`${t.quarter} ~ '^[0-9]{4}-Q[1-4]$'`),
    check("verification_samples_size", sql`${t.size} > 0`),
  ],
);

export type ValueVerification = typeof valueVerifications.$inferSelect;
export type VerificationSample = typeof verificationSamples.$inferSelect;
