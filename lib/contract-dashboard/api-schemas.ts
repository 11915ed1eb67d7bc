// What GET /api/v1/[org]/contracts/[id]/dashboard answers: dashboardJson (./shape.ts) of the shaped
// dashboard. Targets and reported values stay decimal strings; z.object drops any field not named.
import { z } from "zod";
import { kpiKind, organisationKind, reviewScore } from "@/db/schema";

const QuarterOut = z.object({ key: z.string(), label: z.string() });

/** KpiQuarterPoint: one contract quarter of a KPI's chart. */
const KpiQuarterPointOut = z.object({
  key: z.string(),
  label: z.string(),
  target: z.string().nullable(),
  isMilestone: z.boolean(),
  reported: z.string().nullable(),
  reportStatus: z.enum(["submitted", "accepted"]).nullable(),
  agreedScore: z.enum(reviewScore.enumValues).nullable(),
  malusAppliedCents: z.number().int(),
});

/** DashboardKpi without its format function. */
const DashboardKpiOut = z.object({
  id: z.guid(),
  name: z.string(),
  kind: z.enum(kpiKind.enumValues),
  status: z.enum(["active", "retired"]),
  unit: z.string(),
  points: z.array(KpiQuarterPointOut),
  malusTotalCents: z.number().int(),
  description: z.string(),
});

/** The malus ledger per final review's quarter. */
const MalusQuarterOut = z.object({
  key: z.string(),
  label: z.string(),
  appliedCents: z.number().int(),
  overallScore: z.number().int().nullable(),
  kpiLinesCents: z.number().int(),
  onTrack: z.number().int(),
  scored: z.number().int(),
});

/** An open action item of a final review. */
const ActionItemOut = z.object({
  id: z.guid(),
  title: z.string(),
  ownerSide: z.enum(organisationKind.enumValues),
  ownerName: z.string(),
  dueDate: z.iso.date(),
  reviewQuarter: z.string(),
  overdue: z.boolean(),
  reviewLabel: z.string(),
});

export const ContractDashboardOut = z.object({
  contract: z.object({ id: z.guid(), title: z.string(), buyerName: z.string(), supplierName: z.string().nullable() }),
  quarters: z.array(QuarterOut),
  kpis: z.array(DashboardKpiOut),
  malus: z.object({ totalCents: z.number().int(), quarters: z.array(MalusQuarterOut) }),
  actions: z.array(ActionItemOut),
});
