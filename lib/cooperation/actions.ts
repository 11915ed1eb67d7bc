// The cooperation form and droompartner are the buyer's choices before the tender (seed 004
// bijlage 2 stap 4–5): the contract's manager or an admin records them; the supplier reads them.
import { and, eq } from "drizzle-orm";
import { contracts } from "@/db/schema";
import { defineAction } from "@/lib/action";
import { recordAudit } from "@/lib/audit";
import { assertManagesContract } from "@/lib/contracts/policy";
import { getContractInTenant } from "@/lib/contracts/queries";
import { ConflictError } from "@/lib/errors";
import { inTenant } from "@/lib/tenancy";
import { compactDreamPartner } from "./rules";
import { UpdateCooperation } from "./schemas";

export const updateCooperation = defineAction({
  name: "contracts.update_cooperation",
  permission: "contracts.update",
  input: UpdateCooperation,
  async handler(ctx, input) {
    return inTenant(ctx, async (tx) => {
      const before = await getContractInTenant(tx, { tenantId: ctx.org.id, id: input.contractId });
      assertManagesContract(ctx, before);
      if (before.version !== input.version) throw new ConflictError();
      const { contractId, version, cooperationForm, ...topics } = input;
      const [after] = await tx
        .update(contracts)
        .set({ cooperationForm, dreamPartner: compactDreamPartner(topics), version: version + 1, updatedAt: new Date() })
        .where(and(eq(contracts.tenantId, ctx.org.id), eq(contracts.id, contractId), eq(contracts.version, version)))
        .returning();
      if (!after) throw new ConflictError();
      await recordAudit(tx, ctx, {
        tenantId: ctx.org.id,
        entity: "contract",
        entityId: contractId,
        action: "update_cooperation",
        before: { cooperationForm: before.cooperationForm, dreamPartner: before.dreamPartner },
        after: { cooperationForm: after.cooperationForm, dreamPartner: after.dreamPartner },
      });
      return { id: contractId, version: after.version };
    });
  },
});
