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
  text,
  timestamp,
  uniqueIndex,
  uuid,
  varchar,
} from "drizzle-orm/pg-core";
import { contracts } from "./contracts";
import {
  ambitionLevel,
  growthInterpolation,
  kpiKind,
  kpiObligation,
  kpiStatus,
  organisationKind,
  roadmapStatus,
  xcurveStrategy,
} from "./enums";
import { indicators } from "./indicators";
import { users } from "./users";
import { wheelThemes } from "./waardenwiel";

// Contract KPIs. Quarters are stored as "2027-Q2" (lib/periods.ts); decimal values as
// numeric or as decimal strings inside jsonb, never as floats.

/** Stored growth-path milestone: the quarter key and the target as a decimal string. */
export type StoredMilestone = { quarter: string; value: string };
/** Stored malus rule; the shape of MalusRule in lib/malus/rule.ts, validated by zod on write. */
export type StoredMalusRule = Record<string, unknown>;
/** The meaning of each score 1–4 of a qualitative KPI. */
export type ScoreMeanings = { "1": string; "2": string; "3": string; "4": string };

export const kpis = pgTable(
  "kpis",
  {
    tenantId: uuid("tenant_id").notNull(),
    // The contract's supplier, set by the database; the supplier's policy compares it.
    supplierOrgId: uuid("supplier_org_id"),
    id: uuid("id").notNull().defaultRandom(),
    contractId: uuid("contract_id").notNull(),
    name: varchar("name", { length: 160 }).notNull(),
    description: text("description"),
    indicatorId: uuid("indicator_id").references(() => indicators.id),
    kind: kpiKind("kind").notNull(),
    obligation: kpiObligation("obligation").notNull(),
    scoreMeanings: jsonb("score_meanings").$type<ScoreMeanings>(),
    baselineValue: numeric("baseline_value", { precision: 18, scale: 4 }),
    baselineQuarter: varchar("baseline_quarter", { length: 7 }),
    measurement: text("measurement"),
    evidenceRequired: text("evidence_required"),
    evidenceMandatory: boolean("evidence_mandatory").notNull().default(false),
    weight: numeric("weight", { precision: 6, scale: 2 }).notNull().default("1"),
    // A knock-out KPI off track caps the review's overall score at 50 (lib/reviews/overall-score.ts).
    knockOut: boolean("knock_out").notNull().default(false),
    // The key of the contract's score group the KPI counts in (contracts.score_groups); null: none.
    scoreGroup: varchar("score_group", { length: 40 }),
    malusRule: jsonb("malus_rule").$type<StoredMalusRule>(),
    status: kpiStatus("status").notNull().default("proposed"),
    proposedByKind: organisationKind("proposed_by_kind").$type<ContractSide>().notNull(),
    proposedByUserId: uuid("proposed_by_user_id").references(() => users.id, { onDelete: "set null" }),
    decidedByUserId: uuid("decided_by_user_id").references(() => users.id, { onDelete: "set null" }),
    decidedAt: timestamp("decided_at", { withTimezone: true }),
    rejectionReason: text("rejection_reason"),
    // The first quarter the KPI is reported on, and the first it no longer is (lib/kpis/rules.ts).
    activeFrom: varchar("active_from", { length: 7 }),
    retiredFrom: varchar("retired_from", { length: 7 }),
    retiredReason: text("retired_reason"),
    // While a change to an agreed KPI waits for the other party: the version both agreed (terms,
    // themes, growth path; AgreedTerms in lib/kpis/agreed-terms.ts), restored on rejection.
    agreedVersion: jsonb("agreed_version").$type<Record<string, unknown>>(),
    // Set by the quarterly review when it added or retired the KPI.
    addedByReviewId: uuid("added_by_review_id"),
    retiredByReviewId: uuid("retired_by_review_id"),
    promiseId: uuid("promise_id"),
    templateId: uuid("template_id"),
    ambitionLevel: ambitionLevel("ambition_level"),
    version: integer("version").notNull().default(1),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.id] }),
    foreignKey({ columns: [t.tenantId, t.contractId], foreignColumns: [contracts.tenantId, contracts.id] }).onDelete("cascade"),
    index("kpis_contract_idx").on(t.tenantId, t.contractId),
    // Organisation targets add up every contract's KPIs on one indicator.
    index("kpis_indicator_idx").on(t.tenantId, t.indicatorId),
    // "Te doen" asks each side for the proposals waiting on it; there are few among thousands of KPIs.
    index("kpis_proposed_idx")
      .on(t.tenantId)
      .where(sql`${t.status} = 'proposed'`),
    index("kpis_proposed_supplier_idx")
      .on(t.supplierOrgId)
      .where(sql`${t.status} = 'proposed'`),
    check("kpis_quantitative_indicator", sql`${t.kind} = 'qualitative' or ${t.indicatorId} is not null`),
    check("kpis_malus_only_for_results", sql`${t.malusRule} is null or ${t.obligation} = 'resultaat'`),
    check(
      "kpis_quarter_format",
      sql`coalesce(${t.activeFrom}, '2000-Q1') ~ '^[0-9]{4}-Q[1-4]$' and coalesce(${t.retiredFrom}, '2000-Q1') ~ '^[0-9]{4}-Q[1-4]$'`,
    ),
  ],
);

