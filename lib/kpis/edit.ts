// The shared steps of every change to an existing KPI: find it as this actor (not found when the
// actor may not see it), check the contract is theirs to manage, compare versions, decide through
// the KPI policy whether the change is written directly, as a proposal to the other side (keeping
// the agreed version when it reopens an agreed KPI) or not at all, and save with the version in
// the where clause so two people editing at once never overwrite each other.
import { contractSide } from "@/lib/auth/permissions";
import { and, eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { growthPathVersions, kpis, kpiThemes, type Kpi } from "@/db/schema";
import { recordAudit } from "@/lib/audit";
import { viewerOf } from "@/lib/contracts/queries";
import { ConflictError, ForbiddenError } from "@/lib/errors";
import { agreedTermsOf, termsOf } from "./agreed-terms";
import { counterpartyLabel, kpiChangeRoute, type KpiChange, type KpiChangeOutcome } from "./policy";
import { amsterdamToday } from "@/lib/time";
import { notifyOtherSide } from "@/lib/notifications/create";
import { getKpiRow } from "./queries";
import { contractForKpis, type KpiWriter } from "./store";
import type { Actor } from "@/lib/auth/actor";

export type KpiForWrite = Awaited<ReturnType<typeof kpiForWrite>>;

/** The KPI and its contract for a change by this actor at the version the form was opened with. */
export async function kpiForWrite(tx: Db, ctx: Actor, kpiId: string, version: number) {
  const kpi = await getKpiRow(tx, { viewer: viewerOf(ctx), kpiId });
  const contract = await contractForKpis(tx, ctx, kpi.contractId);
  if (kpi.version !== version) throw new ConflictError();
  return { kpi, contract };
}

type KpiColumns = Partial<Omit<Kpi, "tenantId" | "id" | "contractId" | "version">>;

/**
 * Routes a change through the KPI policy before the KPI is written: refused with the policy's
 * message, or the columns that make it a proposal of the actor's side (and the agreed version
 * kept when it reopens an agreed KPI), the other side notified in the same transaction. Call it only for a real change: a save that changes
 * nothing must not reopen an agreed KPI.
 */
export async function routeKpiChange(
  tx: Db,
  ctx: Actor,
  { kpi, contract }: KpiForWrite,
  change: KpiChange,
): Promise<{ columns: KpiColumns; outcome: Exclude<KpiChangeOutcome, { route: "unchanged" }> }> {
  const route = kpiChangeRoute(contractSide(ctx.org.kind), kpi, contract, change, amsterdamToday());
  if (route.route === "refused") throw new ForbiddenError(route.message);
  if (route.route === "direct") return { columns: {}, outcome: { route: "direct" } };
  // Reopening an agreed KPI keeps what was agreed on the row, to bring back on rejection.
  const agreed = route.reopens ? { agreedVersion: await termsOf(tx, kpi) } : {};
  const counter = kpi.status === "proposed" && kpi.proposedByKind !== ctx.org.kind;
  // What the other side agreed to, or proposed itself, now waits on its answer: tell them. A
  // change to one's own pending proposal was already announced. Written in this transaction, so
  // a save that fails on a conflict leaves no notification.
  if (route.reopens || counter)
    await notifyOtherSide(tx, ctx, contract, {
      kind: "kpi_proposed",
      subjectId: kpi.id,
      title: `${counter ? "Tegenvoorstel" : "Wijziging voorgesteld"}: ${kpi.name}`,
      path: `contracten/${contract.id}/kpis/${kpi.id}`,
      dedupe: `${kpi.id}:${kpi.version + 1}`,
    });
  return {
    columns: {
      status: "proposed",
      proposedByKind: contractSide(ctx.org.kind),
      proposedByUserId: ctx.userId,
      rejectionReason: null,
      ...agreed,
    },
    outcome: {
      route: "proposal",
      to: route.to,
      reopened: route.reopens,
      counter,
      toLabel: counterpartyLabel(route.to, contract),
    },
  };
}

/** Writes changed columns with the next version; a concurrent change in between is a conflict. */
export async function saveKpi(
  tx: Db,
  ctx: KpiWriter,
  before: Kpi,
  changes: KpiColumns,
  audit: { action: string; extra?: Record<string, unknown> },
): Promise<Kpi> {
  const [after] = await tx
    .update(kpis)
    .set({ ...changes, version: before.version + 1, updatedAt: new Date() })
    .where(and(eq(kpis.tenantId, before.tenantId), eq(kpis.id, before.id), eq(kpis.version, before.version)))
    .returning();
  if (!after) throw new ConflictError();
  await recordAudit(tx, ctx, {
    tenantId: before.tenantId,
    entity: "kpi",
    entityId: before.id,
    action: audit.action,
    before,
    after: audit.extra ? { ...after, ...audit.extra } : after,
  });
  return after;
}

export async function replaceKpiThemes(
  tx: Db,
  { tenantId, kpiId, themeIds }: { tenantId: string; kpiId: string; themeIds: string[] },
): Promise<void> {
  await tx.delete(kpiThemes).where(and(eq(kpiThemes.tenantId, tenantId), eq(kpiThemes.kpiId, kpiId)));
  const unique = [...new Set(themeIds)];
  if (unique.length > 0) await tx.insert(kpiThemes).values(unique.map((themeId) => ({ tenantId, kpiId, themeId })));
}

/**
 * Brings back the agreed version of a reopened KPI: its terms, themes and growth path, active
 * again from the quarter it counted from. `reason` is why the change was rejected, if it was.
 */
export async function restoreAgreedTerms(
  tx: Db,
  ctx: Actor,
  kpi: Kpi,
  audit: { action: "reject_change" | "withdraw_change"; reason?: string },
): Promise<Kpi> {
  const agreed = agreedTermsOf(kpi);
  if (!agreed) throw new ConflictError("De afgesproken versie van deze KPI is niet gevonden. Beslis over de wijziging of pas haar aan.");
  const { decidedAt, ...agreement } = agreed.agreement;
  const after = await saveKpi(
    tx,
    ctx,
    kpi,
    {
      ...agreed.terms,
      ...agreement,
      decidedAt: decidedAt ? new Date(decidedAt) : null,
      status: "active",
      rejectionReason: audit.reason ?? null,
      agreedVersion: null,
    },
    { action: audit.action, extra: { themeIds: agreed.themeIds, growthPath: agreed.growthPath } },
  );
  await replaceKpiThemes(tx, { tenantId: kpi.tenantId, kpiId: kpi.id, themeIds: agreed.themeIds });
  await tx.delete(growthPathVersions).where(and(eq(growthPathVersions.tenantId, kpi.tenantId), eq(growthPathVersions.kpiId, kpi.id)));
  if (agreed.growthPath.length > 0) {
    await tx
      .insert(growthPathVersions)
      .values(agreed.growthPath.map((v) => ({ ...v, tenantId: kpi.tenantId, kpiId: kpi.id, createdAt: new Date(v.createdAt) })));
  }
  return after;
}
