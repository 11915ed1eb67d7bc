import { and, eq } from "drizzle-orm";
import { footprintBaselines, packageFootprints } from "@/db/schema";
import { recordAudit } from "@/lib/audit";
import { ConflictError, ValidationError } from "@/lib/errors";
import { defineAction } from "@/lib/http/action";
import { getFootprintBaseline, getPackageFootprint, orgThemeIdsAmong } from "./queries";
import { SaveFootprintBaseline, SavePackageFootprint } from "./schemas";

// The footprint baseline belongs with the organisation's targets: the coordinator (and the admin)
// who keep those keep this too.
export const saveFootprintBaseline = defineAction({
  name: "footprint.save_baseline",
  permission: "targets.edit",
  input: SaveFootprintBaseline,
  async handler(tx, ctx, input) {
    const tenantId = ctx.org.id;
    const before = await getFootprintBaseline(tx, { tenantId });
    if ((before?.version ?? 0) !== input.version) throw new ConflictError();
    const columns = { fte: input.fte, fteYear: input.fteYear ?? null, updatedByUserId: ctx.userId, updatedAt: new Date() };
    const [after] = before
      ? await tx
          .update(footprintBaselines)
          .set({ ...columns, version: before.version + 1 })
          .where(and(eq(footprintBaselines.tenantId, tenantId), eq(footprintBaselines.version, before.version)))
          .returning()
      : await tx
          .insert(footprintBaselines)
          .values({ ...columns, tenantId })
          .onConflictDoNothing()
          .returning();
    // Someone saved between our read and this write.
    if (!after) throw new ConflictError();
    await recordAudit(tx, ctx, {
      tenantId,
      entity: "footprint_baseline",
      entityId: tenantId,
      action: before ? "update" : "create",
      before,
      after,
    });
    return { version: after.version };
  },
});

export const savePackageFootprint = defineAction({
  name: "footprint.save_package",
  permission: "targets.edit",
  input: SavePackageFootprint,
  async handler(tx, ctx, input) {
    const tenantId = ctx.org.id;
    const known = await orgThemeIdsAmong(tx, { tenantId, ids: input.themeIds });
    if (input.themeIds.some((id) => !known.has(id))) throw new ValidationError({ themeIds: "Kies thema's uit het eigen Waardenwiel." });
    const before = await getPackageFootprint(tx, { tenantId, purchasingPackage: input.purchasingPackage });
    if ((before?.version ?? 0) !== input.version) throw new ConflictError();
    const columns = {
      kgPerFte: input.kgPerFte,
      source: input.source,
      sourceYear: input.sourceYear ?? null,
      strategic: input.strategic,
      themeIds: [...new Set(input.themeIds)],
      updatedByUserId: ctx.userId,
      updatedAt: new Date(),
    };
    const [after] = before
      ? await tx
          .update(packageFootprints)
          .set({ ...columns, version: before.version + 1 })
          .where(
            and(
              eq(packageFootprints.tenantId, tenantId),
              eq(packageFootprints.purchasingPackage, input.purchasingPackage),
              eq(packageFootprints.version, before.version),
            ),
          )
          .returning()
      : await tx
          .insert(packageFootprints)
          .values({ ...columns, tenantId, purchasingPackage: input.purchasingPackage })
          .onConflictDoNothing()
          .returning();
    if (!after) throw new ConflictError();
    await recordAudit(tx, ctx, {
      tenantId,
      entity: "package_footprint",
      entityId: input.purchasingPackage,
      action: before ? "update" : "create",
      before,
      after,
    });
    return { purchasingPackage: input.purchasingPackage, version: after.version };
  },
});
