import type { Db } from "@/db/client";
import { wegwijzerRuns } from "@/db/schema";
import { recordAudit } from "@/lib/audit";
import { getContractInTenant } from "@/lib/contracts/queries";
import { NotFoundError, ValidationError } from "@/lib/errors";
import { SaveWegwijzerRun } from "./schemas";
import { parseWegwijzerAnswers } from "./rules";
import { defineAction } from "@/lib/http/action";

const CONTRACT_CHOICE = "Kies een contract in voorbereiding van je eigen organisatie, of geen contract.";

/** A run can be linked to a contract in preparation (status draft) of the same buyer only. */
async function checkContractInPreparation(tx: Db, tenantId: string, contractId: string): Promise<void> {
  try {
    const contract = await getContractInTenant(tx, { tenantId, id: contractId });
    if (contract.status !== "draft") throw new ValidationError({ contractId: CONTRACT_CHOICE });
  } catch (error) {
    // Another tenant's contract reads as a wrong choice in the list, the same as a missing one.
    if (error instanceof NotFoundError) throw new ValidationError({ contractId: CONTRACT_CHOICE });
    throw error;
  }
}

export const saveWegwijzerRun = defineAction({
  name: "guidance.save_wegwijzer_run",
  permission: "guidance.edit",
  input: SaveWegwijzerRun,
  async handler(tx, ctx, input) {
    const answers = parseWegwijzerAnswers(input.answers);
    if (input.contractId) await checkContractInPreparation(tx, ctx.org.id, input.contractId);
    const [row] = await tx
      .insert(wegwijzerRuns)
      .values({
        tenantId: ctx.org.id,
        title: input.title,
        answers: [...answers],
        notes: input.notes,
        contractId: input.contractId,
        createdByUserId: ctx.userId,
      })
      .returning();
    await recordAudit(tx, ctx, { tenantId: ctx.org.id, entity: "wegwijzer_run", entityId: row.id, action: "create", after: row });
    return { id: row.id };
  },
});
