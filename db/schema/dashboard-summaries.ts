import { bigint, foreignKey, index, integer, numeric, pgTable, primaryKey, smallint, timestamp, uuid, varchar } from "drizzle-orm/pg-core";
import { contracts } from "./contracts";
import { reviews } from "./reviews";

// Summary rows for the dashboards, written by the database itself when a review becomes
// final (trigger of migration 0018), never by the application. A final review cannot change, so
// its row never needs updating: the organisation dashboard reads one row per review instead of
// one per KPI score, and one row per review and theme instead of joining scores to KPI themes.

/** The outcome of one final review: how many of its KPIs scored what, and the malus applied. */
export const reviewOutcomes = pgTable(
  "review_outcomes",
  {
    tenantId: uuid("tenant_id").notNull(),
    // The contract's supplier, set by the database; the supplier's policy compares it.
    supplierOrgId: uuid("supplier_org_id"),
    reviewId: uuid("review_id").notNull(),
    contractId: uuid("contract_id").notNull(),
    quarter: varchar("quarter", { length: 7 }).notNull(),
    onTrack: integer("on_track").notNull(),
    atRisk: integer("at_risk").notNull(),
    offTrack: integer("off_track").notNull(),
    // on track + at risk + off track: "not scored" counts neither way.
    scored: integer("scored").notNull(),
    // 3 off track, 2 at risk, 1 on track, 0 nothing scored: the colour of a heat-map cell.
    worst: smallint("worst").notNull(),
    malusAppliedCents: integer("malus_applied_cents").notNull(),
    // The review's overall score 0–100 as it was fixed at sign-off; null when nothing was scored.
    overallScore: smallint("overall_score"),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.reviewId] }),
    foreignKey({ columns: [t.tenantId, t.reviewId], foreignColumns: [reviews.tenantId, reviews.id] }).onDelete("cascade"),
    foreignKey({ columns: [t.tenantId, t.contractId], foreignColumns: [contracts.tenantId, contracts.id] }).onDelete("cascade"),
    index("review_outcomes_contract_idx").on(t.tenantId, t.contractId, t.quarter),
  ],
);

/**
 * The same counts per organisation theme the review's KPIs served when it was signed, by the
 * theme's name in lower case (the organisation's wheel is matched by name year by year).
 */
export const reviewThemeOutcomes = pgTable(
  "review_theme_outcomes",
  {
    tenantId: uuid("tenant_id").notNull(),
    // The contract's supplier, set by the database; the supplier's policy compares it.
    supplierOrgId: uuid("supplier_org_id"),
    reviewId: uuid("review_id").notNull(),
    themeKey: varchar("theme_key", { length: 120 }).notNull(),
    contractId: uuid("contract_id").notNull(),
    quarter: varchar("quarter", { length: 7 }).notNull(),
    onTrack: integer("on_track").notNull(),
    scored: integer("scored").notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.reviewId, t.themeKey] }),
    foreignKey({ columns: [t.tenantId, t.reviewId], foreignColumns: [reviews.tenantId, reviews.id] }).onDelete("cascade"),
  ],
);

/**
 * One row per transaction that changed a tenant's dashboard data, written by statement triggers
 * (migration 0019), which also drop rows older than an hour without waiting for a lock, so writers
 * never wait for each other on it and the log stays short. The count,
 * highest and sum of the transaction ids make the tenant's data version: a computed dashboard is
 * cached under the version it was computed at (lib/dashboard/cache.ts) and is never served once a
 * later change has committed, whatever order transactions commit in.
 */
export const tenantDataChanges = pgTable(
  "tenant_data_changes",
  {
    tenantId: uuid("tenant_id").notNull(),
    txid: bigint("txid", { mode: "number" }).notNull(),
    changedAt: timestamp("changed_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.tenantId, t.txid] })],
);

/**
 * The same log for what "Te doen" reads (lib/worklist/cache.ts): reports, KPIs, reviews and their
 * scores, action items, roadmap actions, checklist rounds, targets and contracts. Kept apart from
 * the dashboard's log, so a draft score saved during a review does not recompute dashboards.
 */
export const tenantWorkChanges = pgTable(
  "tenant_work_changes",
  {
    tenantId: uuid("tenant_id").notNull(),
    txid: bigint("txid", { mode: "number" }).notNull(),
    changedAt: timestamp("changed_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.tenantId, t.txid] })],
);

/**
 * The accepted values of one contract's quarter on one indicator (the KPI's), summed, with the same
 * sums over the verified values only: the organisation dashboard's targets and packages read one
 * row per contract, quarter and indicator instead of every value. Written by the database
 * (refresh_contract_quarter_values, migration 0062) from the marks in
 * contract_quarter_values_stale, never by the application. Two kinds of count, because each figure
 * counts different values: a number, and a number with a quantity (an intensity multiplied into
 * its absolute indicator).
 */
export const contractQuarterValues = pgTable(
  "contract_quarter_values",
  {
    tenantId: uuid("tenant_id").notNull(),
    contractId: uuid("contract_id").notNull(),
    quarter: varchar("quarter", { length: 7 }).notNull(),
    indicatorId: uuid("indicator_id").notNull(),
    numbers: integer("numbers").notNull(),
    verifiedNumbers: integer("verified_numbers").notNull(),
    total: numeric("total"),
    verifiedTotal: numeric("verified_total"),
    quantified: integer("quantified").notNull(),
    verifiedQuantified: integer("verified_quantified").notNull(),
    // Σ value × quantity; the factor into the absolute unit is the indicator's, applied when read.
    quantifiedTotal: numeric("quantified_total"),
    verifiedQuantifiedTotal: numeric("verified_quantified_total"),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.contractId, t.quarter, t.indicatorId] }),
    foreignKey({ columns: [t.tenantId, t.contractId], foreignColumns: [contracts.tenantId, contracts.id] }).onDelete("cascade"),
    index("contract_quarter_values_indicator_idx").on(t.tenantId, t.indicatorId, t.quarter),
  ],
);

/**
 * How many accepted answers (a number or a score) one contract's quarter has, and how many of them
 * are verified: the dashboard's verified share, one row per contract and quarter. Written with
 * contract_quarter_values, by the same function.
 */
export const contractQuarterAnswers = pgTable(
  "contract_quarter_answers",
  {
    tenantId: uuid("tenant_id").notNull(),
    contractId: uuid("contract_id").notNull(),
    quarter: varchar("quarter", { length: 7 }).notNull(),
    answers: integer("answers").notNull(),
    verifiedAnswers: integer("verified_answers").notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.contractId, t.quarter] }),
    foreignKey({ columns: [t.tenantId, t.contractId], foreignColumns: [contracts.tenantId, contracts.id] }).onDelete("cascade"),
  ],
);

/**
 * Which contract quarters changed since their summaries were written: a row trigger on reports, report
 * values, value verifications and KPIs marks them (cheap: one upsert of a key), and the dashboard
 * recomputes only those before it reads. Marking instead of recomputing in the trigger keeps a
 * report of fifteen values, or a seed of millions, from recomputing the same quarter per row.
 */
export const contractQuarterValuesStale = pgTable(
  "contract_quarter_values_stale",
  {
    tenantId: uuid("tenant_id").notNull(),
    contractId: uuid("contract_id").notNull(),
    quarter: varchar("quarter", { length: 7 }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.tenantId, t.contractId, t.quarter] })],
);
