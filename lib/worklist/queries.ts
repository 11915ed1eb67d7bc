// "Te doen" for one person, read from the current state of the contracts they work on: a thing
// done is no longer in the state these queries look for, so it leaves the list by itself.
// Who works on which contracts: a supplier's admins and reporters on all of its contracts; a
// buyer's contract manager on the contracts they manage; its admin and coordinator on all (the
// coordinator as the one who keeps an eye on every contract); viewers have nothing to do.
import { and, eq, gt, inArray, isNotNull, isNull, lte, ne, type SQL } from "drizzle-orm";
import type { AnyPgColumn } from "drizzle-orm/pg-core";
import type { Db } from "@/db/client";
import { actionItems, kpis, reports, reviewScores, reviews, roadmapItems } from "@/db/schema";
import { can } from "@/lib/auth/permissions";
import { waiverThreshold } from "@/lib/reviews/config";
import type { Actor } from "@/lib/auth/actor";
import { listContracts, viewerOf } from "@/lib/contracts/queries";
import { formatDate, formatEuroCents } from "@/lib/format";
import { addDays, quarterFromKey, quarterLabel } from "@/lib/periods";
import { reportOverview } from "@/lib/reports/queries";
import { sortWork, type WorkItem } from "./items";
import { openChecklistRounds, targetsWithoutData } from "./organisation-items";
import { reviewsToPlan, reviewsToPrepare } from "./review-items";
import { hasWork, worksOnManagedOnly } from "./policy";

type Side = "buyer" | "supplier";
const ROADMAP_HORIZON_DAYS = 30;
type Scope = {
  side: Side;
  orgId: string;
  contracts: Map<string, { id: string; title: string }>;
  /** The contract manager whose contracts these are; absent when they are all of the organisation's. */
  managedBy?: string;
};

/** The contracts this person works on (none for a viewer). */
async function workingContracts(db: Db, actor: Actor, managedBy: string | undefined, visible?: VisibleContracts) {
  if (!hasWork(actor)) return [];
  if (visible) return managedBy ? visible.filter((c) => c.contractManagerId === managedBy) : visible;
  return listContracts(db, { viewer: viewerOf(actor), managedBy });
}

/** The rows of a tenant table this side may see, by its own column as the policies have it. */
function ofSide(scope: Scope, table: { tenantId: AnyPgColumn; supplierOrgId: AnyPgColumn; contractId: AnyPgColumn }): SQL {
  // All of the organisation's contracts need no list of ids: thousands of parameters cost more than the rows.
  return and(
    scope.side === "buyer" ? eq(table.tenantId, scope.orgId) : eq(table.supplierOrgId, scope.orgId),
    scope.managedBy ? inArray(table.contractId, [...scope.contracts.keys()]) : undefined,
  )!;
}

/** The buyer's side: every submitted report waits for its assessment, whatever quarter it is of. */
async function reportsToAssess(db: Db, scope: Scope, base: string): Promise<WorkItem[]> {
  const rows = await db
    .select({ contractId: reports.contractId, quarter: reports.quarter })
    .from(reports)
    .where(and(ofSide(scope, reports), eq(reports.status, "submitted")));
  return rows.map((r) => ({
    key: `assess:${r.contractId}:${r.quarter}`,
    kind: "assess_report",
    title: `Rapportage ${quarterLabel(quarterFromKey(r.quarter))} beoordelen`,
    contract: scope.contracts.get(r.contractId)!,
    href: `${base}/${r.contractId}/rapportages/${r.quarter}`,
    due: null,
    urgent: false,
  }));
}

