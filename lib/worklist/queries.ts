// "Te doen" for one person, read from the current state of the contracts they work on: a thing
// done is no longer in the state these queries look for, so it leaves the list by itself.
// Who works on which contracts: a supplier's admins and reporters on all of its contracts; a
// buyer's contract manager on the contracts they manage; its admin and coordinator on all (the
// coordinator as the one who keeps an eye on every contract); viewers have nothing to do.
import { and, eq, gt, inArray, isNotNull, isNull, lte, ne } from "drizzle-orm";
import type { Db } from "@/db/client";
import { actionItems, contracts, kpis, reports, reviewScores, reviews, roadmapItems } from "@/db/schema";
import { can, contractSide } from "@/lib/auth/permissions";
import { waiverThreshold } from "@/lib/reviews/config";
import type { Actor } from "@/lib/auth/actor";
import { formatDate, formatEuroCents } from "@/lib/format";
import { addDays, quarterFromKey, quarterLabel } from "@/lib/periods";
import { reportOverview } from "@/lib/reports/queries";
import { sortWork, type WorkItem } from "./items";
import { openChecklistRounds, targetsWithoutData } from "./organisation-items";
import { reviewsToPlan, reviewsToPrepare } from "./review-items";
import { hasWork, worksOnManagedOnly } from "./policy";
import { contractOf, ofWorkingContracts, toContract, type WorkScope } from "./scope";

const ROADMAP_HORIZON_DAYS = 30;

/** The buyer's side: every submitted report waits for its assessment, whatever quarter it is of. */
async function reportsToAssess(db: Db, scope: WorkScope, base: string): Promise<WorkItem[]> {
  const rows = await db
    .select({ contract: contractOf, quarter: reports.quarter })
    .from(reports)
    .innerJoin(contracts, toContract(reports))
    .where(and(ofWorkingContracts(scope, reports), eq(reports.status, "submitted")));
  return rows.map((r) => ({
    key: `assess:${r.contract.id}:${r.quarter}`,
    kind: "assess_report",
    title: `Rapportage ${quarterLabel(quarterFromKey(r.quarter))} beoordelen`,
    contract: r.contract,
    href: `${base}/${r.contract.id}/rapportages/${r.quarter}`,
    due: null,
    urgent: false,
  }));
}

/** The supplier's side: reports to fill in (due or late) and questions to answer, from the report overview. */
async function reportsToFill(db: Db, scope: WorkScope, base: string, today: string): Promise<WorkItem[]> {
  const overview = await reportOverview(db, { viewer: { orgId: scope.orgId, orgKind: scope.side }, today });
  return overview.flatMap(({ contract, quarters }) =>
    quarters.flatMap((q): WorkItem[] => {
      const label = quarterLabel(q.quarter);
      const item = {
        key: `report:${contract.id}:${q.key}`,
        kind: "report" as const,
        contract: { id: contract.id, title: contract.title },
        href: `${base}/${contract.id}/rapportages/${q.key}`,
        due: q.dueDate,
      };
      switch (q.status) {
        case "sent_back":
          return [{ ...item, title: `Vraag over de rapportage ${label} beantwoorden`, urgent: true }];
        case "overdue":
          return [{ ...item, title: `Rapportage ${label} invullen (te laat)`, urgent: true }];
        case "due":
        case "draft":
          return [{ ...item, title: `Rapportage ${label} invullen`, urgent: false }];
        default:
          return [];
      }
    }),
  );
}

async function proposalItems(db: Db, scope: WorkScope, base: string): Promise<WorkItem[]> {
  const rows = await db
    .select({ id: kpis.id, name: kpis.name, contract: contractOf })
    .from(kpis)
    .innerJoin(contracts, toContract(kpis))
    .where(and(ofWorkingContracts(scope, kpis), eq(kpis.status, "proposed"), ne(kpis.proposedByKind, scope.side)));
  return rows.map((k) => ({
    key: `kpi:${k.id}`,
    kind: "kpi_proposal",
    title: `KPI-voorstel ‘${k.name}’ beantwoorden`,
    contract: k.contract,
    href: `${base}/${k.contract.id}/kpis/${k.id}`,
    due: null,
    urgent: false,
  }));
}

/** Reviews the other side has signed and this side has not: the signature is what is waited for. */
async function signatureItems(db: Db, scope: WorkScope, base: string): Promise<WorkItem[]> {
  const [mine, theirs] =
    scope.side === "buyer" ? [reviews.buyerSignedAt, reviews.supplierSignedAt] : [reviews.supplierSignedAt, reviews.buyerSignedAt];
  const rows = await db
    .select({ id: reviews.id, quarter: reviews.quarter, contract: contractOf })
    .from(reviews)
    .innerJoin(contracts, toContract(reviews))
    .where(and(ofWorkingContracts(scope, reviews), eq(reviews.status, "draft"), isNull(mine), isNotNull(theirs)));
  return rows.map((r) => ({
    key: `sign:${r.id}`,
    kind: "sign_review",
    title: `Kwartaalreview ${quarterLabel(quarterFromKey(r.quarter))} ondertekenen`,
    contract: r.contract,
    href: `${base}/${r.contract.id}/reviews/${r.quarter}`,
    due: null,
    urgent: true,
  }));
}

/**
 * Waivers above the four-eyes threshold that wait for a second buyer user: for whoever may approve
 * them and did not grant them (the one who granted it cannot be the second pair of eyes).
 */
