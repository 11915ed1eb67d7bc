// What the checklist ambitieformulering pages need, read inside the actor's tenant transaction.
import type { Actor } from "@/lib/auth/actor";
import { readAs } from "@/lib/auth/session";
import { viewerOf } from "@/lib/contracts/queries";
import { mayEditProcurementChecklist } from "./policy";
import { getProcurementChecklist, listProcurementsInPreparation } from "./procurement-queries";

export async function procurementChecklistPage(actor: Actor, contractId: string) {
  const view = await readAs(actor, (tx) => getProcurementChecklist(tx, viewerOf(actor), contractId));
  return { ...view, canEdit: mayEditProcurementChecklist(actor, view.contract) };
}

export async function procurementsInPreparationPage(actor: Actor) {
  return readAs(actor, (tx) => listProcurementsInPreparation(tx, viewerOf(actor)));
}
