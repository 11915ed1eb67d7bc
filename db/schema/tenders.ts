import { sql } from "drizzle-orm";
import {
  check,
  date,
  foreignKey,
  index,
  integer,
  numeric,
  pgTable,
  primaryKey,
  timestamp,
  uniqueIndex,
  uuid,
  varchar,
} from "drizzle-orm/pg-core";
import { contracts } from "./contracts";
import { indicators } from "./indicators";
import { users } from "./users";

// The tender that led to a contract (seed 003 step 4: how far the offers differ). One row per
// contract; the supplier of the contract reads it.
export const contractTenders = pgTable(
  "contract_tenders",
  {
    tenantId: uuid("tenant_id").notNull(),
    contractId: uuid("contract_id").notNull(),
    // The contract's supplier, set by the database; the supplier's policy compares it.
    supplierOrgId: uuid("supplier_org_id"),
    reference: varchar("reference", { length: 100 }),
    procedure: varchar("procedure", { length: 40 }),
    awardDate: date("award_date", { mode: "string" }),
    winnerScore: numeric("winner_score", { precision: 18, scale: 4 }),
    version: integer("version").notNull().default(1),
    updatedByUserId: uuid("updated_by_user_id").references(() => users.id, { onDelete: "set null" }),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.contractId] }),
    foreignKey({ columns: [t.tenantId, t.contractId], foreignColumns: [contracts.tenantId, contracts.id] }).onDelete("cascade"),
  ],
);

// A losing bid, known to the supplier and the buyer's readers only by its letter. The winning bid
// is the contract itself: its promises are the contract's promises (table promises), never copied.
export const tenderBids = pgTable(
  "tender_bids",
  {
    tenantId: uuid("tenant_id").notNull(),
    id: uuid("id").notNull().defaultRandom(),
    contractId: uuid("contract_id").notNull(),
    supplierOrgId: uuid("supplier_org_id"),
    label: varchar("label", { length: 2 }).notNull(),
    score: numeric("score", { precision: 18, scale: 4 }),
    version: integer("version").notNull().default(1),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.id] }),
    foreignKey({ columns: [t.tenantId, t.contractId], foreignColumns: [contracts.tenantId, contracts.id] }).onDelete("cascade"),
    uniqueIndex("tender_bids_label_key").on(t.tenantId, t.contractId, t.label),
    check("tender_bids_label_letters", sql`${t.label} ~ '^[A-Z]{1,2}$'`),
  ],
);

// The bidder's name, apart from the bid: only the buyer has a policy on this table, so a
// supplier's session cannot read a losing bidder's name whatever query it runs.
export const tenderBidders = pgTable(
  "tender_bidders",
  {
    tenantId: uuid("tenant_id").notNull(),
    bidId: uuid("bid_id").notNull(),
    name: varchar("name", { length: 200 }).notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.bidId] }),
    foreignKey({ columns: [t.tenantId, t.bidId], foreignColumns: [tenderBids.tenantId, tenderBids.id] }).onDelete("cascade"),
  ],
);

/** What a losing bid promised on one indicator of the contract's promises. */
export const tenderBidValues = pgTable(
  "tender_bid_values",
  {
    tenantId: uuid("tenant_id").notNull(),
    bidId: uuid("bid_id").notNull(),
    contractId: uuid("contract_id").notNull(),
    supplierOrgId: uuid("supplier_org_id"),
    indicatorId: uuid("indicator_id")
      .notNull()
      .references(() => indicators.id),
    value: numeric("value", { precision: 18, scale: 4 }).notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.bidId, t.indicatorId] }),
    foreignKey({ columns: [t.tenantId, t.bidId], foreignColumns: [tenderBids.tenantId, tenderBids.id] }).onDelete("cascade"),
    foreignKey({ columns: [t.tenantId, t.contractId], foreignColumns: [contracts.tenantId, contracts.id] }).onDelete("cascade"),
    index("tender_bid_values_contract_idx").on(t.tenantId, t.contractId),
  ],
);

export type ContractTender = typeof contractTenders.$inferSelect;
export type TenderBid = typeof tenderBids.$inferSelect;