/** The Waardenwiel themes (of the contract's wheel) a KPI serves. */
export const kpiThemes = pgTable(
  "kpi_themes",
  {
    tenantId: uuid("tenant_id").notNull(),
    // The contract's supplier, set by the database; the supplier's policy compares it.
    supplierOrgId: uuid("supplier_org_id"),
    kpiId: uuid("kpi_id").notNull(),
    themeId: uuid("theme_id").notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.kpiId, t.themeId] }),
    // From a theme to the KPIs that serve it (the dashboard's gap analysis).
    index("kpi_themes_theme_idx").on(t.tenantId, t.themeId),
    foreignKey({ columns: [t.tenantId, t.kpiId], foreignColumns: [kpis.tenantId, kpis.id] }).onDelete("cascade"),
    foreignKey({ columns: [t.tenantId, t.themeId], foreignColumns: [wheelThemes.tenantId, wheelThemes.id] }).onDelete("cascade"),
  ],
);

/** A version of a KPI's growth path, effective from a quarter; earlier versions stay as they were. */
export const growthPathVersions = pgTable(
  "growth_path_versions",
  {
    tenantId: uuid("tenant_id").notNull(),
    // The contract's supplier, set by the database; the supplier's policy compares it.
    supplierOrgId: uuid("supplier_org_id"),
    id: uuid("id").notNull().defaultRandom(),
    kpiId: uuid("kpi_id").notNull(),
    versionNumber: integer("version_number").notNull(),
    effectiveFrom: varchar("effective_from", { length: 7 }).notNull(),
    interpolation: growthInterpolation("interpolation").notNull(),
    milestones: jsonb("milestones").$type<StoredMilestone[]>().notNull(),
    reason: text("reason"),
    createdByUserId: uuid("created_by_user_id").references(() => users.id, { onDelete: "set null" }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.id] }),
    foreignKey({ columns: [t.tenantId, t.kpiId], foreignColumns: [kpis.tenantId, kpis.id] }).onDelete("cascade"),
    uniqueIndex("growth_path_versions_number_key").on(t.tenantId, t.kpiId, t.versionNumber),
  ],
);

