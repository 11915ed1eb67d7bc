// Writes to a contract's roadmap. Both parties shape it (seed 004 bijlage 2 stap 6: "samen een
// groeimodel of roadmap ontwikkelen"): the buyer's admin or the contract's own contract manager,
// and the supplier's admin or reporter on a contract it is party to.
import { and, eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { innovations, roadmapItems } from "@/db/schema";
import { notifyRoadmapOwner } from "@/lib/notifications/events";
import { recordAudit } from "@/lib/audit";
import { getContractOfActor } from "@/lib/contracts/queries";
import { ConflictError, ValidationError } from "@/lib/errors";
import { assertMayEditRoadmap } from "./policy";
import { contractWheelThemes, getRoadmapItem } from "./queries";
import { dueDateError } from "./rules";
import { CreateRoadmapItem, DeleteRoadmapItem, UpdateRoadmapItem } from "./schemas";
import type { Actor } from "@/lib/auth/actor";
import { defineAction } from "@/lib/http/action";

type RoadmapContract = { tenantId: string; id: string; startDate: string; endDate: string };

/** The contract whose roadmap the actor may change; anything else is "not found" or forbidden. */
async function roadmapContract(tx: Db, ctx: Actor, contractId: string): Promise<RoadmapContract> {
  const contract = await getContractOfActor(tx, ctx, contractId);
  assertMayEditRoadmap(ctx, contract);
  return contract;
}

/** The due date inside the contract period and the theme from the contract's own wheel. */
async function checkFields(tx: Db, contract: RoadmapContract, input: { dueDate: string; themeId: string | null }) {
  const errors: Record<string, string> = {};
  const dateError = dueDateError(input.dueDate, contract);
  if (dateError) errors.dueDate = dateError;
  if (input.themeId) {
    const themes = await contractWheelThemes(tx, { tenantId: contract.tenantId, contractId: contract.id });
    if (!themes.some((t) => t.id === input.themeId)) errors.themeId = "Kies een thema uit het Waardenwiel van dit contract.";
  }
  if (Object.keys(errors).length > 0) throw new ValidationError(errors);
}

export const createRoadmapItem = defineAction({
  name: "roadmap.create",
  permission: "roadmap.edit",
  input: CreateRoadmapItem,
  async handler(tx, ctx, input) {
    const contract = await roadmapContract(tx, ctx, input.contractId);
    await checkFields(tx, contract, input);
    const [row] = await tx
      .insert(roadmapItems)
      .values({ ...input, tenantId: contract.tenantId, contractId: contract.id })
      .returning();
    await recordAudit(tx, ctx, { tenantId: contract.tenantId, entity: "roadmap_item", entityId: row.id, action: "create", after: row });
    await notifyRoadmapOwner(tx, row, ctx.userId);
    return { id: row.id };
  },
});

export const updateRoadmapItem = defineAction({
  name: "roadmap.update",
  permission: "roadmap.edit",
  input: UpdateRoadmapItem,
  async handler(tx, ctx, input) {
    const contract = await roadmapContract(tx, ctx, input.contractId);
    const before = await getRoadmapItem(tx, { tenantId: contract.tenantId, contractId: contract.id, id: input.id });
    if (before.version !== input.version) throw new ConflictError();
    await checkFields(tx, contract, input);
    const { id, version, contractId: _contractId, ...fields } = input;
    const [after] = await tx
      .update(roadmapItems)
      .set({ ...fields, version: version + 1 })
      .where(and(eq(roadmapItems.tenantId, contract.tenantId), eq(roadmapItems.id, id), eq(roadmapItems.version, version)))
      .returning();
    // Someone saved between our read and this write: their change stays, ours is refused.
    if (!after) throw new ConflictError();
    await recordAudit(tx, ctx, { tenantId: contract.tenantId, entity: "roadmap_item", entityId: id, action: "update", before, after });
    return { id, version: after.version };
  },
});

export const deleteRoadmapItem = defineAction({
  name: "roadmap.delete",
  permission: "roadmap.edit",
  input: DeleteRoadmapItem,
  async handler(tx, ctx, input) {
    const contract = await roadmapContract(tx, ctx, input.contractId);
    const before = await getRoadmapItem(tx, { tenantId: contract.tenantId, contractId: contract.id, id: input.id });
    if (before.version !== input.version) throw new ConflictError();
    // An innovation carried out by this action keeps its record and loses only the link.
    await tx
      .update(innovations)
      .set({ roadmapItemId: null })
      .where(and(eq(innovations.tenantId, contract.tenantId), eq(innovations.roadmapItemId, input.id)));
    const deleted = await tx
      .delete(roadmapItems)
      .where(and(eq(roadmapItems.tenantId, contract.tenantId), eq(roadmapItems.id, input.id), eq(roadmapItems.version, input.version)))
      .returning({ id: roadmapItems.id });
    if (deleted.length === 0) throw new ConflictError();
    await recordAudit(tx, ctx, { tenantId: contract.tenantId, entity: "roadmap_item", entityId: input.id, action: "delete", before });
    return { id: input.id };
  },
});
