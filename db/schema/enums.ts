import { pgEnum } from "drizzle-orm/pg-core";

export const organisationKind = pgEnum("organisation_kind", ["buyer", "supplier"]);

// One enum for both kinds of organisation; which roles fit which kind is checked in
// lib/auth/permissions.ts and by a CHECK constraint on memberships.
export const memberRole = pgEnum("member_role", [
  "admin",
  "coordinator",
  "contract_manager",
  "viewer",
  "reporter",
]);

export const cooperationForm = pgEnum("cooperation_form", ["transactioneel", "relationeel"]);

export const contractStatus = pgEnum("contract_status", ["draft", "active", "completed", "terminated"]);

export const pillar = pgEnum("pillar", ["ecologisch_sociaal", "samenwerking", "gedragsverandering"]);
export const goalKind = pgEnum("goal_kind", ["qualitative", "quantitative"]);
export const indicatorDirection = pgEnum("indicator_direction", ["lower_better", "higher_better"]);
export const indicatorAggregation = pgEnum("indicator_aggregation", ["sum", "average", "weighted_average"]);
