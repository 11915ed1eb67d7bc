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
  text,
  timestamp,
  uniqueIndex,
  uuid,
  varchar,
} from "drizzle-orm/pg-core";
import { organisations } from "./organisations";
import { users } from "./users";

// The supplier profile: organisation-level facts a supplier keeps once (CO2-Prestatieladder step,
// ISO certificates, the company footprint per year, social return commitments) and shares with
// the buyers it chooses. The facts are the supplier's own tenant rows; a buyer never reads them,
// only the copies published into its own tenant (shared_profile_facts).

const bytea = customType<{ data: Buffer; driverData: Buffer }>({ dataType: () => "bytea" });

export const PROFILE_FACT_KINDS = ["co2_ladder", "iso14001", "iso26000", "footprint", "social_return"] as const;
export type ProfileFactKind = (typeof PROFILE_FACT_KINDS)[number];

export const supplierProfileFacts = pgTable(
  "supplier_profile_facts",
  {
    /** The supplier organisation. */
    tenantId: uuid("tenant_id").notNull(),
    id: uuid("id").notNull().defaultRandom(),
    kind: varchar("kind", { length: 32 }).$type<ProfileFactKind>().notNull(),
    // The year a footprint or a social return commitment is about; none for a certificate.
    year: integer("year"),
    // The step (1–5), the footprint in tonnes CO2e, or the social return as % of turnover.
    value: numeric("value", { precision: 18, scale: 4 }),
    scope1: numeric("scope1", { precision: 18, scale: 4 }),
    scope2: numeric("scope2", { precision: 18, scale: 4 }),
    scope3: numeric("scope3", { precision: 18, scale: 4 }),
    // Certificate number and certifying body, or what the commitment says.
    description: text("description"),
    validFrom: date("valid_from"),
    validUntil: date("valid_until"),
    version: integer("version").notNull().default(1),
    updatedByUserId: uuid("updated_by_user_id").references(() => users.id, { onDelete: "set null" }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.id] }),
    // One fact of a kind (per year where it has one): a second ladder step would leave the buyer guessing.
    uniqueIndex("supplier_profile_facts_kind_key").on(t.tenantId, t.kind, sql`coalesce(${t.year}, 0)`),
    check("supplier_profile_facts_kind", sql`${t.kind} in ('co2_ladder', 'iso14001', 'iso26000', 'footprint', 'social_return')`),
    check("supplier_profile_facts_ladder_step", sql`${t.kind} <> 'co2_ladder' or ${t.value} in (1, 2, 3, 4, 5)`),
    check("supplier_profile_facts_validity", sql`${t.validUntil} is null or ${t.validFrom} is null or ${t.validUntil} >= ${t.validFrom}`),
  ],
);

/** Certificates and other evidence of a fact; the bytes through the report evidence storage. */
export const supplierProfileFiles = pgTable(
  "supplier_profile_files",
  {
    tenantId: uuid("tenant_id").notNull(),
    id: uuid("id").notNull().defaultRandom(),
    factId: uuid("fact_id").notNull(),
    fileName: varchar("file_name", { length: 255 }).notNull(),
    contentType: varchar("content_type", { length: 100 }).notNull(),
    sizeBytes: integer("size_bytes").notNull(),
    sha256: varchar("sha256", { length: 64 }).notNull(),
    storageKey: text("storage_key"),
    data: bytea("data"),
    uploadedByUserId: uuid("uploaded_by_user_id").references(() => users.id, { onDelete: "set null" }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.id] }),
    foreignKey({ columns: [t.tenantId, t.factId], foreignColumns: [supplierProfileFacts.tenantId, supplierProfileFacts.id] }).onDelete(
      "cascade",
    ),
    index("supplier_profile_files_fact_idx").on(t.tenantId, t.factId),
    check("supplier_profile_files_stored", sql`${t.data} is not null or ${t.storageKey} is not null`),
  ],
);

/** The buyers a supplier shares its profile with, by its own choice. */
export const supplierProfileShares = pgTable(
  "supplier_profile_shares",
  {
    tenantId: uuid("tenant_id").notNull(),
    buyerOrgId: uuid("buyer_org_id")
      .notNull()
      .references(() => organisations.id, { onDelete: "cascade" }),
    sharedByUserId: uuid("shared_by_user_id").references(() => users.id, { onDelete: "set null" }),
    sharedAt: timestamp("shared_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.tenantId, t.buyerOrgId] })],
);

/** The evidence of a published fact: its files by name and hash, and the id the buyer opens it by. */
export type SharedEvidence = Array<{ fileName: string; sha256: string; fileId?: string }>;

/**
 * A fact as the supplier published it to one buyer: a row of the buyer's tenant, written in the
 * supplier's transaction (the policy admits only its own rows for its own partners), rewritten
 * at every change and deleted at once when sharing is withdrawn.
 */
export const sharedProfileFacts = pgTable(
  "shared_profile_facts",
  {
    /** The buyer it is shared with. */
    tenantId: uuid("tenant_id").notNull(),
    supplierOrgId: uuid("supplier_org_id").notNull(),
    factId: uuid("fact_id").notNull(),
    factVersion: integer("fact_version").notNull(),
    kind: varchar("kind", { length: 32 }).$type<ProfileFactKind>().notNull(),
    year: integer("year"),
    value: numeric("value", { precision: 18, scale: 4 }),
    scope1: numeric("scope1", { precision: 18, scale: 4 }),
    scope2: numeric("scope2", { precision: 18, scale: 4 }),
    scope3: numeric("scope3", { precision: 18, scale: 4 }),
    description: text("description"),
    validFrom: date("valid_from"),
    validUntil: date("valid_until"),
    evidence: jsonb("evidence").$type<SharedEvidence>().notNull().default([]),
    publishedAt: timestamp("published_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.supplierOrgId, t.factId] }),
    foreignKey({ columns: [t.supplierOrgId], foreignColumns: [organisations.id] }).onDelete("cascade"),
  ],
);

export type SupplierProfileFact = typeof supplierProfileFacts.$inferSelect;
export type SupplierProfileFile = typeof supplierProfileFiles.$inferSelect;
export type SharedProfileFact = typeof sharedProfileFacts.$inferSelect;
