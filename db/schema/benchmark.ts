import { check, integer, numeric, pgTable, primaryKey, timestamp, uuid, varchar } from "drizzle-orm/pg-core";
import { sql } from "drizzle-orm";
import { indicators } from "./indicators";

/**
 * The anonymised benchmark: per catalogue indicator, purchasing package and year, the quartiles
 * of the participating buyers' results, each buyer counted once (the median of its contracts).
 * Only cells of at least five organisations are stored, so no choice of filters on the page
 * reveals one buyer's figure. Written only by refresh_benchmark() (a job, and a change of
 * participation); global like the indicator catalogue, since it holds no organisation's rows.
 */
export const benchmarkCells = pgTable(
  "benchmark_cells",
  {
    indicatorId: uuid("indicator_id")
      .notNull()
      .references(() => indicators.id, { onDelete: "cascade" }),
    purchasingPackage: varchar("purchasing_package", { length: 64 }).notNull(),
    year: integer("year").notNull(),
    organisations: integer("organisations").notNull(),
    contracts: integer("contracts").notNull(),
    p25: numeric("p25", { precision: 18, scale: 4 }).notNull(),
    median: numeric("median", { precision: 18, scale: 4 }).notNull(),
    p75: numeric("p75", { precision: 18, scale: 4 }).notNull(),
    refreshedAt: timestamp("refreshed_at", { withTimezone: true }).notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.indicatorId, t.purchasingPackage, t.year] }),
    check("benchmark_cells_five_or_more", sql`${t.organisations} >= 5`),
  ],
);

export type BenchmarkCell = typeof benchmarkCells.$inferSelect;

/**
 * Each participating buyer's own figure per cell (the median of its contracts), written by the same
 * refresh as the cells, so its position is read against figures of one moment; also where its cell
 * has fewer than five buyers, to show what it would compare. A tenant table: the buyer's own.
 */
export const benchmarkOwnFigures = pgTable(
  "benchmark_own_figures",
  {
    tenantId: uuid("tenant_id").notNull(),
    indicatorId: uuid("indicator_id")
      .notNull()
      .references(() => indicators.id, { onDelete: "cascade" }),
    purchasingPackage: varchar("purchasing_package", { length: 64 }).notNull(),
    year: integer("year").notNull(),
    contracts: integer("contracts").notNull(),
    value: numeric("value", { precision: 18, scale: 4 }).notNull(),
    refreshedAt: timestamp("refreshed_at", { withTimezone: true }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.tenantId, t.year, t.purchasingPackage, t.indicatorId] })],
);
