// The history of a contract as one timeline: reports (submitted, accepted, sent back), reviews
// (planned, signed, final), their decisions and action items, and amendments. Read from the
// tables themselves rather than the audit log, so the timeline shows the record as it stands;
// grouped by the quarter each event is about, in time order within it.
import { and, asc, eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { actionItems, kpis, reports, reportSubmissions, reviewAmendments, reviewDecisions, reviews } from "@/db/schema";
import { getContract, type ContractViewer } from "@/lib/contracts/queries";
import { formatDate, formatDateTime } from "@/lib/format";
import { quarterFromKey, quarterLongLabel } from "@/lib/periods";
import { lateSubmission, lateSubmissionText } from "@/lib/reports/rules";
import { sendBacks } from "@/lib/reports/timeline";
import { DECISION_LABELS, describeDecision } from "./export-labels";

export type TimelineKind = "report" | "review" | "decision" | "action" | "amendment";

export type TimelineEvent = { at: Date; quarter: string; kind: TimelineKind; title: string; detail?: string; href: string };

export type TimelineQuarter = { key: string; label: string; events: TimelineEvent[] };

export const TIMELINE_KIND_LABELS: Record<TimelineKind, string> = {
  report: "Rapportage",
  review: "Review",
  decision: "Besluit",
  action: "Actiepunt",
  amendment: "Correctie",
};

export async function contractTimeline(
  db: Db,
  { viewer, contractId, orgSlug }: { viewer: ContractViewer; contractId: string; orgSlug: string },
) {
  const contract = await getContract(db, { viewer, id: contractId });
  const base = `/${orgSlug}/contracten/${contract.id}`;
  const scope = and(eq(reports.tenantId, contract.tenantId), eq(reports.contractId, contract.id));
  const reviewScope = and(eq(reviews.tenantId, contract.tenantId), eq(reviews.contractId, contract.id));
  const reportHref = (q: string) => `${base}/rapportages/${q}`;
  const reviewHref = (q: string) => `${base}/reviews/${q}`;
  const events: TimelineEvent[] = [];

  const submissions = await db
    .select({
      quarter: reports.quarter,
      dueDate: reports.dueDate,
      number: reportSubmissions.submissionNumber,
      at: reportSubmissions.submittedAt,
    })
    .from(reportSubmissions)
    .innerJoin(reports, and(eq(reports.tenantId, reportSubmissions.tenantId), eq(reports.id, reportSubmissions.reportId)))
    .where(scope);
  for (const s of submissions) {
    // Lateness counts by the first submission; a resubmission after questions is not late.
    const late = s.number === 1 ? lateSubmission({ dueDate: s.dueDate, firstSubmittedAt: s.at, submittedAt: s.at }) : null;
    events.push({
      at: s.at,
      quarter: s.quarter,
      kind: "report",
      title: s.number > 1 ? `Rapportage opnieuw ingediend (versie ${s.number})` : "Rapportage ingediend",
      ...(late ? { detail: lateSubmissionText(late) } : {}),
      href: reportHref(s.quarter),
    });
  }
  for (const r of await db.select().from(reports).where(scope)) {
    if (!r.decidedAt || r.status !== "accepted") continue;
    events.push({
      at: r.decidedAt,
      quarter: r.quarter,
      kind: "report",
      title: "Rapportage geaccepteerd",
      ...(r.decisionComment ? { detail: r.decisionComment } : {}),
      href: reportHref(r.quarter),
    });
  }
  // One event per send-back, kept after the report is accepted, with what the buyer asked.
  for (const round of await sendBacks(db, contract)) {
    events.push({
      at: round.sentBackAt,
      quarter: round.quarter,
      kind: "report",
      title: `Rapportage teruggestuurd voor aanvulling (ronde ${round.roundNumber})`,
      ...(round.detail ? { detail: round.detail } : {}),
      href: reportHref(round.quarter),
    });
  }

  const reviewRows = await db.select().from(reviews).where(reviewScope);
  const quarterOfReview = new Map(reviewRows.map((r) => [r.id, r.quarter]));
  for (const r of reviewRows) {
    const href = reviewHref(r.quarter);
    const meeting = r.meetingAt ? `Overleg op ${formatDateTime(r.meetingAt)}${r.location ? `, ${r.location}` : ""}` : undefined;
    events.push({
      at: r.createdAt,
      quarter: r.quarter,
      kind: "review",
      title: "Review gepland",
      ...(meeting ? { detail: meeting } : {}),
      href,
    });
    if (r.buyerSignedAt)
      events.push({
        at: r.buyerSignedAt,
        quarter: r.quarter,
        kind: "review",
        title: `Ondertekend door de opdrachtgever (${r.buyerSignerName ?? "onbekend"})`,
        href,
      });
    if (r.supplierSignedAt)
      events.push({
        at: r.supplierSignedAt,
        quarter: r.quarter,
        kind: "review",
        title: `Ondertekend door de opdrachtnemer (${r.supplierSignerName ?? "onbekend"})`,
        href,
      });
    if (r.status === "final") {
      const at =
        r.finalizedAt ??
        [r.buyerSignedAt, r.supplierSignedAt].filter((d): d is Date => Boolean(d)).sort((a, b) => b.getTime() - a.getTime())[0] ??
        r.updatedAt;
      events.push({ at, quarter: r.quarter, kind: "review", title: "Review definitief", href: `${href}/rapport` });
    }
  }

  const decisions = await db
    .select({ decision: reviewDecisions, kpiName: kpis.name })
    .from(reviewDecisions)
    .innerJoin(reviews, and(eq(reviews.tenantId, reviewDecisions.tenantId), eq(reviews.id, reviewDecisions.reviewId)))
    .leftJoin(kpis, and(eq(kpis.tenantId, reviewDecisions.tenantId), eq(kpis.id, reviewDecisions.kpiId)))
    .where(reviewScope);
  for (const { decision: d, kpiName } of decisions) {
    if (d.kind === "action_item") continue; // the action item row itself is on the timeline
    const quarter = quarterOfReview.get(d.reviewId)!;
    events.push({
      at: d.createdAt,
      quarter,
      kind: "decision",
      title: `${DECISION_LABELS[d.kind]}: ${describeDecision({ ...d, kpiName })}`,
      ...(d.reason ? { detail: `Reden: ${d.reason}` } : {}),
      href: reviewHref(quarter),
    });
  }

  const items = await db
    .select()
    .from(actionItems)
    .where(and(eq(actionItems.tenantId, contract.tenantId), eq(actionItems.contractId, contract.id)));
  for (const item of items) {
    const quarter = quarterOfReview.get(item.reviewId);
    if (!quarter) continue;
    const href = reviewHref(quarter);
    events.push({
      at: item.createdAt,
      quarter,
      kind: "action",
      title: `Actiepunt: ${item.title}`,
      detail: `${item.ownerName}, uiterlijk ${formatDate(item.dueDate)}`,
      href,
    });
    if (item.closedAt) {
      const verb = item.status === "dropped" ? "vervallen" : "afgerond";
      events.push({
        at: item.closedAt,
        quarter,
        kind: "action",
        title: `Actiepunt ${verb}: ${item.title}`,
        ...(item.closedNote ? { detail: item.closedNote } : {}),
        href,
      });
    }
  }

  const amendments = await db
    .select({ amendment: reviewAmendments, quarter: reviews.quarter })
    .from(reviewAmendments)
    .innerJoin(reviews, and(eq(reviews.tenantId, reviewAmendments.tenantId), eq(reviews.id, reviewAmendments.reviewId)))
    .where(reviewScope)
    .orderBy(asc(reviewAmendments.createdAt));
  for (const { amendment: a, quarter } of amendments) {
    events.push({
      at: a.createdAt,
      quarter,
      kind: "amendment",
      title: `Correctie door ${a.authorName}`,
      detail: a.reason,
      href: `${reviewHref(quarter)}/rapport`,
    });
  }

  return { contract, quarters: groupByQuarter(events) };
}

/** Per quarter (oldest first), the events in time order; ties keep the order they were read in. */
export function groupByQuarter(events: TimelineEvent[]): TimelineQuarter[] {
  const groups = new Map<string, TimelineEvent[]>();
  for (const e of events) groups.set(e.quarter, [...(groups.get(e.quarter) ?? []), e]);
  return [...groups.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([key, list]) => ({
      key,
      label: quarterLongLabel(quarterFromKey(key)),
      events: list
        .map((e, i) => ({ e, i }))
        .sort((x, y) => x.e.at.getTime() - y.e.at.getTime() || x.i - y.i)
        .map((x) => x.e),
    }));
}
