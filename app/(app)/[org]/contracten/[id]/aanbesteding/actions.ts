"use server";

import { revalidatePath } from "next/cache";
import type { FormState } from "@/app/_components/ui/form";
import { runAction } from "@/lib/http/next";
import { deleteBid, saveBid, saveTender } from "@/lib/tenders/actions";

export async function saveTenderAction(org: string, contractId: string, _state: FormState, form: FormData): Promise<FormState> {
  form.set("contractId", contractId);
  const result = await runAction(saveTender, org, form);
  if (!result.ok) return result;
  revalidatePath(`/${org}/contracten/${contractId}/aanbesteding`);
  return { ok: true, message: "De aanbesteding is opgeslagen." };
}

export async function saveBidAction(org: string, contractId: string, _state: FormState, form: FormData): Promise<FormState> {
  form.set("contractId", contractId);
  const result = await runAction(saveBid, org, form);
  if (!result.ok) return result;
  revalidatePath(`/${org}/contracten/${contractId}/aanbesteding`);
  return { ok: true, message: `Inschrijving ${result.data.label} is opgeslagen.` };
}

export async function deleteBidAction(org: string, contractId: string, _state: FormState, form: FormData): Promise<FormState> {
  const result = await runAction(deleteBid, org, form);
  if (!result.ok) return result;
  revalidatePath(`/${org}/contracten/${contractId}/aanbesteding`);
  return { ok: true, message: "De inschrijving is verwijderd." };
}
