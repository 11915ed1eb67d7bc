// Reports and quarterly reviews as implementation milestones, with the closed milestoneStatus
// codelist (scheduled, met, notMet, partiallyMet) and the milestoneType codes reporting and assessment.
import { contractQuarters, quarterFromKey, quarterLabel, reportDueDate, type Quarter } from "@/lib/periods";
import { DISPLAY_STATUSES, displayStatus } from "@/lib/reports/rules";
import { amsterdamDayBounds, amsterdamIsoString } from "@/lib/time";
import { activeIn, reportMilestoneRef, type AgreedKpi, type ContractRows, type MilestoneRef, type ReportRow, type ReviewRow } from "./rows";

type Milestone = MilestoneRef & {
  type: "reporting" | "assessment";
  code: string;
  description: string;
  status: "scheduled" | "met" | "notMet" | "partiallyMet";
  dueDate?: string;
  dateMet?: string;
  dateModified?: string;
};

/**
 * A report as a milestone: met once accepted; before its due date scheduled; after it, delivered
 * but not (yet) accepted counts as partly met, and nothing delivered as not met.
 */
function reportMilestone(quarter: Quarter, key: string, report: ReportRow | undefined, dueDays: number, today: string): Milestone {
  const dueDate = report?.dueDate ?? reportDueDate(quarter, dueDays);
  const delivered = report?.status === "submitted" || report?.status === "clarification_requested";
  const status = report?.status === "accepted" ? "met" : today <= dueDate ? "scheduled" : delivered ? "partiallyMet" : ("notMet" as const);
  return {
    ...reportMilestoneRef(key),
    type: "reporting",
    code: "quarterlyReport",
    description: DISPLAY_STATUSES[displayStatus(report ?? null, quarter, dueDate, today)],
    status,
    dueDate: amsterdamDayBounds(dueDate).end,
    ...(status === "met" && report?.decidedAt ? { dateMet: amsterdamIsoString(report.decidedAt) } : {}),
    ...(report ? { dateModified: amsterdamIsoString(report.updatedAt) } : {}),
  };
}

/** A review is met once final (signed by both parties); until then it is planned, at its meeting if one is set. */
function reviewMilestone(review: ReviewRow): Milestone {
  const final = review.status === "final";
  const score = final && review.overallScore !== null ? `; totaalscore ${review.overallScore} van 100` : "";
  return {
    id: `review-${review.quarter}`,
    title: `Kwartaalreview ${quarterLabel(quarterFromKey(review.quarter))}`,
    type: "assessment",
    code: "quarterlyReview",
    description: final ? `Definitief, getekend door beide partijen${score}` : "Concept: nog niet door beide partijen getekend",
    status: final ? "met" : "scheduled",
    ...(review.meetingAt ? { dueDate: amsterdamIsoString(review.meetingAt) } : {}),
    ...(final && review.finalizedAt ? { dateMet: amsterdamIsoString(review.finalizedAt) } : {}),
  };
}

/** A milestone for every quarter that asks for a report (a KPI counts in it, or one was made) and for every review. */
export function milestones(rows: ContractRows, kpis: AgreedKpi[], today: string): Milestone[] {
  const reportOf = new Map(rows.reports.map((r) => [r.quarter, r]));
  const reviewOf = new Map(rows.reviews.map((r) => [r.quarter, r]));
  return contractQuarters(rows.contract.startDate, rows.contract.endDate).flatMap(({ quarter, key }) => {
    const report = reportOf.get(key);
    const review = reviewOf.get(key);
    const list: Milestone[] = [];
    if (report || kpis.some((k) => activeIn(k, quarter)))
      list.push(reportMilestone(quarter, key, report, rows.contract.reportDueDays, today));
    if (review) list.push(reviewMilestone(review));
    return list;
  });
}
