import { sql } from "drizzle-orm";
import {
  boolean,
  check,
  foreignKey,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  smallint,
  text,
  timestamp,
  uniqueIndex,
  uuid,
  varchar,
} from "drizzle-orm/pg-core";
import { contracts } from "./contracts";
import { organisations } from "./organisations";
import { users } from "./users";

// Results of the guidance tools. Buyer-only tenant tables.

/** A saved run of the wegwijzer: the five answers (1 or 2, in question order). */
export const wegwijzerRuns = pgTable(
  "wegwijzer_runs",
  {
    tenantId: uuid("tenant_id").notNull(),
    id: uuid("id").notNull().defaultRandom(),
    title: varchar("title", { length: 200 }).notNull(),
    answers: jsonb("answers").$type<number[]>().notNull(),
    notes: text("notes"),
    contractId: uuid("contract_id"),
    createdByUserId: uuid("created_by_user_id").references(() => users.id, { onDelete: "set null" }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.id] }),
    foreignKey({ columns: [t.tenantId], foreignColumns: [organisations.id] }),
    foreignKey({ columns: [t.tenantId, t.contractId], foreignColumns: [contracts.tenantId, contracts.id] }).onDelete("cascade"),
    index("wegwijzer_runs_time_idx").on(t.tenantId, t.createdAt),
    check("wegwijzer_runs_five_answers", sql`jsonb_array_length(${t.answers}) = 5`),
  ],
);

/** A round of the strategic-procurement checklist, opened and closed by a coordinator. */
export const checklistRounds = pgTable(
  "checklist_rounds",
  {
    tenantId: uuid("tenant_id").notNull(),
    id: uuid("id").notNull().defaultRandom(),
    title: varchar("title", { length: 200 }).notNull(),
    openedByUserId: uuid("opened_by_user_id").references(() => users.id, { onDelete: "set null" }),
    openedAt: timestamp("opened_at", { withTimezone: true }).notNull().defaultNow(),
    closedAt: timestamp("closed_at", { withTimezone: true }),
    version: integer("version").notNull().default(1),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.id] }),
    foreignKey({ columns: [t.tenantId], foreignColumns: [organisations.id] }),
    index("checklist_rounds_time_idx").on(t.tenantId, t.openedAt),
  ],
);

/** One person's score (1–4) and comment on one statement in a round. */
export const checklistAnswers = pgTable(
  "checklist_answers",
  {
    tenantId: uuid("tenant_id").notNull(),
    id: uuid("id").notNull().defaultRandom(),
    roundId: uuid("round_id").notNull(),
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    statementId: varchar("statement_id", { length: 16 }).notNull(),
    score: smallint("score").notNull(),
    comment: text("comment"),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.id] }),
    foreignKey({ columns: [t.tenantId, t.roundId], foreignColumns: [checklistRounds.tenantId, checklistRounds.id] }).onDelete("cascade"),
    uniqueIndex("checklist_answers_once_key").on(t.tenantId, t.roundId, t.userId, t.statementId),
    check("checklist_answers_score_range", sql`${t.score} between 1 and 4`),
  ],
);

export type WegwijzerRun = typeof wegwijzerRuns.$inferSelect;
export type ChecklistRound = typeof checklistRounds.$inferSelect;
export type ChecklistAnswer = typeof checklistAnswers.$inferSelect;

/**
 * A saved result of one of the smaller guidance tools (maturity, the people growth model, the
 * buyer-group decision tree): the tool's answers as JSON, validated by that tool's zod schema.
 */
export const guidanceAssessments = pgTable(
  "guidance_assessments",
  {
    tenantId: uuid("tenant_id").notNull(),
    id: uuid("id").notNull().defaultRandom(),
    tool: varchar("tool", { length: 32 }).notNull(),
    title: varchar("title", { length: 200 }).notNull(),
    data: jsonb("data").$type<Record<string, unknown>>().notNull(),
    assessedOn: varchar("assessed_on", { length: 10 }).notNull(),
    createdByUserId: uuid("created_by_user_id").references(() => users.id, { onDelete: "set null" }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    version: integer("version").notNull().default(1),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.id] }),
    foreignKey({ columns: [t.tenantId], foreignColumns: [organisations.id] }),
    index("guidance_assessments_tool_idx").on(t.tenantId, t.tool, t.assessedOn),
  ],
);

export type GuidanceAssessment = typeof guidanceAssessments.$inferSelect;

/**
 * The checklist ambitieformulering (seed 004, bijlage 2) of one procurement in preparation: a
 * draft contract. Ticked items and notes per step; the buyer may share it with the supplier. The
 * notes are the buyer's own: the supplier reads them only when the sharer chose to include them.
 */
export const procurementChecklists = pgTable(
  "procurement_checklists",
  {
    tenantId: uuid("tenant_id").notNull(),
    // The contract's supplier, set by the database; the supplier's policy compares it.
    supplierOrgId: uuid("supplier_org_id"),
    contractId: uuid("contract_id").notNull(),
    checkedItems: jsonb("checked_items").$type<string[]>().notNull().default([]),
    notes: jsonb("notes").$type<Record<string, string>>().notNull().default({}),
    sharedWithSupplier: boolean("shared_with_supplier").notNull().default(false),
    notesShared: boolean("notes_shared").notNull().default(false),
    version: integer("version").notNull().default(1),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.contractId] }),
    foreignKey({ columns: [t.tenantId, t.contractId], foreignColumns: [contracts.tenantId, contracts.id] }).onDelete("cascade"),
  ],
);

export type ProcurementChecklist = typeof procurementChecklists.$inferSelect;
