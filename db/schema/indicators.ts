import { sql } from "drizzle-orm";
import { check, numeric, pgTable, text, timestamp, uniqueIndex, uuid, varchar, type AnyPgColumn } from "drizzle-orm/pg-core";
import { indicatorAggregation, indicatorDirection } from "./enums";
import { organisations } from "./organisations";

// A reference table: the global catalogue (owner_org_id null, seeded by a migration) plus the
// indicators a buyer adds itself (owner_org_id = that buyer; row-level security keeps them to
// the buyer and the suppliers it contracts). KPIs point here so values add up across contracts.
export const indicators = pgTable(
  "indicators",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    ownerOrgId: uuid("owner_org_id").references(() => organisations.id, { onDelete: "cascade" }),
    code: varchar("code", { length: 64 }).notNull(),
    name: varchar("name", { length: 160 }).notNull(),
    description: text("description"),
    // UN/CEFACT Recommendation 20 unit code, e.g. TNE (tonne), EUR, P1 (percent), KGM (kg), C62 (one).
    unitCode: varchar("unit_code", { length: 8 }).notNull(),
    unitLabel: varchar("unit_label", { length: 40 }).notNull(),
    direction: indicatorDirection("direction").notNull(),
    aggregation: indicatorAggregation("aggregation").notNull(),
    // The activity an intensity is per (a meal, a tonne): its UN/CEFACT code and label. A KPI on
    // such an indicator reports the quarter's quantity next to its value; null for an absolute one.
    activityUnitCode: varchar("activity_unit_code", { length: 8 }),
    activityUnitLabel: varchar("activity_unit_label", { length: 40 }),
    // The absolute indicator an intensity multiplies into (kg CO2e per meal × meals → tonnes CO2e)
    // and the factor between their units (kg → tonne: 0.001), so organisation targets on the
    // absolute indicator receive the contracts that measure the intensity.
    absoluteIndicatorId: uuid("absolute_indicator_id").references((): AnyPgColumn => indicators.id, { onDelete: "set null" }),
    absoluteFactor: numeric("absolute_factor", { precision: 18, scale: 8 }),
    minValue: numeric("min_value", { precision: 18, scale: 4 }),
    maxValue: numeric("max_value", { precision: 18, scale: 4 }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex("indicators_global_code_key")
      .on(t.code)
      .where(sql`${t.ownerOrgId} is null`),
    uniqueIndex("indicators_owner_code_key")
      .on(t.ownerOrgId, t.code)
      .where(sql`${t.ownerOrgId} is not null`),
    check("indicators_range_ordered", sql`${t.minValue} is null or ${t.maxValue} is null or ${t.minValue} <= ${t.maxValue}`),
  ],
);

export type Indicator = typeof indicators.$inferSelect;
