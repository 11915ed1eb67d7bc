// What the checklist ambitieformulering pages need, read inside the actor's tenant transaction.
import type { Actor } from "@/lib/auth/actor";
import { viewerOf } from "@/lib/contracts/queries";
import { mayEditProcurementChecklist } from "@/lib/guidance/policy";
import { getProcurementChecklist, listProcurementsInPreparation } from "./queries";
import { withTenant } from "@/lib/tenancy";

export async function procurementChecklistPage(actor: Actor, contractId: string) {
  const view = await withTenant(actor, (tx) => getProcurementChecklist(tx, { viewer: viewerOf(actor), contractId }));
  return { ...view, canEdit: mayEditProcurementChecklist(actor, view.contract) };
}

export async function procurementsInPreparationPage(actor: Actor) {
  return withTenant(actor, (tx) => listProcurementsInPreparation(tx, { viewer: viewerOf(actor) }));
}
