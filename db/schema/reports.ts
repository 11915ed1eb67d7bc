import { sql } from "drizzle-orm";
import {
  check,
  customType,
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
import { reportStatus } from "./enums";
import { kpis } from "./kpis";
import { users } from "./users";

// Supplier quarterly reports. One report per contract per quarter ("2027-Q2").

const bytea = customType<{ data: Buffer; driverData: Buffer }>({ dataType: () => "bytea" });

export const reports = pgTable(
  "reports",
  {
    tenantId: uuid("tenant_id").notNull(),
    // The contract's supplier, set by the database; the supplier's policy compares it.
    supplierOrgId: uuid("supplier_org_id"),
    id: uuid("id").notNull().defaultRandom(),
    contractId: uuid("contract_id").notNull(),
    quarter: varchar("quarter", { length: 7 }).notNull(),
    status: reportStatus("status").notNull().default("draft"),
    narrative: text("narrative"),
    dueDate: date("due_date").notNull(),
    submittedAt: timestamp("submitted_at", { withTimezone: true }),
    // The first submission, kept by a trigger (migration 0018) when a report is sent back and
    // submitted again: reporting discipline counts a report on time by its first submission.
    firstSubmittedAt: timestamp("first_submitted_at", { withTimezone: true }),
    submittedByUserId: uuid("submitted_by_user_id").references(() => users.id, { onDelete: "set null" }),
    decidedAt: timestamp("decided_at", { withTimezone: true }),
    decidedByUserId: uuid("decided_by_user_id").references(() => users.id, { onDelete: "set null" }),
    decisionComment: text("decision_comment"),
    version: integer("version").notNull().default(1),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.id] }),
    foreignKey({ columns: [t.tenantId, t.contractId], foreignColumns: [contracts.tenantId, contracts.id] }).onDelete("cascade"),
    uniqueIndex("reports_contract_quarter_key").on(t.tenantId, t.contractId, t.quarter),
    index("reports_due_idx").on(t.tenantId, t.status, t.dueDate),
    check("reports_quarter_format", sql`${t.quarter} ~ '^[0-9]{4}-Q[1-4]$'`),
  ],
);

/** The value of one KPI in a report: a number, or a score 1–4 for a qualitative KPI. */
export const reportValues = pgTable(
  "report_values",
  {
    tenantId: uuid("tenant_id").notNull(),
    // The contract's supplier, set by the database; the supplier's policy compares it.
    supplierOrgId: uuid("supplier_org_id"),
    id: uuid("id").notNull().defaultRandom(),
    reportId: uuid("report_id").notNull(),
    // The report's contract, set by the database (migration 0055): a verifier's policy compares it
    // with the contracts assigned to them, without a subquery.
    contractId: uuid("contract_id"),
    kpiId: uuid("kpi_id").notNull(),
    value: numeric("value", { precision: 18, scale: 4 }),
    // The quarter's activity (meals served, tonnes laid) when the KPI measures an intensity.
    quantity: numeric("quantity", { precision: 18, scale: 4 }),
    score: smallint("score"),
    explanation: text("explanation"),
    // The buyer's comment when it sends this KPI back for clarification.
    buyerComment: text("buyer_comment"),
    // Taken from the supplier's profile: which fact, in which version, valid until when. The value
    // itself is copied, so a later change of the profile never alters what was submitted.
    profileFactId: uuid("profile_fact_id"),
    profileFactVersion: integer("profile_fact_version"),
    profileValidUntil: date("profile_valid_until"),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.id] }),
    foreignKey({ columns: [t.tenantId, t.reportId], foreignColumns: [reports.tenantId, reports.id] }).onDelete("cascade"),
    foreignKey({ columns: [t.tenantId, t.kpiId], foreignColumns: [kpis.tenantId, kpis.id] }).onDelete("cascade"),
    uniqueIndex("report_values_kpi_key").on(t.tenantId, t.reportId, t.kpiId),
    // Dashboards read a KPI's values across quarters: by KPI first.
    index("report_values_by_kpi_idx").on(t.tenantId, t.kpiId, t.reportId),
    check("report_values_score_range", sql`${t.score} is null or ${t.score} between 1 and 4`),
  ],
);

