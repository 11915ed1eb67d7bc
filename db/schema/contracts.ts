import { sql } from "drizzle-orm";
import {
  bigint,
  check,
  date,
  foreignKey,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  timestamp,
  uniqueIndex,
  uuid,
  varchar,
} from "drizzle-orm/pg-core";
import { contractStatus, cooperationForm, malusCapPeriod, malusDecidedBy } from "./enums";
import { organisations } from "./organisations";
import { users } from "./users";

/** Caps on the sum of all KPIs' malus (lib/malus): the shapes of a KPI rule's caps, percentages as decimal strings. */
export type ContractMalusCaps = {
  perYear?: { kind: "cents"; cents: number } | { kind: "percent_of_contract" | "percent_of_period"; percent: string } | null;
  perContract?: { kind: "cents"; cents: number } | { kind: "percent_of_contract"; percent: string } | null;
};

/** Groups of KPIs for the overall score, each with its weight (a decimal string); see lib/reviews/overall-score.ts. */
export type ScoreGroup = { key: string; name: string; weight: string };

export type DreamPartner = Partial<Record<"volwassenheid" | "regie" | "sturing" | "ontwikkeling" | "duurzaamheid" | "extra", string>>;

// A tenant table: tenant_id (the buyer) leads the primary key and every unique constraint so the
// table can be distributed on tenant_id.
export const contracts = pgTable(
  "contracts",
  {
    tenantId: uuid("tenant_id").notNull(),
    id: uuid("id").notNull().defaultRandom(),
    title: varchar("title", { length: 200 }).notNull(),
    reference: varchar("reference", { length: 100 }),
    purchasingPackage: varchar("purchasing_package", { length: 64 }).notNull(),
    cooperationForm: cooperationForm("cooperation_form").notNull(),
    startDate: date("start_date").notNull(),
    endDate: date("end_date").notNull(),
    // Integer cents: "1.250.000,50" must be stored exactly, which floats cannot promise.
    valueCents: bigint("value_cents", { mode: "number" }).notNull(),
    contractManagerId: uuid("contract_manager_id").references(() => users.id, { onDelete: "set null" }),
    supplierOrgId: uuid("supplier_org_id").references(() => organisations.id),
    // The person the buyer proposes as the supplier's contact when the supplier already exists in
    // Groeipad: the supplier's own admin decides whether to invite them.
    supplierContactEmail: varchar("supplier_contact_email", { length: 254 }),
    status: contractStatus("status").notNull().default("draft"),
    // A malus cap per year counts per contract year from the start date, or per calendar year.
    malusCapPeriod: malusCapPeriod("malus_cap_period").notNull().default("contract_year"),
    // The computed status (with waivers) or the score both parties agreed decides the malus.
    malusDecidedBy: malusDecidedBy("malus_decided_by").notNull().default("computed_status"),
    // Caps on the sum of all KPIs' malus, per cap year and over the contract; null for none.
    malusCaps: jsonb("malus_caps").$type<ContractMalusCaps>(),
    // The overall score weighs groups of KPIs, as supplier questionnaires do; empty: KPIs alone.
    scoreGroups: jsonb("score_groups").$type<ScoreGroup[]>().notNull().default([]),
    // Reports are due this many days after the quarter ends.
    reportDueDays: integer("report_due_days").notNull().default(30),
    // The droompartner of bijlage 5 (seed 004): what the buyer looks for in a partner, per topic.
    dreamPartner: jsonb("dream_partner").$type<DreamPartner>().notNull().default({}),
    version: integer("version").notNull().default(1),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.id] }),
    foreignKey({ columns: [t.tenantId], foreignColumns: [organisations.id] }),
    uniqueIndex("contracts_reference_key")
      .on(t.tenantId, t.reference)
      .where(sql`${t.reference} is not null`),
    index("contracts_supplier_idx").on(t.supplierOrgId),
    check("contracts_dates_ordered", sql`${t.endDate} >= ${t.startDate}`),
    // Quarters and growth paths are computed per date: a year 1 or 9999 would break pages.
    check("contracts_dates_in_range", sql`${t.startDate} >= '2000-01-01' and ${t.endDate} <= '2100-12-31'`),
    check("contracts_value_nonnegative", sql`${t.valueCents} >= 0`),
  ],
);

export type Contract = typeof contracts.$inferSelect;
