import { sql } from "drizzle-orm";
import {
  boolean,
  check,
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
import { goalKind, pillar } from "./enums";
import { indicators } from "./indicators";
import { organisations } from "./organisations";

/** The interne analyse of the seed's workflow (figure 8, step 1). */
export type WheelAnalysis = {
  currentSituation?: string;
  documents?: string;
  stakeholders?: string;
  interviews?: string;
  xcurve?: { ombouw?: string; opbouw?: string; voortbouw?: string; afbouw?: string };
};

// A buyer's Waardenwiel for one year, or the wheel of one contract (contract_id set), derived
// from the organisation's wheel of that time (derived_from_id).
export const wheels = pgTable(
  "wheels",
  {
    tenantId: uuid("tenant_id").notNull(),
    // The contract's supplier, set by the database; the supplier's policy compares it.
    supplierOrgId: uuid("supplier_org_id"),
    id: uuid("id").notNull().defaultRandom(),
    year: integer("year").notNull(),
    contractId: uuid("contract_id"),
    derivedFromId: uuid("derived_from_id"),
    ambition: text("ambition"),
    analysis: jsonb("analysis").$type<WheelAnalysis>().notNull().default({}),
    publishedAt: timestamp("published_at", { withTimezone: true }),
    version: integer("version").notNull().default(1),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.id] }),
    foreignKey({ columns: [t.tenantId], foreignColumns: [organisations.id] }),
    foreignKey({ columns: [t.tenantId, t.contractId], foreignColumns: [contracts.tenantId, contracts.id] }).onDelete("cascade"),
    foreignKey({ columns: [t.tenantId, t.derivedFromId], foreignColumns: [t.tenantId, t.id] }),
    uniqueIndex("wheels_org_year_key")
      .on(t.tenantId, t.year)
      .where(sql`${t.contractId} is null`),
    uniqueIndex("wheels_contract_key")
      .on(t.tenantId, t.contractId)
      .where(sql`${t.contractId} is not null`),
    check("wheels_year_range", sql`${t.year} between 2000 and 2100`),
  ],
);

export const wheelThemes = pgTable(
  "wheel_themes",
  {
    tenantId: uuid("tenant_id").notNull(),
    // The contract's supplier, set by the database; the supplier's policy compares it.
    supplierOrgId: uuid("supplier_org_id"),
    id: uuid("id").notNull().defaultRandom(),
    wheelId: uuid("wheel_id").notNull(),
    name: varchar("name", { length: 120 }).notNull(),
    description: text("description"),
    pillar: pillar("pillar").notNull(),
    position: integer("position").notNull().default(0),
    // 1 is the highest priority; equal ranks are allowed only when marked as a deliberate tie.
    priorityRank: integer("priority_rank"),
    priorityTied: boolean("priority_tied").notNull().default(false),
    // In a contract wheel: the theme of the organisation's wheel this one concretises.
    orgThemeId: uuid("org_theme_id"),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.id] }),
    foreignKey({ columns: [t.tenantId, t.wheelId], foreignColumns: [wheels.tenantId, wheels.id] }).onDelete("cascade"),
    // No ON DELETE SET NULL: Citus refuses it on a key that includes tenant_id. Removing an
    // organisation theme clears the link in the contract themes first (lib/waardenwiel/theme-actions.ts).
    foreignKey({ columns: [t.tenantId, t.orgThemeId], foreignColumns: [t.tenantId, t.id] }),
    index("wheel_themes_wheel_idx").on(t.tenantId, t.wheelId),
    // The dashboard's gap analysis goes from an organisation theme to the contract themes that
    // concretise it, matched by name (lib/dashboard/sections/wheel.ts).
    index("wheel_themes_org_theme_idx").on(t.tenantId, t.orgThemeId),
    index("wheel_themes_name_idx").on(t.tenantId, sql`lower(${t.name})`),
    check("wheel_themes_rank_positive", sql`${t.priorityRank} is null or ${t.priorityRank} >= 1`),
  ],
);

