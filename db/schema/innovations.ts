import { sql } from "drizzle-orm";
import {
  bigint,
  check,
  integer,
  foreignKey,
  index,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
  varchar,
} from "drizzle-orm/pg-core";
import { contracts } from "./contracts";
import { organisationKind, type ContractSide } from "./enums";
import { reviews } from "./reviews";
import { users } from "./users";

// The innovation register of a contract (seed 002 §5.1): innovations and pilots either side
// proposes during the contract. The decision on one is taken in a quarterly review and freezes
// with it; after a go or a pilot either side records what it delivered.

export const innovations = pgTable(
  "innovations",
  {
    tenantId: uuid("tenant_id").notNull(),
    // The contract's supplier, set by the database; the supplier's policy compares it.
    supplierOrgId: uuid("supplier_org_id"),
    id: uuid("id").notNull().defaultRandom(),
    contractId: uuid("contract_id").notNull(),
    title: varchar("title", { length: 200 }).notNull(),
    problem: text("problem").notNull(),
    expectedEffect: text("expected_effect"),
    // The contract's KPIs and Waardenwiel themes it is expected to move; checked against the
    // contract by the action, kept as arrays so the KPI page finds its innovations in one lookup.
    kpiIds: uuid("kpi_ids")
      .array()
      .notNull()
      .default(sql`'{}'::uuid[]`),
    themeIds: uuid("theme_ids")
      .array()
      .notNull()
      .default(sql`'{}'::uuid[]`),
    costCents: bigint("cost_cents", { mode: "number" }),
    costBearer: varchar("cost_bearer", { length: 8 }),
    // The roadmap action that carries it out, if there is one. Its foreign key is hand-written in
    // the migration; deleting the action clears this column first (lib/roadmap/actions.ts).
    roadmapItemId: uuid("roadmap_item_id"),
    proposedBySide: organisationKind("proposed_by_side").$type<ContractSide>().notNull(),
    proposedByUserId: uuid("proposed_by_user_id").references(() => users.id, { onDelete: "set null" }),
    proposerName: varchar("proposer_name", { length: 200 }).notNull(),
    outcome: text("outcome"),
    outcomeByUserId: uuid("outcome_by_user_id").references(() => users.id, { onDelete: "set null" }),
    outcomeByName: varchar("outcome_by_name", { length: 200 }),
    outcomeAt: timestamp("outcome_at", { withTimezone: true }),
    version: integer("version").notNull().default(1),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.id] }),
    foreignKey({ columns: [t.tenantId, t.contractId], foreignColumns: [contracts.tenantId, contracts.id] }).onDelete("cascade"),
    index("innovations_contract_idx").on(t.tenantId, t.contractId),
    check("innovations_cost_bearer", sql`${t.costBearer} is null or ${t.costBearer} in ('buyer', 'supplier', 'shared')`),
    check("innovations_cost_nonnegative", sql`${t.costCents} is null or ${t.costCents} >= 0`),
    check("innovations_title", sql`length(trim(${t.title})) > 0`),
  ],
);

/**
 * The decision on an innovation, recorded in a quarterly review: go, no go or pilot, with the
 * reason. One per innovation; while the review is a draft the buyer may change or remove it, once
 * the review is final the triggers of the review's rows refuse every change to it.
 */
export const innovationDecisions = pgTable(
  "innovation_decisions",
  {
    tenantId: uuid("tenant_id").notNull(),
    // The contract's supplier, set by the database from the review; the supplier's policy compares it.
    supplierOrgId: uuid("supplier_org_id"),
    id: uuid("id").notNull().defaultRandom(),
    innovationId: uuid("innovation_id").notNull(),
    reviewId: uuid("review_id").notNull(),
    decision: varchar("decision", { length: 8 }).notNull(),
    reason: text("reason").notNull(),
    decidedByUserId: uuid("decided_by_user_id").references(() => users.id, { onDelete: "set null" }),
    decidedByName: varchar("decided_by_name", { length: 200 }).notNull(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.id] }),
    foreignKey({ columns: [t.tenantId, t.innovationId], foreignColumns: [innovations.tenantId, innovations.id] }).onDelete("cascade"),
    foreignKey({ columns: [t.tenantId, t.reviewId], foreignColumns: [reviews.tenantId, reviews.id] }).onDelete("cascade"),
    uniqueIndex("innovation_decisions_innovation_key").on(t.tenantId, t.innovationId),
    index("innovation_decisions_review_idx").on(t.tenantId, t.reviewId),
    check("innovation_decisions_kind", sql`${t.decision} in ('go', 'no_go', 'pilot')`),
    check("innovation_decisions_reason", sql`length(trim(${t.reason})) > 0`),
  ],
);

export type Innovation = typeof innovations.$inferSelect;
export type InnovationDecision = typeof innovationDecisions.$inferSelect;
