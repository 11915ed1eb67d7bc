"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import type { FormState } from "@/app/_components/ui/form";
import { createTarget, deleteTarget, updateTarget } from "@/lib/targets/actions";
import { formDataToObject } from "@/lib/http/input";
import { runAction } from "@/lib/http/next";

export async function saveTarget(org: string, targetId: string | null, _state: FormState, form: FormData): Promise<FormState> {
  const input = formDataToObject(form);
  const result = targetId ? await runAction(updateTarget, org, { ...input, id: targetId }) : await runAction(createTarget, org, input);
  if (!result.ok) return result;
  revalidatePath(`/${org}/waardenwiel/doelstellingen`);
  redirect(`/${org}/waardenwiel/doelstellingen?opgeslagen=${result.data.id}`);
}

export async function removeTarget(org: string, _state: FormState, form: FormData): Promise<FormState> {
  const result = await runAction(deleteTarget, org, form);
  if (!result.ok) return result;
  revalidatePath(`/${org}/waardenwiel/doelstellingen`);
  redirect(`/${org}/waardenwiel/doelstellingen?verwijderd=1`);
}