/** The supplier's side: reports to fill in (due or late) and questions to answer, from the report overview. */
async function reportsToFill(db: Db, scope: Scope, base: string, today: string): Promise<WorkItem[]> {
  const overview = await reportOverview(db, { viewer: { orgId: scope.orgId, orgKind: scope.side }, today });
  return overview
    .filter((c) => scope.contracts.has(c.contract.id))
    .flatMap(({ contract, quarters }) =>
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

async function proposalItems(db: Db, scope: Scope, base: string): Promise<WorkItem[]> {
  const rows = await db
    .select({ id: kpis.id, name: kpis.name, contractId: kpis.contractId })
    .from(kpis)
    .where(and(ofSide(scope, kpis), eq(kpis.status, "proposed"), ne(kpis.proposedByKind, scope.side)));
  return rows.map((k) => ({
    key: `kpi:${k.id}`,
    kind: "kpi_proposal",
    title: `KPI-voorstel ‘${k.name}’ beantwoorden`,
    contract: scope.contracts.get(k.contractId)!,
    href: `${base}/${k.contractId}/kpis/${k.id}`,
    due: null,
    urgent: false,
  }));
}

/** Reviews the other side has signed and this side has not: the signature is what is waited for. */
async function signatureItems(db: Db, scope: Scope, base: string): Promise<WorkItem[]> {
  const [mine, theirs] =
    scope.side === "buyer" ? [reviews.buyerSignedAt, reviews.supplierSignedAt] : [reviews.supplierSignedAt, reviews.buyerSignedAt];
  const rows = await db
    .select({ id: reviews.id, quarter: reviews.quarter, contractId: reviews.contractId })
    .from(reviews)
    .where(and(ofSide(scope, reviews), eq(reviews.status, "draft"), isNull(mine), isNotNull(theirs)));
  return rows.map((r) => ({
    key: `sign:${r.id}`,
    kind: "sign_review",
    title: `Kwartaalreview ${quarterLabel(quarterFromKey(r.quarter))} ondertekenen`,
    contract: scope.contracts.get(r.contractId)!,
    href: `${base}/${r.contractId}/reviews/${r.quarter}`,
    due: null,
    urgent: true,
  }));
}

/**
 * Waivers above the four-eyes threshold that wait for a second buyer user: for whoever may approve
 * them and did not grant them (the one who granted it cannot be the second pair of eyes).
 */
async function waiverItems(db: Db, scope: Scope, base: string, actor: Actor): Promise<WorkItem[]> {
  if (scope.side !== "buyer" || !can(actor.org.kind, actor.role, "reviews.approve_waiver")) return [];
  const rows = await db
    .select({
      id: reviewScores.id,
      cents: reviewScores.waiverCents,
      kpiName: kpis.name,
      quarter: reviews.quarter,
      contractId: reviews.contractId,
    })
    .from(reviewScores)
    .innerJoin(reviews, and(eq(reviews.tenantId, reviewScores.tenantId), eq(reviews.id, reviewScores.reviewId)))
    .innerJoin(kpis, and(eq(kpis.tenantId, reviewScores.tenantId), eq(kpis.id, reviewScores.kpiId)))
    .where(
      and(
        ofSide(scope, reviews),
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
    contract: scope.contracts.get(w.contractId)!,
    href: `${base}/${w.contractId}/reviews/${w.quarter}`,
    due: null,
    urgent: false,
  }));
}

async function actionItemsOf(db: Db, scope: Scope, base: string, today: string): Promise<WorkItem[]> {
  const rows = await db
    .select({
      id: actionItems.id,
      title: actionItems.title,
      dueDate: actionItems.dueDate,
      contractId: actionItems.contractId,
      quarter: reviews.quarter,
    })
    .from(actionItems)
    .innerJoin(reviews, and(eq(reviews.tenantId, actionItems.tenantId), eq(reviews.id, actionItems.reviewId)))
    .where(and(ofSide(scope, actionItems), eq(actionItems.status, "open"), eq(actionItems.ownerSide, scope.side)));
  return rows.map((a) => ({
    key: `action:${a.id}`,
    kind: "action_item",
    title: `Actiepunt ‘${a.title}’${a.dueDate ? ` (uiterlijk ${formatDate(a.dueDate)})` : ""}`,
    contract: scope.contracts.get(a.contractId)!,
    href: `${base}/${a.contractId}/reviews/${a.quarter}`,
    due: a.dueDate,
    urgent: Boolean(a.dueDate && a.dueDate < today),
  }));
}

async function roadmapItemsOf(db: Db, scope: Scope, base: string, today: string): Promise<WorkItem[]> {
  const rows = await db
    .select({ id: roadmapItems.id, title: roadmapItems.title, dueDate: roadmapItems.dueDate, contractId: roadmapItems.contractId })
    .from(roadmapItems)
    .where(
      and(
        ofSide(scope, roadmapItems),
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
    contract: scope.contracts.get(r.contractId)!,
    href: `${base}/${r.contractId}/roadmap`,
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

type VisibleContracts = Awaited<ReturnType<typeof listContracts>>;

/**
 * Everything waiting for this person, most urgent first. `visible`: every contract the actor may
 * see, when the caller has read them already (the home page lists them too).
 */
export async function worklist(
  db: Db,
  { actor, today, now = new Date(), visible }: { actor: Actor; today: string; now?: Date; visible?: VisibleContracts },
): Promise<WorkItem[]> {
  const managedBy = worksOnManagedOnly(actor) ? actor.userId : undefined;
  const contracts = await workingContracts(db, actor, managedBy, visible);
  const scope: Scope = {
    side: actor.org.kind,
    orgId: actor.org.id,
    contracts: new Map(contracts.map((c) => [c.id, { id: c.id, title: c.title }])),
    managedBy,
  };
  const base = `/${actor.org.slug}/contracten`;
  const reviewScope = { base, tenantId: actor.org.id, contracts };
  const parts = await Promise.all([
    ...(contracts.length === 0
      ? []
      : [
          scope.side === "buyer" ? reportsToAssess(db, scope, base) : reportsToFill(db, scope, base, today),
          proposalItems(db, scope, base),
          signatureItems(db, scope, base),
          waiverItems(db, scope, base, actor),
          actionItemsOf(db, scope, base, today),
          roadmapItemsOf(db, scope, base, today),
          ...(actor.org.kind === "buyer" ? [reviewsToPlan(db, reviewScope, today), reviewsToPrepare(db, reviewScope, now)] : []),
        ]),
    ...organisationItems(db, actor),
  ]);
  return sortWork(parts.flat());
}
