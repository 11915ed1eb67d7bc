// Writes of the checklist ambitieformulering; who may change it is ../policy.ts. The wrapper lets
// buyer users through (guidance.read) so that the
// contract is looked up first: another tenant's contract is "not found", never "forbidden".
// The checklist stays editable after the award: the procurement became this contract.
import { and, eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { procurementChecklists, type Contract } from "@/db/schema";
import { recordAudit } from "@/lib/audit";
import { getContractInTenant } from "@/lib/contracts/queries";
import { ConflictError, ForbiddenError } from "@/lib/errors";
import { mayEditProcurementChecklist } from "@/lib/guidance/policy";
import { parseCheckedItems } from "./rules";
import { findProcurementChecklist } from "./queries";
import { SaveProcurementChecklist, ShareProcurementChecklist } from "./schemas";
import type { Actor } from "@/lib/auth/actor";
import { defineAction } from "@/lib/http/action";

async function editableContract(tx: Db, ctx: Actor, contractId: string): Promise<Contract> {
  const contract = await getContractInTenant(tx, { tenantId: ctx.org.id, id: contractId });
  if (!mayEditProcurementChecklist(ctx, contract)) {
    throw new ForbiddenError("Alleen de coördinator, een beheerder of de contractmanager van dit contract mag de checklist wijzigen.");
  }
  return contract;
}

type Changes = { checkedItems?: string[]; notes?: Record<string, string>; sharedWithSupplier?: boolean; notesShared?: boolean };

/** Insert the first version or update the expected one; a stale version is a conflict. */
async function writeChecklist(tx: Db, ctx: Actor, contractId: string, expected: number, changes: Changes, action: string) {
  const key = { tenantId: ctx.org.id, contractId };
  const before = await findProcurementChecklist(tx, { ...key, forUpdate: true });
  if ((before?.version ?? 0) !== expected) throw new ConflictError();
  const [after] = before
    ? await tx
        .update(procurementChecklists)
        .set({ ...changes, version: before.version + 1, updatedAt: new Date() })
        .where(
          and(
            eq(procurementChecklists.tenantId, key.tenantId),
            eq(procurementChecklists.contractId, contractId),
            eq(procurementChecklists.version, expected),
          ),
        )
        .returning()
    : await tx
        .insert(procurementChecklists)
        .values({ ...key, ...changes })
        .onConflictDoNothing()
        .returning();
  if (!after) throw new ConflictError();
  await recordAudit(tx, ctx, { tenantId: ctx.org.id, entity: "procurement_checklist", entityId: contractId, action, before, after });
  return after;
}

export const saveProcurementChecklist = defineAction({
  name: "guidance.save_procurement_checklist",
  permission: "guidance.read",
  input: SaveProcurementChecklist,
  async handler(tx, ctx, input) {
    const checkedItems = parseCheckedItems(input.items);
    const contract = await editableContract(tx, ctx, input.contractId);
    const after = await writeChecklist(tx, ctx, contract.id, input.version, { checkedItems, notes: input.notes }, "update");
    return { contractId: contract.id, version: after.version, checked: after.checkedItems.length };
  },
});

export const shareProcurementChecklist = defineAction({
  name: "guidance.share_procurement_checklist",
  permission: "guidance.read",
  input: ShareProcurementChecklist,
  async handler(tx, ctx, input) {
    const contract = await editableContract(tx, ctx, input.contractId);
    const action = input.shared ? "share" : "unshare";
    // The notes go along only by the sharer's explicit choice; stopping the share also withdraws it.
    const changes = { sharedWithSupplier: input.shared, notesShared: input.shared && input.withNotes };
    const after = await writeChecklist(tx, ctx, contract.id, input.version, changes, action);
    return { contractId: contract.id, version: after.version, shared: after.sharedWithSupplier, notesShared: after.notesShared };
  },
});
