import { sql } from "drizzle-orm";
import { boolean, check, foreignKey, integer, numeric, pgTable, primaryKey, text, timestamp, uuid, varchar } from "drizzle-orm/pg-core";
import { organisations } from "./organisations";
import { users } from "./users";

// The organisation's size for the footprint baseline: the CO2 footprint of facility services is
// known per FTE (Buyer Group FM handreiking, bijlage 4), so the FTE turns it into the organisation's own.
export const footprintBaselines = pgTable(
  "footprint_baselines",
  {
    tenantId: uuid("tenant_id").notNull(),
    fte: numeric("fte", { precision: 18, scale: 4 }),
    fteYear: integer("fte_year"),
    version: integer("version").notNull().default(1),
    updatedByUserId: uuid("updated_by_user_id").references(() => users.id, { onDelete: "set null" }),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId] }),
    foreignKey({ columns: [t.tenantId], foreignColumns: [organisations.id] }),
    check("footprint_baselines_fte_positive", sql`${t.fte} is null or ${t.fte} > 0`),
    check("footprint_baselines_fte_year", sql`${t.fteYear} is null or ${t.fteYear} between 1990 and 2100`),
  ],
);

// One purchasing package's footprint per FTE (kg CO2e per FTE per year, scope 1-3) with where the
// figure comes from, whether the package is strategic and which Waardenwiel themes it serves.
export const packageFootprints = pgTable(
  "package_footprints",
  {
    tenantId: uuid("tenant_id").notNull(),
    purchasingPackage: varchar("purchasing_package", { length: 64 }).notNull(),
    kgPerFte: numeric("kg_per_fte", { precision: 18, scale: 4 }),
    source: text("source"),
    sourceYear: integer("source_year"),
    strategic: boolean("strategic").notNull().default(false),
    // Theme ids of the organisation's wheels; checked against the tenant's themes when saved.
    themeIds: uuid("theme_ids")
      .array()
      .notNull()
      .default(sql`'{}'::uuid[]`),
    version: integer("version").notNull().default(1),
    updatedByUserId: uuid("updated_by_user_id").references(() => users.id, { onDelete: "set null" }),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.purchasingPackage] }),
    foreignKey({ columns: [t.tenantId], foreignColumns: [organisations.id] }),
    check("package_footprints_kg_not_negative", sql`${t.kgPerFte} is null or ${t.kgPerFte} >= 0`),
    check("package_footprints_source_year", sql`${t.sourceYear} is null or ${t.sourceYear} between 1990 and 2100`),
  ],
);

export type FootprintBaseline = typeof footprintBaselines.$inferSelect;
export type PackageFootprint = typeof packageFootprints.$inferSelect;
