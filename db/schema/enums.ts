import { pgEnum } from "drizzle-orm/pg-core";

// A buyer group is an organisation of its own kind: buyers that keep shared standards together.
export const organisationKind = pgEnum("organisation_kind", ["buyer", "supplier", "buyer_group"]);
/** The two parties to a contract: the kind columns of contract rows hold only these. */
export type ContractSide = "buyer" | "supplier";

// One enum for both kinds of organisation; which roles fit which kind is checked in
// lib/auth/permissions.ts and by a CHECK constraint on memberships.
export const memberRole = pgEnum("member_role", [
  "admin",
  "coordinator",
  "contract_manager",
  "viewer",
  "reporter",
  "member",
  "verifier",
  "bestuurder",
  "beleidsadviseur",
  "inkoopadviseur",
  "projectleider",
  "interne_opdrachtgever",
]);

export const cooperationForm = pgEnum("cooperation_form", ["transactioneel", "relationeel"]);

export const contractStatus = pgEnum("contract_status", ["draft", "active", "completed", "terminated"]);
// Which year a malus cap per year counts in (lib/malus/cap-years.ts).
export const malusCapPeriod = pgEnum("malus_cap_period", ["contract_year", "calendar_year"]);
// What decides whether a quarter's malus applies (lib/malus/decide.ts).
export const malusDecidedBy = pgEnum("malus_decided_by", ["computed_status", "agreed_score"]);

export const pillar = pgEnum("pillar", ["ecologisch_sociaal", "samenwerking", "gedragsverandering"]);
export const goalKind = pgEnum("goal_kind", ["qualitative", "quantitative"]);
export const indicatorDirection = pgEnum("indicator_direction", ["lower_better", "higher_better"]);
export const indicatorAggregation = pgEnum("indicator_aggregation", ["sum", "average", "weighted_average"]);

export const kpiKind = pgEnum("kpi_kind", ["quantitative", "qualitative"]);
export const kpiObligation = pgEnum("kpi_obligation", ["inspanning", "resultaat"]);
export const kpiStatus = pgEnum("kpi_status", ["proposed", "active", "rejected", "retired"]);
export const growthInterpolation = pgEnum("growth_interpolation", ["step", "linear"]);
export const xcurveStrategy = pgEnum("xcurve_strategy", ["ombouw", "opbouw", "voortbouw", "afbouw"]);
export const roadmapStatus = pgEnum("roadmap_status", ["planned", "in_progress", "done", "dropped"]);
export const ambitionLevel = pgEnum("ambition_level", ["minimum", "plus", "maximum"]);

export const reportStatus = pgEnum("report_status", ["draft", "submitted", "accepted", "clarification_requested"]);

// Quarterly reviews: prepared and scored as a draft, final once both parties signed.
export const reviewStatus = pgEnum("review_status", ["draft", "final"]);
export const reviewScore = pgEnum("review_score", ["on_track", "at_risk", "off_track", "not_scored"]);
export const reviewDecisionKind = pgEnum("review_decision_kind", [
  "add_kpi",
  "retire_kpi",
  "change_growth_path",
  "action_item",
  "set_malus",
]);
export const actionItemStatus = pgEnum("action_item_status", ["open", "done", "dropped"]);
export const waiverKind = pgEnum("waiver_kind", ["reduction", "full"]);
