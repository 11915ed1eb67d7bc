// Setting a KPI's growth path. Before the contract starts (or while the KPI is still a proposal)
// the path is simply replaced: nothing has been measured against it. Once an active KPI is under
// way a change is a new version effective from a coming quarter, so the targets of quarters that
// have passed stay exactly as they were (DESIGN.md, growth path); the buyer records it, as agreed
// in the quarterly review.
import { and, asc, eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { growthPathVersions } from "@/db/schema";
import { defineAction, type ActionContext } from "@/lib/action";
import { recordAudit } from "@/lib/audit";
import { ForbiddenError, ValidationError } from "@/lib/errors";
import { contractQuarters, quarterFromKey, quarterKey, quarterLabel } from "@/lib/periods";
import { inTenant } from "@/lib/tenancy";
import { milestoneErrors } from "./definition";
import { kpiForWrite, saveKpi, type KpiForWrite } from "./edit";
import { newVersionErrors, nextVersionNumber } from "./growth-path";
import { amsterdamToday, contractHasStarted, firstChangeableQuarter } from "./proposal";
import { toPathVersion } from "./queries";
import { SetGrowthPath } from "./schemas";
import { canonicalMilestones } from "./store";

export const setGrowthPath = defineAction({
  name: "kpis.set_growth_path",
  permission: "kpis.propose",
  input: SetGrowthPath,
  async handler(ctx, input) {
    return inTenant(ctx, async (tx) => {
      const target = await kpiForWrite(tx, ctx, input.id, input.version);
      const { kpi, contract } = target;
      if (kpi.status === "rejected" || kpi.status === "retired") {
        throw new ForbiddenError("Het groeipad van een afgewezen of beëindigde KPI kan niet meer worden gewijzigd.");
      }
      const errors = milestoneErrors(contract, input);
      if (errors.milestones) throw new ValidationError(errors);
      const today = amsterdamToday();
      const underWay = kpi.status === "active" && contractHasStarted(contract, today);
      const version = underWay ? await addVersion(tx, ctx, target, input, today) : await replacePath(tx, ctx, target, input);
      const after = await saveKpi(tx, ctx, kpi, {}, { action: "update", extra: { growthPathVersion: version.versionNumber } });
      return { id: kpi.id, version: after.version, pathVersion: version.versionNumber, effectiveFrom: version.effectiveFrom };
    });
  },
});

async function existingVersions(tx: Db, kpi: KpiForWrite["kpi"]) {
  return tx
    .select()
    .from(growthPathVersions)
    .where(and(eq(growthPathVersions.tenantId, kpi.tenantId), eq(growthPathVersions.kpiId, kpi.id)))
    .orderBy(asc(growthPathVersions.versionNumber));
}

/** Before the start: the agreed path is version 1, in force from the contract's first quarter. */
async function replacePath(tx: Db, ctx: ActionContext, { kpi, contract }: KpiForWrite, input: SetGrowthPath) {
  const before = await existingVersions(tx, kpi);
  await tx.delete(growthPathVersions).where(and(eq(growthPathVersions.tenantId, kpi.tenantId), eq(growthPathVersions.kpiId, kpi.id)));
  const [row] = await tx
    .insert(growthPathVersions)
    .values({
      tenantId: kpi.tenantId,
      kpiId: kpi.id,
      versionNumber: 1,
      effectiveFrom: contractQuarters(contract.startDate, contract.endDate)[0].key,
      interpolation: input.interpolation,
      milestones: canonicalMilestones(input.milestones),
      reason: input.reason,
      createdByUserId: ctx.userId,
    })
    .returning();
  await recordAudit(tx, ctx, { tenantId: kpi.tenantId, entity: "growth_path", entityId: kpi.id, action: "replace", before, after: row });
  return row;
}

/** After the start: a new version from a coming quarter, with a reason. */
async function addVersion(tx: Db, ctx: ActionContext, { kpi, contract }: KpiForWrite, input: SetGrowthPath, today: string) {
  if (ctx.org.kind !== "buyer") {
    throw new ForbiddenError(
      "Dit contract is gestart: een nieuw groeipad legt de opdrachtgever vast, zoals afgesproken in het kwartaalgesprek.",
    );
  }
  const versions = await existingVersions(tx, kpi);
  const baseline = { quarter: kpi.baselineQuarter, value: kpi.baselineValue };
  const firstOpen = firstChangeableQuarter(contract, today);
  const effectiveFrom = input.effectiveFrom ? quarterFromKey(input.effectiveFrom) : firstOpen;
  const candidate = {
    version: nextVersionNumber(versions.map((v) => toPathVersion(v, baseline))),
    effectiveFrom,
    interpolation: input.interpolation,
    reason: input.reason,
    milestones: input.milestones.map((m) => ({ quarter: quarterFromKey(m.quarter), value: m.value })),
    baseline: null,
  };
  const problems = newVersionErrors(
    versions.map((v) => toPathVersion(v, baseline)),
    candidate,
    firstOpen,
  );
  const lastKey = contractQuarters(contract.startDate, contract.endDate).at(-1)!.key;
  if (quarterKey(effectiveFrom) > lastKey) problems.push(`${quarterLabel(effectiveFrom)} valt na het einde van het contract.`);
  if (problems.length > 0) {
    const onReason = problems.filter((p) => p.includes("reden"));
    const rest = problems.filter((p) => !p.includes("reden"));
    throw new ValidationError({
      ...(rest.length ? { effectiveFrom: rest.join(" ") } : {}),
      ...(onReason.length ? { reason: onReason.join(" ") } : {}),
    });
  }
  const [row] = await tx
    .insert(growthPathVersions)
    .values({
      tenantId: kpi.tenantId,
      kpiId: kpi.id,
      versionNumber: candidate.version,
      effectiveFrom: quarterKey(effectiveFrom),
      interpolation: input.interpolation,
      milestones: canonicalMilestones(input.milestones),
      reason: input.reason,
      createdByUserId: ctx.userId,
    })
    .returning();
  await recordAudit(tx, ctx, { tenantId: kpi.tenantId, entity: "growth_path", entityId: kpi.id, action: "new_version", after: row });
  return row;
}
