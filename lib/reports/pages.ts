// What the report pages need from the server, read inside the actor's tenant transaction so
// app/ stays free of database code, plus which controls this actor gets. The controls only hide
// what the actions would refuse anyway.
import type { Actor } from "@/lib/auth/actor";
import { can } from "@/lib/auth/permissions";
import { reportedValues } from "@/lib/verification/queries";
import { VERIFICATION_STATUS_LABELS } from "@/lib/verification/rules";
import { orNotFound, requireActor } from "@/lib/auth/session";
import { viewerOf } from "@/lib/contracts/queries";
import { amsterdamToday } from "@/lib/time";
import { quarterKey, quarterTiming } from "@/lib/periods";
import { getReportPage, reportOverview } from "./queries";
import { decidesReports } from "./policy";
import { displayStatus, isLocked, lateSubmission, type DisplayStatus } from "./rules";
import { withTenant } from "@/lib/tenancy";
import { profileSources } from "@/lib/supplier-profile/report-source";

export async function reportOverviewPage(orgSlug: string) {
  const actor = await requireActor(orgSlug);
  const today = amsterdamToday();
  const contracts = await withTenant(actor, (tx) => reportOverview(tx, { viewer: viewerOf(actor), today }));
  return {
    actor,
    today,
    contracts: contracts.map((c) => ({ ...c, quarters: c.quarters.map((q) => ({ ...q, ...bulkItems(actor, c.contract, q, today) })) })),
  };
}

/**
 * What the overview may select on a row for the bulk actions (lib/reports/bulk-actions.ts):
 * a submitted report to accept ("id:version"), a late one to remind its supplier of ("contractId:quarter").
 */
function bulkItems(
  actor: Actor,
  contract: { id: string; contractManagerId: string | null; supplierOrgId: string | null },
  q: { key: string; status: DisplayStatus; dueDate: string; report: { id: string; version: number } | null },
  today: string,
) {
  // Late: nothing submitted by the due date, or sent back for questions and past it.
  const late = q.status === "overdue" || (q.status === "sent_back" && today > q.dueDate);
  if (!decidesReports(actor, contract)) return { acceptItem: null, remindItem: null };
  return {
    acceptItem: q.status === "submitted" && q.report ? `${q.report.id}:${q.report.version}` : null,
    remindItem: contract.supplierOrgId && late ? `${contract.id}:${q.key}` : null,
  };
}

function controls(actor: Actor, page: Awaited<ReturnType<typeof getReportPage>>, today: string) {
  const status = page.report?.status ?? "draft";
  const quarterOver = quarterTiming(page.quarter, today) === "past";
  return {
    canEdit: actor.org.kind === "supplier" && can(actor.org.kind, actor.role, "reports.submit") && !isLocked(status),
    canSubmit: quarterOver,
    canDecide: decidesReports(actor, page.contract) && status === "submitted",
  };
}

export async function reportFormPage(orgSlug: string, contractId: string, quarter: string) {
  const actor = await requireActor(orgSlug);
  const today = amsterdamToday();
  const page = await orNotFound(
    withTenant(actor, async (tx) => {
      const read = await getReportPage(tx, { viewer: viewerOf(actor), contractId, quarter });
      // What the supplier's own profile offers its KPIs ("Neem over uit bedrijfsprofiel"); a buyer reads no profile.
      const profileOffers =
        actor.org.kind === "supplier"
          ? await profileSources(tx, { supplierOrgId: actor.org.id, kpis: read.kpis, quarter: read.quarter })
          : null;
      // The buyer reads each submitted value's verification status beside it.
      const verified =
        actor.org.kind === "buyer" && can("buyer", actor.role, "verifications.read")
          ? await reportedValues(tx, { tenantId: actor.org.id, quarter: quarterKey(read.quarter), contractId })
          : [];
      const verification = new Map(verified.map((v) => [v.kpiId, VERIFICATION_STATUS_LABELS[v.status]]));
      return { ...read, profileOffers, verification };
    }),
  );
  return {
    actor,
    today,
    ...page,
    status: displayStatus(page.report, page.quarter, page.dueDate, today),
    late: page.report ? lateSubmission(page.report) : null,
    controls: controls(actor, page, today),
  };
}
