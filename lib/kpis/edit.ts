// The shared steps of every change to an existing KPI: find it as this actor (not found when the
// actor may not see it), check the contract is theirs to manage, compare versions, and save with
// the version in the where clause so two people editing at once never overwrite each other.
import { and, eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { kpis, type Kpi } from "@/db/schema";
import type { ActionContext } from "@/lib/action";
import { recordAudit } from "@/lib/audit";
import { viewerOf } from "@/lib/contracts/queries";
import { ConflictError, ForbiddenError } from "@/lib/errors";
import { contractHasStarted, EDIT_AFTER_START_MESSAGE } from "./proposal";
import { getKpiRow } from "./queries";
import { contractForKpis } from "./store";

export type KpiForWrite = Awaited<ReturnType<typeof kpiForWrite>>;

/** The KPI and its contract for a change by this actor at the version the form was opened with. */
export async function kpiForWrite(tx: Db, ctx: ActionContext, kpiId: string, version: number) {
  const kpi = await getKpiRow(tx, viewerOf(ctx), kpiId);
  const contract = await contractForKpis(tx, ctx, kpi.contractId);
  if (kpi.version !== version) throw new ConflictError();
  return { kpi, contract };
}

/**
 * Before the start both sides shape the KPIs freely; once the contract runs, an active KPI only
 * changes through the quarterly review (seed 002 §4.1.6), and a decided-on KPI not at all.
 */
export function assertKpiEditable(kpi: Kpi, contract: { startDate: string }, today: string): void {
  if (kpi.status === "rejected") throw new ForbiddenError("Dit voorstel is afgewezen en kan niet meer worden gewijzigd.");
  if (kpi.status === "retired") throw new ForbiddenError("Deze KPI is beëindigd en kan niet meer worden gewijzigd.");
  if (kpi.status === "active" && contractHasStarted(contract, today)) throw new ForbiddenError(EDIT_AFTER_START_MESSAGE);
}

/** Writes changed columns with the next version; a concurrent change in between is a conflict. */
export async function saveKpi(
  tx: Db,
  ctx: ActionContext,
  before: Kpi,
  changes: Partial<Omit<Kpi, "tenantId" | "id" | "contractId" | "version">>,
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
