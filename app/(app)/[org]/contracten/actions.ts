"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import type { FormState } from "@/app/_components/ui/form";
import { createContract, updateContract } from "@/lib/contracts/actions";
import { inviteSupplier } from "@/lib/contracts/invite-supplier";
import { formDataToObject } from "@/lib/http/input";
import { runAction } from "@/lib/http/next";

export async function saveContract(org: string, contractId: string | null, _state: FormState, form: FormData): Promise<FormState> {
  const input = formDataToObject(form);
  const result = contractId
    ? await runAction(updateContract, org, { ...input, id: contractId })
    : await runAction(createContract, org, input);
  if (!result.ok) return result;
  const id = contractId ?? (result.data as { id: string }).id;
  revalidatePath(`/${org}/contracten`);
  redirect(`/${org}/contracten/${id}?opgeslagen=1`);
}

export async function inviteSupplierAction(org: string, contractId: string, _state: FormState, form: FormData): Promise<FormState> {
  const result = await runAction(inviteSupplier, org, { ...formDataToObject(form), contractId });
  if (!result.ok) return result;
  revalidatePath(`/${org}/contracten/${contractId}`);
  const outcome = result.data.invited ? "uitgenodigd" : result.data.proposedContact ? "voorgesteld" : "gekoppeld";
  redirect(`/${org}/contracten/${contractId}?leverancier=${outcome}`);
}
