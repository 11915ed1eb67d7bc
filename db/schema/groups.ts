import {
  date,
  index,
  integer,
  jsonb,
  numeric,
  pgEnum,
  pgTable,
  primaryKey,
  timestamp,
  uniqueIndex,
  uuid,
  varchar,
} from "drizzle-orm/pg-core";
import { ambitionLevel } from "./enums";
import type { KpiTemplate } from "./kpis";

/**
 * Buyer groups. A group is an organisation of its own kind (buyer_group) and so a tenant of its
 * own: its standards, its member list and what members publish to it are rows with the group's
 * tenant_id, read by the group's pages under the usual own-tenant policies. A member's own rows
 * (contracts, KPIs, results) are never read in the group's transaction: the member computes its
 * adoption figures and the results it consents to share in its own transaction and writes them
 * here as group rows (lib/groups/publication.ts), and they are deleted the moment consent ends or
 * the member leaves or is removed.
 */
export const groupMemberStatus = pgEnum("group_member_status", ["invited", "joined", "declined", "left", "removed"]);

/** A buyer organisation invited into the group, and where it stands. */
export const groupMembers = pgTable(
  "group_members",
  {
    tenantId: uuid("tenant_id").notNull(),
    organisationId: uuid("organisation_id").notNull(),
    status: groupMemberStatus("status").notNull(),
    invitedBy: uuid("invited_by"),
    invitedAt: timestamp("invited_at", { withTimezone: true }).notNull().defaultNow(),
    answeredBy: uuid("answered_by"),
    answeredAt: timestamp("answered_at", { withTimezone: true }),
    version: integer("version").notNull().default(1),
  },
  (t) => [primaryKey({ columns: [t.tenantId, t.organisationId] }), index("group_members_organisation_idx").on(t.organisationId)],
);

/** What a published standard holds: the group's KPI template at that moment, levels and all. */
export type GroupStandard = Pick<
  KpiTemplate,
  | "name"
  | "description"
  | "indicatorId"
  | "kind"
  | "obligation"
  | "purchasingPackage"
  | "scoreMeanings"
  | "measurement"
  | "evidenceRequired"
  | "levels"
  | "malusRule"
>;

/**
 * A published version of a standard (a KPI template of the group's library). The version in force
 * on a day is the latest whose effective_from has come: a version with a later date is the
 * schedule that raises the minimum from that date.
 */
export const groupStandardVersions = pgTable(
  "group_standard_versions",
  {
    tenantId: uuid("tenant_id").notNull(),
    id: uuid("id").notNull().defaultRandom(),
    templateId: uuid("template_id").notNull(),
    number: integer("number").notNull(),
    effectiveFrom: date("effective_from").notNull(),
    standard: jsonb("standard").$type<GroupStandard>().notNull(),
    note: varchar("note", { length: 500 }),
    publishedBy: uuid("published_by").notNull(),
    publishedAt: timestamp("published_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.id] }),
    uniqueIndex("group_standard_versions_number_key").on(t.tenantId, t.templateId, t.number),
  ],
);

/** Per member, standard and level: how many of its live KPIs follow it, and how many fall below the minimum in force. */
export const groupAdoptions = pgTable(
  "group_adoptions",
  {
    tenantId: uuid("tenant_id").notNull(),
    organisationId: uuid("organisation_id").notNull(),
    templateId: uuid("template_id").notNull(),
    level: ambitionLevel("level").notNull(),
    contracts: integer("contracts").notNull(),
    deviations: integer("deviations").notNull(),
    publishedAt: timestamp("published_at", { withTimezone: true }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.tenantId, t.organisationId, t.templateId, t.level] })],
);

/** A consenting member's result on a standard per year: the median of its contracts' accepted values. */
export const groupResults = pgTable(
  "group_results",
  {
    tenantId: uuid("tenant_id").notNull(),
    organisationId: uuid("organisation_id").notNull(),
    templateId: uuid("template_id").notNull(),
    year: integer("year").notNull(),
    contracts: integer("contracts").notNull(),
    value: numeric("value", { precision: 18, scale: 4 }).notNull(),
    publishedAt: timestamp("published_at", { withTimezone: true }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.tenantId, t.organisationId, t.templateId, t.year] })],
);

/** The member's own record that it shares its results on one standard of a group: the member's tenant. */
export const groupConsents = pgTable(
  "group_consents",
  {
    tenantId: uuid("tenant_id").notNull(),
    groupId: uuid("group_id").notNull(),
    templateId: uuid("template_id").notNull(),
    consentedBy: uuid("consented_by").notNull(),
    consentedAt: timestamp("consented_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.tenantId, t.groupId, t.templateId] })],
);

export type GroupMember = typeof groupMembers.$inferSelect;
export type GroupStandardVersion = typeof groupStandardVersions.$inferSelect;