/** The concretisering of a theme: the "taartpunten" inside the ring. */
export const wheelSubthemes = pgTable(
  "wheel_subthemes",
  {
    tenantId: uuid("tenant_id").notNull(),
    // The contract's supplier, set by the database; the supplier's policy compares it.
    supplierOrgId: uuid("supplier_org_id"),
    id: uuid("id").notNull().defaultRandom(),
    themeId: uuid("theme_id").notNull(),
    name: varchar("name", { length: 160 }).notNull(),
    description: text("description"),
    position: integer("position").notNull().default(0),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.id] }),
    foreignKey({ columns: [t.tenantId, t.themeId], foreignColumns: [wheelThemes.tenantId, wheelThemes.id] }).onDelete("cascade"),
    index("wheel_subthemes_theme_idx").on(t.tenantId, t.themeId),
  ],
);

export const wheelGoals = pgTable(
  "wheel_goals",
  {
    tenantId: uuid("tenant_id").notNull(),
    // The contract's supplier, set by the database; the supplier's policy compares it.
    supplierOrgId: uuid("supplier_org_id"),
    id: uuid("id").notNull().defaultRandom(),
    themeId: uuid("theme_id").notNull(),
    kind: goalKind("kind").notNull(),
    description: text("description").notNull(),
    indicatorId: uuid("indicator_id").references(() => indicators.id),
    targetValue: numeric("target_value", { precision: 18, scale: 4 }),
    targetYear: integer("target_year"),
    baseYear: integer("base_year"),
    baseValue: numeric("base_value", { precision: 18, scale: 4 }),
    position: integer("position").notNull().default(0),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.id] }),
    foreignKey({ columns: [t.tenantId, t.themeId], foreignColumns: [wheelThemes.tenantId, wheelThemes.id] }).onDelete("cascade"),
    index("wheel_goals_theme_idx").on(t.tenantId, t.themeId),
    check(
      "wheel_goals_quantitative_complete",
      sql`${t.kind} = 'qualitative' or (${t.indicatorId} is not null and ${t.targetValue} is not null and ${t.targetYear} is not null)`,
    ),
    check("wheel_goals_years_ordered", sql`${t.baseYear} is null or ${t.targetYear} is null or ${t.targetYear} > ${t.baseYear}`),
    check(
      "wheel_goals_years_in_range",
      sql`(${t.baseYear} is null or ${t.baseYear} between 1990 and 2100) and (${t.targetYear} is null or ${t.targetYear} between 1990 and 2100)`,
    ),
  ],
);

/** A milestone of an organisation target: an absolute value, or a % change against the base. */
export type TargetMilestone = { year: number; mode: "value" | "change_percent"; value: number };

// Doelstellingen such as "CO2e −30 % in 2025 and −60 % in 2030 against 2020".
export const organisationTargets = pgTable(
  "organisation_targets",
  {
    tenantId: uuid("tenant_id").notNull(),
    id: uuid("id").notNull().defaultRandom(),
    name: varchar("name", { length: 200 }).notNull(),
    description: text("description"),
    indicatorId: uuid("indicator_id")
      .notNull()
      .references(() => indicators.id),
    baseYear: integer("base_year").notNull(),
    baseValue: numeric("base_value", { precision: 18, scale: 4 }).notNull(),
    milestones: jsonb("milestones").$type<TargetMilestone[]>().notNull().default([]),
    version: integer("version").notNull().default(1),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.id] }),
    foreignKey({ columns: [t.tenantId], foreignColumns: [organisations.id] }),
    check("organisation_targets_base_year_in_range", sql`${t.baseYear} between 1990 and 2100`),
  ],
);

export type Wheel = typeof wheels.$inferSelect;
export type WheelTheme = typeof wheelThemes.$inferSelect;
export type WheelSubtheme = typeof wheelSubthemes.$inferSelect;
export type WheelGoal = typeof wheelGoals.$inferSelect;
export type OrganisationTarget = typeof organisationTargets.$inferSelect;