/** Every submitted version of a report, as it was submitted, so versions can be compared. */
export const reportSubmissions = pgTable(
  "report_submissions",
  {
    tenantId: uuid("tenant_id").notNull(),
    // The contract's supplier, set by the database; the supplier's policy compares it.
    supplierOrgId: uuid("supplier_org_id"),
    id: uuid("id").notNull().defaultRandom(),
    reportId: uuid("report_id").notNull(),
    submissionNumber: integer("submission_number").notNull(),
    snapshot: jsonb("snapshot").$type<Record<string, unknown>>().notNull(),
    submittedByUserId: uuid("submitted_by_user_id").references(() => users.id, { onDelete: "set null" }),
    submittedAt: timestamp("submitted_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.id] }),
    foreignKey({ columns: [t.tenantId, t.reportId], foreignColumns: [reports.tenantId, reports.id] }).onDelete("cascade"),
    uniqueIndex("report_submissions_number_key").on(t.tenantId, t.reportId, t.submissionNumber),
  ],
);

/** Evidence files; the bytes live here by default (storage interface: lib/reports/storage). */
export const evidenceFiles = pgTable(
  "evidence_files",
  {
    tenantId: uuid("tenant_id").notNull(),
    // The contract's supplier, set by the database; the supplier's policy compares it.
    supplierOrgId: uuid("supplier_org_id"),
    id: uuid("id").notNull().defaultRandom(),
    reportId: uuid("report_id").notNull(),
    kpiId: uuid("kpi_id"),
    fileName: varchar("file_name", { length: 255 }).notNull(),
    contentType: varchar("content_type", { length: 100 }).notNull(),
    sizeBytes: integer("size_bytes").notNull(),
    sha256: varchar("sha256", { length: 64 }).notNull(),
    storageKey: text("storage_key"),
    data: bytea("data"),
    uploadedByUserId: uuid("uploaded_by_user_id").references(() => users.id, { onDelete: "set null" }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    // Evidence of a submitted version is withdrawn, never deleted: that version keeps showing it.
    withdrawnAt: timestamp("withdrawn_at", { withTimezone: true }),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.id] }),
    foreignKey({ columns: [t.tenantId, t.reportId], foreignColumns: [reports.tenantId, reports.id] }).onDelete("cascade"),
    index("evidence_files_report_idx").on(t.tenantId, t.reportId),
    check("evidence_files_stored", sql`${t.data} is not null or ${t.storageKey} is not null`),
  ],
);

/**
 * One send-back of a report: the buyer's general question, who sent it back and when, and who
 * answered it by submitting again. Numbered per report from 1.
 */
export const reportRounds = pgTable(
  "report_rounds",
  {
    tenantId: uuid("tenant_id").notNull(),
    // The contract's supplier, set by the database; the supplier's policy compares it.
    supplierOrgId: uuid("supplier_org_id"),
    id: uuid("id").notNull().defaultRandom(),
    reportId: uuid("report_id").notNull(),
    roundNumber: integer("round_number").notNull(),
    question: text("question"),
    sentBackAt: timestamp("sent_back_at", { withTimezone: true }).notNull(),
    sentBackByUserId: uuid("sent_back_by_user_id").references(() => users.id, { onDelete: "set null" }),
    // The supplier's general answer: the report's narrative as it was submitted again.
    answer: text("answer"),
    answeredAt: timestamp("answered_at", { withTimezone: true }),
    answeredByUserId: uuid("answered_by_user_id").references(() => users.id, { onDelete: "set null" }),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.id] }),
    foreignKey({ columns: [t.tenantId, t.reportId], foreignColumns: [reports.tenantId, reports.id] }).onDelete("cascade"),
    uniqueIndex("report_rounds_number_key").on(t.tenantId, t.reportId, t.roundNumber),
  ],
);

/** The buyer's question about one KPI in a round, and the supplier's answer: its explanation as submitted again. */
export const reportQuestions = pgTable(
  "report_questions",
  {
    tenantId: uuid("tenant_id").notNull(),
    // The contract's supplier, set by the database; the supplier's policy compares it.
    supplierOrgId: uuid("supplier_org_id"),
    id: uuid("id").notNull().defaultRandom(),
    reportId: uuid("report_id").notNull(),
    roundId: uuid("round_id").notNull(),
    kpiId: uuid("kpi_id").notNull(),
    question: text("question").notNull(),
    answer: text("answer"),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.id] }),
    foreignKey({ columns: [t.tenantId, t.roundId], foreignColumns: [reportRounds.tenantId, reportRounds.id] }).onDelete("cascade"),
    foreignKey({ columns: [t.tenantId, t.reportId], foreignColumns: [reports.tenantId, reports.id] }).onDelete("cascade"),
    foreignKey({ columns: [t.tenantId, t.kpiId], foreignColumns: [kpis.tenantId, kpis.id] }).onDelete("cascade"),
    uniqueIndex("report_questions_kpi_key").on(t.tenantId, t.roundId, t.kpiId),
    index("report_questions_report_idx").on(t.tenantId, t.reportId),
  ],
);

/** What the reminder job has sent, so running it twice sends nothing twice. */
export const reminderLog = pgTable(
  "reminder_log",
  {
    tenantId: uuid("tenant_id").notNull(),
    contractId: uuid("contract_id").notNull(),
    quarter: varchar("quarter", { length: 7 }).notNull(),
    kind: varchar("kind", { length: 32 }).notNull(),
    userId: uuid("user_id").notNull(),
    sentAt: timestamp("sent_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.contractId, t.quarter, t.kind, t.userId] }),
    foreignKey({ columns: [t.tenantId, t.contractId], foreignColumns: [contracts.tenantId, contracts.id] }).onDelete("cascade"),
  ],
);

export type Report = typeof reports.$inferSelect;
export type ReportValue = typeof reportValues.$inferSelect;
export type ReportSubmission = typeof reportSubmissions.$inferSelect;
export type EvidenceFile = typeof evidenceFiles.$inferSelect;
export type ReportRound = typeof reportRounds.$inferSelect;
export type ReportQuestion = typeof reportQuestions.$inferSelect;
