import { sql } from "drizzle-orm";
import type { ContractSide } from "./enums";
import {
  boolean,
  check,
  date,
  foreignKey,
  index,
  integer,
  jsonb,
  numeric,
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
import { actionItemStatus, organisationKind, reviewDecisionKind, reviewScore, reviewStatus, waiverKind } from "./enums";
import { kpis } from "./kpis";
import { users } from "./users";

// Quarterly reviews. One review per contract per quarter. While it is a draft both
// parties work on it; when the buyer's contract manager and a supplier representative have both
// signed it is final, and triggers in PostgreSQL refuse every change to it and its rows
// (migration 0015). Corrections are amendments, which are only added to a final review.

export const reviews = pgTable(
  "reviews",
  {
    tenantId: uuid("tenant_id").notNull(),
    // The contract's supplier, set by the database; the supplier's policy compares it.
    supplierOrgId: uuid("supplier_org_id"),
    id: uuid("id").notNull().defaultRandom(),
    contractId: uuid("contract_id").notNull(),
    quarter: varchar("quarter", { length: 7 }).notNull(),
    status: reviewStatus("status").notNull().default("draft"),
    // The meeting: when (Europe/Amsterdam wall time), where or which link.
    meetingAt: timestamp("meeting_at", { withTimezone: true }),
    durationMinutes: integer("duration_minutes").notNull().default(60),
    location: varchar("location", { length: 300 }),
    summary: text("summary"),
    buyerSignedByUserId: uuid("buyer_signed_by_user_id").references(() => users.id, { onDelete: "set null" }),
    buyerSignedAt: timestamp("buyer_signed_at", { withTimezone: true }),
    buyerSignerName: varchar("buyer_signer_name", { length: 200 }),
    supplierSignedByUserId: uuid("supplier_signed_by_user_id").references(() => users.id, { onDelete: "set null" }),
    supplierSignedAt: timestamp("supplier_signed_at", { withTimezone: true }),
    supplierSignerName: varchar("supplier_signer_name", { length: 200 }),
    finalizedAt: timestamp("finalized_at", { withTimezone: true }),
    // The malus of the quarter after waivers and caps, fixed at sign-off (cents).
    malusAppliedCents: integer("malus_applied_cents"),
    // The weighted overall score 0–100 of the agreed scores, fixed when the review becomes final
    // (lib/reviews/overall-score.ts): later changes to a KPI's weight do not rewrite the record.
    overallScore: smallint("overall_score"),
    createdByUserId: uuid("created_by_user_id").references(() => users.id, { onDelete: "set null" }),
    version: integer("version").notNull().default(1),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.id] }),
    foreignKey({ columns: [t.tenantId, t.contractId], foreignColumns: [contracts.tenantId, contracts.id] }).onDelete("cascade"),
    uniqueIndex("reviews_contract_quarter_key").on(t.tenantId, t.contractId, t.quarter),
    index("reviews_status_idx").on(t.tenantId, t.status, t.quarter),
    check("reviews_quarter_format", sql`${t.quarter} ~ '^[0-9]{4}-Q[1-4]$'`),
    check("reviews_final_signed", sql`${t.status} = 'draft' or (${t.buyerSignedAt} is not null and ${t.supplierSignedAt} is not null)`),
  ],
);

/** Who takes part, from either side; a user of the app or a named guest with an e-mail address. */
export const reviewParticipants = pgTable(
  "review_participants",
  {
    tenantId: uuid("tenant_id").notNull(),
    // The contract's supplier, set by the database; the supplier's policy compares it.
    supplierOrgId: uuid("supplier_org_id"),
    id: uuid("id").notNull().defaultRandom(),
    reviewId: uuid("review_id").notNull(),
    side: organisationKind("side").$type<ContractSide>().notNull(),
    userId: uuid("user_id").references(() => users.id, { onDelete: "set null" }),
    name: varchar("name", { length: 200 }).notNull(),
    email: varchar("email", { length: 320 }),
    invitedAt: timestamp("invited_at", { withTimezone: true }),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.id] }),
    foreignKey({ columns: [t.tenantId, t.reviewId], foreignColumns: [reviews.tenantId, reviews.id] }).onDelete("cascade"),
    index("review_participants_review_idx").on(t.tenantId, t.reviewId),
  ],
);

