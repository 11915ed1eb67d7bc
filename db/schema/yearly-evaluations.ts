import { sql } from "drizzle-orm";
import { check, foreignKey, integer, jsonb, pgTable, primaryKey, text, timestamp, uniqueIndex, uuid, varchar } from "drizzle-orm/pg-core";
import { contracts } from "./contracts";
import { reviewStatus } from "./enums";
import { kpis } from "./kpis";
import { users } from "./users";

// The yearly evaluation of a contract: are its KPIs still current, does the roadmap still hold.
// No scores and no malus, unlike a quarterly review; signed by both sides, then final, and
// triggers in PostgreSQL refuse every change to it and its decisions from then on.

export const yearlyEvaluations = pgTable(
  "yearly_evaluations",
  {
    tenantId: uuid("tenant_id").notNull(),
    // The contract's supplier, set by the database; the supplier's policy compares it.
    supplierOrgId: uuid("supplier_org_id"),
    id: uuid("id").notNull().defaultRandom(),
    contractId: uuid("contract_id").notNull(),
    year: integer("year").notNull(),
    status: reviewStatus("status").notNull().default("draft"),
    // Does the roadmap still hold: yes, no or partly, with the parties' explanation.
    roadmapHolds: varchar("roadmap_holds", { length: 8 }),
    roadmapNote: text("roadmap_note"),
    summary: text("summary"),
    buyerSignedByUserId: uuid("buyer_signed_by_user_id").references(() => users.id, { onDelete: "set null" }),
    buyerSignedAt: timestamp("buyer_signed_at", { withTimezone: true }),
    buyerSignerName: varchar("buyer_signer_name", { length: 200 }),
    supplierSignedByUserId: uuid("supplier_signed_by_user_id").references(() => users.id, { onDelete: "set null" }),
    supplierSignedAt: timestamp("supplier_signed_at", { withTimezone: true }),
    supplierSignerName: varchar("supplier_signer_name", { length: 200 }),
    finalizedAt: timestamp("finalized_at", { withTimezone: true }),
    createdByUserId: uuid("created_by_user_id").references(() => users.id, { onDelete: "set null" }),
    version: integer("version").notNull().default(1),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.id] }),
    foreignKey({ columns: [t.tenantId, t.contractId], foreignColumns: [contracts.tenantId, contracts.id] }).onDelete("cascade"),
    uniqueIndex("yearly_evaluations_contract_year_key").on(t.tenantId, t.contractId, t.year),
    check("yearly_evaluations_year", sql`${t.year} between 2000 and 2100`),
    check("yearly_evaluations_roadmap_holds", sql`${t.roadmapHolds} is null or ${t.roadmapHolds} in ('yes', 'no', 'partly')`),
    check(
      "yearly_evaluations_final_signed",
      sql`${t.status} = 'draft' or (${t.buyerSignedAt} is not null and ${t.supplierSignedAt} is not null)`,
    ),
  ],
);

/**
 * Per KPI of the contract: keep, adjust (a new growth path from the quarter given) or retire,
 * with the reason. Applied by the review decision machinery when the evaluation becomes final.
 */
export const yearlyEvaluationDecisions = pgTable(
  "yearly_evaluation_decisions",
  {
    tenantId: uuid("tenant_id").notNull(),
    // The contract's supplier, set by the database; the supplier's policy compares it.
    supplierOrgId: uuid("supplier_org_id"),
    id: uuid("id").notNull().defaultRandom(),
    evaluationId: uuid("evaluation_id").notNull(),
    kpiId: uuid("kpi_id").notNull(),
    decision: varchar("decision", { length: 8 }).notNull(),
    reason: text("reason").notNull(),
    payload: jsonb("payload").$type<Record<string, unknown>>().notNull().default({}),
    createdByUserId: uuid("created_by_user_id").references(() => users.id, { onDelete: "set null" }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.id] }),
    foreignKey({ columns: [t.tenantId, t.evaluationId], foreignColumns: [yearlyEvaluations.tenantId, yearlyEvaluations.id] }).onDelete(
      "cascade",
    ),
    foreignKey({ columns: [t.tenantId, t.kpiId], foreignColumns: [kpis.tenantId, kpis.id] }).onDelete("cascade"),
    uniqueIndex("yearly_evaluation_decisions_kpi_key").on(t.tenantId, t.evaluationId, t.kpiId),
    check("yearly_evaluation_decisions_kind", sql`${t.decision} in ('keep', 'adjust', 'retire')`),
    check("yearly_evaluation_decisions_reason", sql`length(trim(${t.reason})) > 0`),
  ],
);

export type YearlyEvaluation = typeof yearlyEvaluations.$inferSelect;
export type YearlyEvaluationDecision = typeof yearlyEvaluationDecisions.$inferSelect;
