// The cooperation form and droompartner are the buyer's choices before the tender (seed 004
// bijlage 2 stap 4–5): the contract's manager or an admin records them; the supplier reads them.
import { recordAudit } from "@/lib/audit";
import { contractForChange, saveContractChange } from "@/lib/contracts/write";
import { compactDreamPartner } from "./rules";
import { UpdateCooperation } from "./schemas";
import { defineAction } from "@/lib/http/action";

export const updateCooperation = defineAction({
  name: "contracts.update_cooperation",
  permission: "contracts.update",
  input: UpdateCooperation,
  async handler(tx, ctx, input) {
    const before = await contractForChange(tx, ctx, input.contractId, input.version);
    const { contractId, version: _version, cooperationForm, ...topics } = input;
    const after = await saveContractChange(tx, ctx, before, { cooperationForm, dreamPartner: compactDreamPartner(topics) });
    await recordAudit(tx, ctx, {
      tenantId: ctx.org.id,
      entity: "contract",
      entityId: contractId,
      action: "update_cooperation",
      before: { cooperationForm: before.cooperationForm, dreamPartner: before.dreamPartner },
      after: { cooperationForm: after.cooperationForm, dreamPartner: after.dreamPartner },
    });
    return { id: contractId, version: after.version };
  },
});