/** Per KPI active in the quarter: what was reported and targeted, the computed status, the agreed score and the malus. */
export const reviewScores = pgTable(
  "review_scores",
  {
    tenantId: uuid("tenant_id").notNull(),
    // The contract's supplier, set by the database; the supplier's policy compares it.
    supplierOrgId: uuid("supplier_org_id"),
    id: uuid("id").notNull().defaultRandom(),
    reviewId: uuid("review_id").notNull(),
    kpiId: uuid("kpi_id").notNull(),
    // Copied when the review is prepared, so the record keeps what was looked at.
    reportedValue: numeric("reported_value", { precision: 18, scale: 4 }),
    reportedQuantity: numeric("reported_quantity", { precision: 18, scale: 4 }),
    reportedScore: smallint("reported_score"),
    target: numeric("target", { precision: 18, scale: 4 }),
    computedStatus: varchar("computed_status", { length: 16 }).notNull(),
    agreedScore: reviewScore("agreed_score"),
    agreedReason: text("agreed_reason"),
    // The supplier contests the proposed score; settled when the buyer answers and marks it so.
    contested: boolean("contested").notNull().default(false),
    // The malus the rule gives (before waiver and caps), the waiver, and the amount applied at sign-off.
    malusRawCents: integer("malus_raw_cents").notNull().default(0),
    waiverKind: waiverKind("waiver_kind"),
    waiverCents: integer("waiver_cents"),
    waiverReason: text("waiver_reason"),
    waiverByUserId: uuid("waiver_by_user_id").references(() => users.id, { onDelete: "set null" }),
    // Four-eyes: a waiver above the threshold needs a coordinator or admin other than its author.
    waiverApprovedByUserId: uuid("waiver_approved_by_user_id").references(() => users.id, { onDelete: "set null" }),
    waiverApprovedAt: timestamp("waiver_approved_at", { withTimezone: true }),
    malusAppliedCents: integer("malus_applied_cents"),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.id] }),
    foreignKey({ columns: [t.tenantId, t.reviewId], foreignColumns: [reviews.tenantId, reviews.id] }).onDelete("cascade"),
    foreignKey({ columns: [t.tenantId, t.kpiId], foreignColumns: [kpis.tenantId, kpis.id] }).onDelete("cascade"),
    uniqueIndex("review_scores_kpi_key").on(t.tenantId, t.reviewId, t.kpiId),
    index("review_scores_kpi_idx").on(t.tenantId, t.kpiId),
    // Waivers waiting for the second pair of eyes, for "Te doen": a handful among every score ever given.
    index("review_scores_waiver_pending_idx")
      .on(t.tenantId)
      .where(sql`${t.waiverCents} is not null and ${t.waiverApprovedByUserId} is null`),
    check("review_scores_waiver_reason", sql`${t.waiverKind} is null or length(trim(coalesce(${t.waiverReason}, ''))) > 0`),
    check(
      "review_scores_amounts",
      sql`${t.malusRawCents} >= 0 and coalesce(${t.waiverCents}, 0) >= 0 and coalesce(${t.malusAppliedCents}, 0) >= 0`,
    ),
  ],
);

/** The comment thread on one KPI's score: where the supplier contests and the parties settle. */
export const reviewComments = pgTable(
  "review_comments",
  {
    tenantId: uuid("tenant_id").notNull(),
    // The contract's supplier, set by the database; the supplier's policy compares it.
    supplierOrgId: uuid("supplier_org_id"),
    id: uuid("id").notNull().defaultRandom(),
    reviewId: uuid("review_id").notNull(),
    kpiId: uuid("kpi_id"),
    authorUserId: uuid("author_user_id").references(() => users.id, { onDelete: "set null" }),
    authorName: varchar("author_name", { length: 200 }).notNull(),
    authorSide: organisationKind("author_side").$type<ContractSide>().notNull(),
    body: text("body").notNull(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.id] }),
    foreignKey({ columns: [t.tenantId, t.reviewId], foreignColumns: [reviews.tenantId, reviews.id] }).onDelete("cascade"),
    index("review_comments_review_idx").on(t.tenantId, t.reviewId),
  ],
);

/**
 * Decisions of the review. They take effect when the review becomes final: an added KPI is
 * active from the next quarter, a retired KPI is no longer reported from the next quarter, a
 * growth path changes from the quarter given. The payload holds what the decision needs.
 */
export const reviewDecisions = pgTable(
  "review_decisions",
  {
    tenantId: uuid("tenant_id").notNull(),
    // The contract's supplier, set by the database; the supplier's policy compares it.
    supplierOrgId: uuid("supplier_org_id"),
    id: uuid("id").notNull().defaultRandom(),
    reviewId: uuid("review_id").notNull(),
    kind: reviewDecisionKind("kind").notNull(),
    kpiId: uuid("kpi_id"),
    reason: text("reason"),
    payload: jsonb("payload").$type<Record<string, unknown>>().notNull().default({}),
    createdByUserId: uuid("created_by_user_id").references(() => users.id, { onDelete: "set null" }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.id] }),
    foreignKey({ columns: [t.tenantId, t.reviewId], foreignColumns: [reviews.tenantId, reviews.id] }).onDelete("cascade"),
    index("review_decisions_review_idx").on(t.tenantId, t.reviewId),
  ],
);

