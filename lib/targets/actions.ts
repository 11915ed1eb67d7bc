import { and, eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { organisationTargets } from "@/db/schema";
import { recordAudit } from "@/lib/audit";
import { ConflictError, NotFoundError, ValidationError } from "@/lib/errors";
import { getUsableIndicator } from "@/lib/indicators/queries";
import { toNumeric, valueRangeError, type IndicatorRange } from "@/lib/indicators/rules";
import { getTargetInTenant } from "./queries";
import { formatWithUnit, milestoneTarget } from "./rules";
import { CreateTarget, DeleteTarget, UpdateTarget } from "./schemas";
import { defineAction } from "@/lib/http/action";

/** The indicator of the form; a missing or another tenant's indicator is the same field error. */
async function chosenIndicator(tx: Db, tenantId: string, id: string) {
  try {
    return await getUsableIndicator(tx, { tenantId, id });
  } catch (error) {
    if (error instanceof NotFoundError) throw new ValidationError({ indicatorId: "Kies een indicator uit de lijst." });
    throw error;
  }
}

/** Base value and every milestone (also a % change, once worked out) within the indicator's range. */
function checkRanges(indicator: IndicatorRange, input: CreateTarget) {
  const errors: Record<string, string> = {};
  const baseError = valueRangeError(indicator, input.baseValue);
  if (baseError) errors.baseValue = baseError;
  input.milestones.forEach((m, i) => {
    const target = milestoneTarget(input, m);
    const error = valueRangeError(indicator, target);
    if (!error) return;
    errors[`milestones.${i}.value`] =
      m.mode === "value" ? error : `Dit komt neer op ${formatWithUnit(target, indicator.unitLabel)}. ${error}`;
  });
  if (Object.keys(errors).length > 0) throw new ValidationError(errors);
}

function columnsOf(input: CreateTarget) {
  return {
    name: input.name,
    description: input.description,
    indicatorId: input.indicatorId,
    baseYear: input.baseYear,
    baseValue: toNumeric(input.baseValue)!,
    milestones: input.milestones.map((m) => ({ year: m.year, mode: m.mode, value: m.value })),
  };
}

export const createTarget = defineAction({
  name: "targets.create",
  permission: "targets.edit",
  input: CreateTarget,
  async handler(tx, ctx, input) {
    checkRanges(await chosenIndicator(tx, ctx.org.id, input.indicatorId), input);
    const [row] = await tx
      .insert(organisationTargets)
      .values({ ...columnsOf(input), tenantId: ctx.org.id })
      .returning();
    await recordAudit(tx, ctx, { tenantId: ctx.org.id, entity: "organisation_target", entityId: row.id, action: "create", after: row });
    return { id: row.id, version: row.version };
  },
});

export const updateTarget = defineAction({
  name: "targets.update",
  permission: "targets.edit",
  input: UpdateTarget,
  async handler(tx, ctx, input) {
    const before = await getTargetInTenant(tx, { tenantId: ctx.org.id, id: input.id });
    if (before.version !== input.version) throw new ConflictError();
    checkRanges(await chosenIndicator(tx, ctx.org.id, input.indicatorId), input);
    const [after] = await tx
      .update(organisationTargets)
      .set({ ...columnsOf(input), version: input.version + 1, updatedAt: new Date() })
      .where(
        and(
          eq(organisationTargets.tenantId, ctx.org.id),
          eq(organisationTargets.id, input.id),
          eq(organisationTargets.version, input.version),
        ),
      )
      .returning();
    // Someone saved between our read and this write: the version check in the where caught it.
    if (!after) throw new ConflictError();
    await recordAudit(tx, ctx, {
      tenantId: ctx.org.id,
      entity: "organisation_target",
      entityId: input.id,
      action: "update",
      before,
      after,
    });
    return { id: input.id, version: after.version };
  },
});

const STALE_DELETE =
  "Iemand anders heeft deze doelstelling intussen gewijzigd. Laad de pagina opnieuw en bekijk de wijziging voordat je verwijdert.";

export const deleteTarget = defineAction({
  name: "targets.delete",
  permission: "targets.edit",
  input: DeleteTarget,
  async handler(tx, ctx, input) {
    const before = await getTargetInTenant(tx, { tenantId: ctx.org.id, id: input.id });
    if (before.version !== input.version) throw new ConflictError(STALE_DELETE);
    const deleted = await tx
      .delete(organisationTargets)
      .where(
        and(
          eq(organisationTargets.tenantId, ctx.org.id),
          eq(organisationTargets.id, input.id),
          eq(organisationTargets.version, input.version),
        ),
      )
      .returning({ id: organisationTargets.id });
    if (deleted.length === 0) throw new ConflictError(STALE_DELETE);
    await recordAudit(tx, ctx, { tenantId: ctx.org.id, entity: "organisation_target", entityId: input.id, action: "delete", before });
    return { id: input.id };
  },
});
