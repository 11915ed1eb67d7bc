// Setting a KPI's growth path before it runs: the path is replaced as version 1, in force from
// the contract's first quarter, since nothing has been measured against it yet. On an agreed KPI
// that is a proposal to the other side like any other change (./policy.ts). Once an agreed KPI
// runs, a new version comes only from a growth-path decision of the quarterly review, signed by
// both parties, effective from a coming quarter (lib/reviews/finalize.ts): past targets stay.
import { and, asc, eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { growthPathVersions } from "@/db/schema";
import { recordAudit } from "@/lib/audit";
import { ValidationError } from "@/lib/errors";
import { contractQuarters } from "@/lib/periods";
import { samePath } from "./agreed-terms";
import { milestoneErrors } from "./definition";
import { kpiForWrite, routeKpiChange, saveKpi, type KpiForWrite } from "./edit";
import type { KpiChangeOutcome } from "./policy";
import { pathInterpolation } from "./rules";
import { SetGrowthPath } from "./schemas";
import { canonicalMilestones } from "./store";
import type { Actor } from "@/lib/auth/actor";
import { defineAction } from "@/lib/http/action";

export const setGrowthPath = defineAction({
  name: "kpis.set_growth_path",
  permission: "kpis.propose",
  input: SetGrowthPath,
  async handler(tx, ctx, input) {
    const target = await kpiForWrite(tx, ctx, input.id, input.version);
    const { kpi, contract } = target;
    const errors = milestoneErrors(contract, input, kpi.kind);
    if (Object.keys(errors).length > 0) throw new ValidationError(errors);
    const before = await existingVersions(tx, target.kpi);
    const path = {
      effectiveFrom: firstQuarterOf(target),
      interpolation: pathInterpolation(kpi.kind, input.interpolation),
      milestones: canonicalMilestones(input.milestones),
    };
    if (samePath(before, [path]))
      return {
        id: kpi.id,
        version: kpi.version,
        pathVersion: 1,
        effectiveFrom: path.effectiveFrom,
        outcome: { route: "unchanged" } as KpiChangeOutcome,
      };
    const { columns, outcome } = await routeKpiChange(tx, ctx, target, "growth_path");
    const row = await replacePath(tx, ctx, target, before, input);
    const after = await saveKpi(tx, ctx, kpi, columns, { action: "update", extra: { growthPathVersion: row.versionNumber } });
    return {
      id: kpi.id,
      version: after.version,
      pathVersion: row.versionNumber,
      effectiveFrom: row.effectiveFrom,
      outcome: outcome as KpiChangeOutcome,
    };
  },
});

const firstQuarterOf = ({ contract }: KpiForWrite) => contractQuarters(contract.startDate, contract.endDate)[0].key;

async function existingVersions(tx: Db, kpi: KpiForWrite["kpi"]) {
  return tx
    .select()
    .from(growthPathVersions)
    .where(and(eq(growthPathVersions.tenantId, kpi.tenantId), eq(growthPathVersions.kpiId, kpi.id)))
    .orderBy(asc(growthPathVersions.versionNumber));
}

/** The agreed path is version 1, in force from the contract's first quarter. */
async function replacePath(
  tx: Db,
  ctx: Actor,
  target: KpiForWrite,
  before: Awaited<ReturnType<typeof existingVersions>>,
  input: SetGrowthPath,
) {
  const { kpi } = target;
  await tx.delete(growthPathVersions).where(and(eq(growthPathVersions.tenantId, kpi.tenantId), eq(growthPathVersions.kpiId, kpi.id)));
  const [row] = await tx
    .insert(growthPathVersions)
    .values({
      tenantId: kpi.tenantId,
      kpiId: kpi.id,
      versionNumber: 1,
      effectiveFrom: firstQuarterOf(target),
      interpolation: pathInterpolation(kpi.kind, input.interpolation),
      milestones: canonicalMilestones(input.milestones),
      reason: input.reason,
      createdByUserId: ctx.userId,
    })
    .returning();
  await recordAudit(tx, ctx, { tenantId: kpi.tenantId, entity: "growth_path", entityId: kpi.id, action: "replace", before, after: row });
  return row;
}