/** Action items live on after the review that made them: they show on the contract and in the next review. */
export const actionItems = pgTable(
  "action_items",
  {
    tenantId: uuid("tenant_id").notNull(),
    // The contract's supplier, set by the database; the supplier's policy compares it.
    supplierOrgId: uuid("supplier_org_id"),
    id: uuid("id").notNull().defaultRandom(),
    contractId: uuid("contract_id").notNull(),
    reviewId: uuid("review_id").notNull(),
    title: varchar("title", { length: 300 }).notNull(),
    ownerSide: organisationKind("owner_side").$type<ContractSide>().notNull(),
    ownerName: varchar("owner_name", { length: 200 }).notNull(),
    dueDate: date("due_date").notNull(),
    status: actionItemStatus("status").notNull().default("open"),
    closedAt: timestamp("closed_at", { withTimezone: true }),
    closedNote: text("closed_note"),
    version: integer("version").notNull().default(1),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.id] }),
    foreignKey({ columns: [t.tenantId, t.contractId], foreignColumns: [contracts.tenantId, contracts.id] }).onDelete("cascade"),
    foreignKey({ columns: [t.tenantId, t.reviewId], foreignColumns: [reviews.tenantId, reviews.id] }).onDelete("cascade"),
    index("action_items_contract_idx").on(t.tenantId, t.contractId, t.status),
    check("action_items_due_in_range", sql`${t.dueDate} between '2000-01-01' and '2100-12-31'`),
  ],
);

/** Lessons learned (checklist IV.3 item 4), searchable across contracts by the coordinator. */
export const lessonsLearned = pgTable(
  "lessons_learned",
  {
    tenantId: uuid("tenant_id").notNull(),
    // The contract's supplier, set by the database; the supplier's policy compares it.
    supplierOrgId: uuid("supplier_org_id"),
    id: uuid("id").notNull().defaultRandom(),
    reviewId: uuid("review_id").notNull(),
    contractId: uuid("contract_id").notNull(),
    body: text("body").notNull(),
    authorUserId: uuid("author_user_id").references(() => users.id, { onDelete: "set null" }),
    authorName: varchar("author_name", { length: 200 }).notNull(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.id] }),
    foreignKey({ columns: [t.tenantId, t.reviewId], foreignColumns: [reviews.tenantId, reviews.id] }).onDelete("cascade"),
    foreignKey({ columns: [t.tenantId, t.contractId], foreignColumns: [contracts.tenantId, contracts.id] }).onDelete("cascade"),
    index("lessons_learned_contract_idx").on(t.tenantId, t.contractId),
  ],
);

/** A correction of a final review: who, when, why and what, shown next to the original. */
export const reviewAmendments = pgTable(
  "review_amendments",
  {
    tenantId: uuid("tenant_id").notNull(),
    // The contract's supplier, set by the database; the supplier's policy compares it.
    supplierOrgId: uuid("supplier_org_id"),
    id: uuid("id").notNull().defaultRandom(),
    reviewId: uuid("review_id").notNull(),
    kpiId: uuid("kpi_id"),
    field: varchar("field", { length: 64 }),
    previousValue: text("previous_value"),
    correctedValue: text("corrected_value"),
    reason: text("reason").notNull(),
    authorUserId: uuid("author_user_id").references(() => users.id, { onDelete: "set null" }),
    authorName: varchar("author_name", { length: 200 }).notNull(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.id] }),
    foreignKey({ columns: [t.tenantId, t.reviewId], foreignColumns: [reviews.tenantId, reviews.id] }).onDelete("cascade"),
    index("review_amendments_review_idx").on(t.tenantId, t.reviewId),
  ],
);

export type Review = typeof reviews.$inferSelect;
export type ReviewParticipant = typeof reviewParticipants.$inferSelect;
export type ReviewScore = typeof reviewScores.$inferSelect;
export type ReviewComment = typeof reviewComments.$inferSelect;
export type ReviewDecision = typeof reviewDecisions.$inferSelect;
export type ActionItem = typeof actionItems.$inferSelect;
export type LessonLearned = typeof lessonsLearned.$inferSelect;
export type ReviewAmendment = typeof reviewAmendments.$inferSelect;
