import {
  doublePrecision,
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
import { sql } from "drizzle-orm";

/**
 * A quarter a coordinator closed: from then on dashboards and exports read the quarter's figures
 * from the snapshot rows below. Reopening takes two people (a request and an approval by someone
 * of the other role); a reopened close stays as history and the quarter can be closed again.
 */
export const periodCloses = pgTable(
  "period_closes",
  {
    tenantId: uuid("tenant_id").notNull(),
    id: uuid("id").notNull().defaultRandom(),
    quarter: varchar("quarter", { length: 7 }).notNull(),
    closedAt: timestamp("closed_at", { withTimezone: true }).notNull().defaultNow(),
    closedByUserId: uuid("closed_by_user_id").notNull(),
    reopenRequestedByUserId: uuid("reopen_requested_by_user_id"),
    reopenRequestedAt: timestamp("reopen_requested_at", { withTimezone: true }),
    // The role the requester asked in: the approver must hold the other one (coordinator ↔ admin).
    reopenRequestedRole: varchar("reopen_requested_role", { length: 32 }),
    reopenReason: text("reopen_reason"),
    reopenedByUserId: uuid("reopened_by_user_id"),
    reopenedAt: timestamp("reopened_at", { withTimezone: true }),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.id] }),
    // One close in force per quarter; reopened ones are history.
    uniqueIndex("period_closes_active_idx")
      .on(t.tenantId, t.quarter)
      .where(sql`reopened_at is null`),
  ],
);

/** Per KPI of a contract's final review, as it stood at the close. */
export type ClosedKpiScore = {
  kpiId: string;
  name: string;
  status: string | null;
  agreedScore: string | null;
  malusAppliedCents: number;
};

/** Per organisation theme the review's KPIs served (the Waardenwiel shares). */
export type ClosedThemeOutcome = { themeKey: string; onTrack: number; scored: number };

/** One contract's final review of the closed quarter. */
export const periodCloseContracts = pgTable(
  "period_close_contracts",
  {
    tenantId: uuid("tenant_id").notNull(),
    closeId: uuid("close_id").notNull(),
    contractId: uuid("contract_id").notNull(),
    reviewId: uuid("review_id").notNull(),
    quarter: varchar("quarter", { length: 7 }).notNull(),
    onTrack: integer("on_track").notNull(),
    atRisk: integer("at_risk").notNull(),
    offTrack: integer("off_track").notNull(),
    scored: integer("scored").notNull(),
    worst: smallint("worst").notNull(),
    malusAppliedCents: integer("malus_applied_cents").notNull(),
    overallScore: smallint("overall_score"),
    // How the quarter's report came in (on_time, late, missing, not_due) as of the close; null in a
    // close made before this was kept, whose quarter the dashboard then judges live.
    reportDiscipline: varchar("report_discipline", { length: 8 }),
    kpiScores: jsonb("kpi_scores").$type<ClosedKpiScore[]>().notNull(),
    themeOutcomes: jsonb("theme_outcomes").$type<ClosedThemeOutcome[]>().notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.closeId, t.contractId] }),
    foreignKey({ columns: [t.tenantId, t.closeId], foreignColumns: [periodCloses.tenantId, periodCloses.id] }),
  ],
);

/** What one contract added to a target in the closed quarter, so a year's figure can be recomputed. */
export type ClosedContribution = { contractId: string; valueCents: number; value: number };

/** One organisation target's actual and coverage in the closed quarter. */
export const periodCloseTargets = pgTable(
  "period_close_targets",
  {
    tenantId: uuid("tenant_id").notNull(),
    closeId: uuid("close_id").notNull(),
    targetId: uuid("target_id").notNull(),
    quarter: varchar("quarter", { length: 7 }).notNull(),
    actual: doublePrecision("actual"),
    contracts: integer("contracts").notNull(),
    contributions: jsonb("contributions").$type<ClosedContribution[]>().notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.closeId, t.targetId] }),
    foreignKey({ columns: [t.tenantId, t.closeId], foreignColumns: [periodCloses.tenantId, periodCloses.id] }),
  ],
);

/**
 * Every accepted report value of the closed quarter, per KPI: the sums per purchasing package and
 * the promises' realised values read a closed quarter from here, not from values accepted or
 * corrected after the close.
 */
export const periodCloseValues = pgTable(
  "period_close_values",
  {
    tenantId: uuid("tenant_id").notNull(),
    closeId: uuid("close_id").notNull(),
    contractId: uuid("contract_id").notNull(),
    kpiId: uuid("kpi_id").notNull(),
    indicatorId: uuid("indicator_id").notNull(),
    promiseId: uuid("promise_id"),
    quarter: varchar("quarter", { length: 7 }).notNull(),
    value: doublePrecision("value").notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.closeId, t.kpiId] }),
    foreignKey({ columns: [t.tenantId, t.closeId], foreignColumns: [periodCloses.tenantId, periodCloses.id] }),
    // The dashboard reads a closed quarter's values per indicator (the package bars).
    index("period_close_values_indicator_idx").on(t.tenantId, t.indicatorId, t.quarter),
  ],
);

export type PeriodClose = typeof periodCloses.$inferSelect;
export type PeriodCloseContract = typeof periodCloseContracts.$inferSelect;
