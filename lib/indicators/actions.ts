import { and, eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { indicators } from "@/db/schema";
import { recordAudit } from "@/lib/audit";
import { NotFoundError, ValidationError } from "@/lib/errors";
import { absoluteIndicatorProblem, intensityChangeErrors, UNKNOWN_ABSOLUTE } from "./intensity";
import { codeTaken, getOwnIndicator, getUsableIndicator, hasReportedValues, indicatorUsage, intensitiesInto } from "./queries";
import { toNumeric } from "./rules";
import { CreateIndicator, DeleteIndicator, UpdateIndicator } from "./schemas";
import { defineAction } from "@/lib/http/action";

function columnsOf(input: CreateIndicator) {
  return {
    code: input.code,
    name: input.name,
    description: input.description,
    unitCode: input.unitCode,
    unitLabel: input.unitLabel,
    direction: input.direction,
    aggregation: input.aggregation,
    minValue: toNumeric(input.minValue),
    maxValue: toNumeric(input.maxValue),
    activityUnitCode: input.activityUnitCode,
    activityUnitLabel: input.activityUnitLabel,
    absoluteIndicatorId: input.absoluteIndicatorId,
    absoluteFactor: input.absoluteFactor,
  };
}

async function refuseTakenCode(tx: Db, tenantId: string, code: string, exceptId?: string) {
  if (await codeTaken(tx, { tenantId, code, exceptId })) {
    throw new ValidationError({ code: "Deze code is al in gebruik in de catalogus. Kies een andere code." });
  }
}

/**
 * Why the absolute indicator an intensity names cannot be used, as a field error. Only what this
 * organisation sees counts: another tenant's id gets the message an unknown id gets.
 */
async function absoluteIndicatorError(
  tx: Db,
  tenantId: string,
  input: CreateIndicator,
  selfId: string | null,
): Promise<Record<string, string>> {
  if (!input.absoluteIndicatorId) return {};
  try {
    const absolute = await getUsableIndicator(tx, { tenantId, id: input.absoluteIndicatorId });
    const problem = absoluteIndicatorProblem(selfId, absolute);
    return problem ? { absoluteIndicatorId: problem } : {};
  } catch (error) {
    if (error instanceof NotFoundError) return { absoluteIndicatorId: UNKNOWN_ABSOLUTE };
    throw error;
  }
}

function usageText(usage: { targets: number; goals: number }): string {
  const parts = [
    usage.targets ? `${usage.targets} ${usage.targets === 1 ? "doelstelling" : "doelstellingen"}` : null,
    usage.goals ? `${usage.goals} ${usage.goals === 1 ? "doel" : "doelen"} in het Waardenwiel` : null,
  ].filter(Boolean);
  return parts.join(" en ");
}

export const createIndicator = defineAction({
  name: "indicators.create",
  permission: "indicators.manage",
  input: CreateIndicator,
  async handler(tx, ctx, input) {
    await refuseTakenCode(tx, ctx.org.id, input.code);
    const absoluteError = await absoluteIndicatorError(tx, ctx.org.id, input, null);
    if (Object.keys(absoluteError).length > 0) throw new ValidationError(absoluteError);
    const [row] = await tx
      .insert(indicators)
      .values({ ...columnsOf(input), ownerOrgId: ctx.org.id })
      .returning();
    await recordAudit(tx, ctx, { tenantId: ctx.org.id, entity: "indicator", entityId: row.id, action: "create", after: row });
    return { id: row.id };
  },
});

export const updateIndicator = defineAction({
  name: "indicators.update",
  permission: "indicators.manage",
  input: UpdateIndicator,
  async handler(tx, ctx, input) {
    const before = await getOwnIndicator(tx, { tenantId: ctx.org.id, id: input.id });
    await refuseTakenCode(tx, ctx.org.id, input.code, input.id);
    const [usage, reported, into] = await Promise.all([
      indicatorUsage(tx, { tenantId: ctx.org.id, id: input.id }),
      hasReportedValues(tx, { tenantId: ctx.org.id, indicatorId: input.id }),
      intensitiesInto(tx, { tenantId: ctx.org.id, id: input.id }),
    ]);
    const locked: Record<string, string> = {
      ...intensityChangeErrors({ before, after: input, reported, intensitiesInto: into }),
      ...(await absoluteIndicatorError(tx, ctx.org.id, input, input.id)),
    };
    // Targets and goals were set in this unit and direction; changing them would silently
    // change what those numbers mean.
    if (usage.targets + usage.goals > 0) {
      const message = `Deze indicator wordt gebruikt door ${usageText(usage)}; dit kun je niet meer wijzigen.`;
      if (input.unitCode !== before.unitCode) locked.unitCode = message;
      if (input.direction !== before.direction) locked.direction = message;
      if (input.aggregation !== before.aggregation) locked.aggregation = message;
    }
    if (Object.keys(locked).length > 0) throw new ValidationError(locked);
    const [after] = await tx
      .update(indicators)
      .set(columnsOf(input))
      .where(and(eq(indicators.ownerOrgId, ctx.org.id), eq(indicators.id, input.id)))
      .returning();
    await recordAudit(tx, ctx, { tenantId: ctx.org.id, entity: "indicator", entityId: input.id, action: "update", before, after });
    return { id: input.id };
  },
});

export const deleteIndicator = defineAction({
  name: "indicators.delete",
  permission: "indicators.manage",
  input: DeleteIndicator,
  async handler(tx, ctx, input) {
    const before = await getOwnIndicator(tx, { tenantId: ctx.org.id, id: input.id });
    const usage = await indicatorUsage(tx, { tenantId: ctx.org.id, id: input.id });
    if (usage.targets + usage.goals > 0) {
      throw new ValidationError(
        { _form: `Deze indicator wordt gebruikt door ${usageText(usage)}. Verwijder of wijzig die eerst.` },
        `"${before.name}" kan niet worden verwijderd: de indicator wordt gebruikt door ${usageText(usage)}. ` +
          "Verwijder of wijzig die eerst.",
      );
    }
    await tx.delete(indicators).where(and(eq(indicators.ownerOrgId, ctx.org.id), eq(indicators.id, input.id)));
    await recordAudit(tx, ctx, { tenantId: ctx.org.id, entity: "indicator", entityId: input.id, action: "delete", before });
    return { id: input.id };
  },
});