/** What the supplier promised in its bid (toezegging), e.g. the MKI value of the winning bid. */
export const promises = pgTable(
  "promises",
  {
    tenantId: uuid("tenant_id").notNull(),
    // The contract's supplier, set by the database; the supplier's policy compares it.
    supplierOrgId: uuid("supplier_org_id"),
    id: uuid("id").notNull().defaultRandom(),
    contractId: uuid("contract_id").notNull(),
    indicatorId: uuid("indicator_id")
      .notNull()
      .references(() => indicators.id),
    description: text("description").notNull(),
    value: numeric("value", { precision: 18, scale: 4 }).notNull(),
    dueQuarter: varchar("due_quarter", { length: 7 }),
    source: varchar("source", { length: 200 }),
    version: integer("version").notNull().default(1),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.id] }),
    foreignKey({ columns: [t.tenantId, t.contractId], foreignColumns: [contracts.tenantId, contracts.id] }).onDelete("cascade"),
    index("promises_contract_idx").on(t.tenantId, t.contractId),
  ],
);

/** A roadmap action or milestone over the contract years, tagged with an X-curve strategy. */
export const roadmapItems = pgTable(
  "roadmap_items",
  {
    tenantId: uuid("tenant_id").notNull(),
    // The contract's supplier, set by the database; the supplier's policy compares it.
    supplierOrgId: uuid("supplier_org_id"),
    id: uuid("id").notNull().defaultRandom(),
    contractId: uuid("contract_id").notNull(),
    title: varchar("title", { length: 200 }).notNull(),
    description: text("description"),
    themeId: uuid("theme_id"),
    strategy: xcurveStrategy("strategy").notNull(),
    owner: varchar("owner", { length: 160 }),
    ownerSide: organisationKind("owner_side").$type<ContractSide>().notNull(),
    dueDate: date("due_date").notNull(),
    status: roadmapStatus("status").notNull().default("planned"),
    version: integer("version").notNull().default(1),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.id] }),
    foreignKey({ columns: [t.tenantId, t.contractId], foreignColumns: [contracts.tenantId, contracts.id] }).onDelete("cascade"),
    foreignKey({ columns: [t.tenantId, t.themeId], foreignColumns: [wheelThemes.tenantId, wheelThemes.id] }),
    check("roadmap_items_due_in_range", sql`${t.dueDate} between '2000-01-01' and '2100-12-31'`),
  ],
);

/** The buyer's KPI library: templates with three ambition levels and their growth paths. */
export type TemplateLevel = {
  description: string;
  interpolation: "step" | "linear";
  /** Milestones relative to the contract start: quarter offset (0 = first quarter) → value. */
  milestones: Array<{ offset: number; value: string }>;
};

export const kpiTemplates = pgTable(
  "kpi_templates",
  {
    tenantId: uuid("tenant_id").notNull(),
    id: uuid("id").notNull().defaultRandom(),
    name: varchar("name", { length: 160 }).notNull(),
    description: text("description"),
    indicatorId: uuid("indicator_id").references(() => indicators.id),
    kind: kpiKind("kind").notNull(),
    obligation: kpiObligation("obligation").notNull(),
    purchasingPackage: varchar("purchasing_package", { length: 64 }),
    scoreMeanings: jsonb("score_meanings").$type<ScoreMeanings>(),
    measurement: text("measurement"),
    evidenceRequired: text("evidence_required"),
    levels: jsonb("levels").$type<{ minimum: TemplateLevel; plus: TemplateLevel; maximum: TemplateLevel }>().notNull(),
    malusRule: jsonb("malus_rule").$type<StoredMalusRule>(),
    // Taken over from a buyer group's standard: which group, which of its templates, which version.
    groupId: uuid("group_id"),
    groupTemplateId: uuid("group_template_id"),
    groupStandardNumber: integer("group_standard_number"),
    version: integer("version").notNull().default(1),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.tenantId, t.id] })],
);

export type Kpi = typeof kpis.$inferSelect;
export type GrowthPathVersionRow = typeof growthPathVersions.$inferSelect;
export type TenderPromise = typeof promises.$inferSelect;
export type RoadmapItem = typeof roadmapItems.$inferSelect;
export type KpiTemplate = typeof kpiTemplates.$inferSelect;
