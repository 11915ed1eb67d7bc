// Marking roadmap actions done ("Afronden"), one at a time or several at once from the roadmap
// page; the same people who edit the roadmap may finish its actions.
import { and, eq } from "drizzle-orm";
import { roadmapItems } from "@/db/schema";
import { recordAudit } from "@/lib/audit";
import { getContractOfActor } from "@/lib/contracts/queries";
import { ConflictError, ValidationError } from "@/lib/errors";
import { defineAction } from "@/lib/http/action";
import { defineBulkAction } from "@/lib/http/bulk";
import { assertMayEditRoadmap } from "./policy";
import { getRoadmapItem } from "./queries";
import { CompleteRoadmapItem } from "./schemas";

const refuse = (message: string) => new ValidationError({ _form: message }, message);

export const completeRoadmapItem = defineAction({
  name: "roadmap.complete",
  permission: "roadmap.edit",
  input: CompleteRoadmapItem,
  async handler(tx, ctx, input) {
    const contract = await getContractOfActor(tx, ctx, input.contractId);
    assertMayEditRoadmap(ctx, contract);
    const before = await getRoadmapItem(tx, { tenantId: contract.tenantId, contractId: contract.id, id: input.id });
    if (before.version !== input.version) throw new ConflictError();
    if (before.status === "done") throw refuse("Deze actie is al gereed.");
    if (before.status === "dropped") throw refuse("Deze actie is vervallen; zet haar eerst weer open.");
    const [after] = await tx
      .update(roadmapItems)
      .set({ status: "done", version: before.version + 1 })
      .where(and(eq(roadmapItems.tenantId, contract.tenantId), eq(roadmapItems.id, before.id), eq(roadmapItems.version, before.version)))
      .returning();
    if (!after) throw new ConflictError();
    await recordAudit(tx, ctx, {
      tenantId: contract.tenantId,
      entity: "roadmap_item",
      entityId: before.id,
      action: "complete",
      before,
      after,
    });
    return { id: after.id, version: after.version };
  },
});

/** Items are "contractId:itemId:version"; each is finished on its own (lib/http/bulk.ts). */
export const completeRoadmapItems = defineBulkAction({
  name: "roadmap.complete_many",
  permission: "roadmap.edit",
  single: completeRoadmapItem,
  inputOf: (item) => {
    const [contractId = "", id = "", version = ""] = item.split(":");
    return { contractId, id, version };
  },
});