async function waiverItems(db: Db, scope: WorkScope, base: string, actor: Actor): Promise<WorkItem[]> {
  if (scope.side !== "buyer" || !can(actor.org.kind, actor.role, "reviews.approve_waiver")) return [];
  const rows = await db
    .select({
      id: reviewScores.id,
      cents: reviewScores.waiverCents,
      kpiName: kpis.name,
      quarter: reviews.quarter,
      contract: contractOf,
    })
    .from(reviewScores)
    .innerJoin(reviews, and(eq(reviews.tenantId, reviewScores.tenantId), eq(reviews.id, reviewScores.reviewId)))
    .innerJoin(kpis, and(eq(kpis.tenantId, reviewScores.tenantId), eq(kpis.id, reviewScores.kpiId)))
    .innerJoin(contracts, toContract(reviews))
    .where(
      and(
        ofWorkingContracts(scope, reviews),
        eq(reviews.status, "draft"),
        gt(reviewScores.waiverCents, waiverThreshold()),
        isNull(reviewScores.waiverApprovedByUserId),
        ne(reviewScores.waiverByUserId, actor.userId),
      ),
    );
  return rows.map((w) => ({
    key: `waiver:${w.id}`,
    kind: "approve_waiver",
    title: `Kwijtschelding van ${formatEuroCents(w.cents ?? 0)} op ‘${w.kpiName}’ goedkeuren (vier ogen)`,
    contract: w.contract,
    href: `${base}/${w.contract.id}/reviews/${w.quarter}`,
    due: null,
    urgent: false,
  }));
}

async function actionItemsOf(db: Db, scope: WorkScope, base: string, today: string): Promise<WorkItem[]> {
  const rows = await db
    .select({
      id: actionItems.id,
      title: actionItems.title,
      dueDate: actionItems.dueDate,
      contract: contractOf,
      quarter: reviews.quarter,
    })
    .from(actionItems)
    .innerJoin(reviews, and(eq(reviews.tenantId, actionItems.tenantId), eq(reviews.id, actionItems.reviewId)))
    .innerJoin(contracts, toContract(actionItems))
    .where(and(ofWorkingContracts(scope, actionItems), eq(actionItems.status, "open"), eq(actionItems.ownerSide, scope.side)));
  return rows.map((a) => ({
    key: `action:${a.id}`,
    kind: "action_item",
    title: `Actiepunt ‘${a.title}’${a.dueDate ? ` (uiterlijk ${formatDate(a.dueDate)})` : ""}`,
    contract: a.contract,
    href: `${base}/${a.contract.id}/reviews/${a.quarter}`,
    due: a.dueDate,
    urgent: Boolean(a.dueDate && a.dueDate < today),
  }));
}

async function roadmapItemsOf(db: Db, scope: WorkScope, base: string, today: string): Promise<WorkItem[]> {
  const rows = await db
    .select({ id: roadmapItems.id, title: roadmapItems.title, dueDate: roadmapItems.dueDate, contract: contractOf })
    .from(roadmapItems)
    .innerJoin(contracts, toContract(roadmapItems))
    .where(
      and(
        ofWorkingContracts(scope, roadmapItems),
        inArray(roadmapItems.status, ["planned", "in_progress"]),
        eq(roadmapItems.ownerSide, scope.side),
        isNotNull(roadmapItems.dueDate),
        // A roadmap runs for years: an action asks for attention from a month before its date.
        lte(roadmapItems.dueDate, addDays(today, ROADMAP_HORIZON_DAYS)),
      ),
    );
  return rows.map((r) => ({
    key: `roadmap:${r.id}`,
    kind: "roadmap_item",
    title: `Roadmapactie ‘${r.title}’ (streefdatum ${formatDate(r.dueDate!)})`,
    contract: r.contract,
    href: `${base}/${r.contract.id}/roadmap`,
    due: r.dueDate,
    urgent: r.dueDate! < today,
  }));
}

/** What concerns the whole organisation rather than one contract: a buyer's checklist rounds and targets. */
function organisationItems(db: Db, actor: Actor): Promise<WorkItem[]>[] {
  if (actor.org.kind !== "buyer" || !hasWork(actor)) return [];
  const p = { tenantId: actor.org.id, userId: actor.userId, orgSlug: actor.org.slug };
  return [
    can(actor.org.kind, actor.role, "guidance.answer") ? openChecklistRounds(db, p) : Promise.resolve([]),
    can(actor.org.kind, actor.role, "targets.edit") ? targetsWithoutData(db, p) : Promise.resolve([]),
  ];
}

/** Everything waiting for this person, most urgent first. */
export async function worklist(
  db: Db,
  { actor, today, now = new Date() }: { actor: Actor; today: string; now?: Date },
): Promise<WorkItem[]> {
  if (!hasWork(actor)) return [];
  const scope: WorkScope = {
    side: contractSide(actor.org.kind),
    orgId: actor.org.id,
    managedBy: worksOnManagedOnly(actor) ? actor.userId : undefined,
  };
  const base = `/${actor.org.slug}/contracten`;
  const parts = await Promise.all([
    scope.side === "buyer" ? reportsToAssess(db, scope, base) : reportsToFill(db, scope, base, today),
    proposalItems(db, scope, base),
    signatureItems(db, scope, base),
    waiverItems(db, scope, base, actor),
    actionItemsOf(db, scope, base, today),
    roadmapItemsOf(db, scope, base, today),
    ...(scope.side === "buyer" ? [reviewsToPlan(db, scope, base, today), reviewsToPrepare(db, scope, base, now)] : []),
    ...organisationItems(db, actor),
  ]);
  return sortWork(parts.flat());
}
