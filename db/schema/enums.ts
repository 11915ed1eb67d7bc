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
