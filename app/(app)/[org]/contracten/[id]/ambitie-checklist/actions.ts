"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import type { FormState } from "@/app/_components/ui/form";
import { saveProcurementChecklist, shareProcurementChecklist } from "@/lib/guidance/procurement/actions";
import { formDataToObject } from "@/lib/http/input";
import { runAction } from "@/lib/http/next";

export async function saveChecklistAction(org: string, contractId: string, _state: FormState, form: FormData): Promise<FormState> {
  const result = await runAction(saveProcurementChecklist, org, { ...formDataToObject(form), contractId });
  if (!result.ok) return result;
  revalidatePath(`/${org}/contracten/${contractId}/ambitie-checklist`);
  redirect(`/${org}/contracten/${contractId}/ambitie-checklist?opgeslagen=1`);
}

export async function shareChecklistAction(org: string, contractId: string, _state: FormState, form: FormData): Promise<FormState> {
  const result = await runAction(shareProcurementChecklist, org, { ...formDataToObject(form), contractId });
  if (!result.ok) return result;
  revalidatePath(`/${org}/contracten/${contractId}/ambitie-checklist`);
  redirect(`/${org}/contracten/${contractId}/ambitie-checklist?${result.data.shared ? "gedeeld=1" : "gedeeld=0"}`);
}
