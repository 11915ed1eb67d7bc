"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import type { FormState } from "@/app/_components/ui/form";
import { createIndicator, deleteIndicator, updateIndicator } from "@/lib/indicators/actions";
import { formDataToObject } from "@/lib/http/input";
import { runAction } from "@/lib/http/next";

export async function saveIndicator(org: string, indicatorId: string | null, _state: FormState, form: FormData): Promise<FormState> {
  const input = formDataToObject(form);
  const result = indicatorId
    ? await runAction(updateIndicator, org, { ...input, id: indicatorId })
    : await runAction(createIndicator, org, input);
  if (!result.ok) return result;
  revalidatePath(`/${org}/waardenwiel`, "layout");
  redirect(`/${org}/waardenwiel/indicatoren?opgeslagen=${result.data.id}#eigen`);
}

export async function removeIndicator(org: string, _state: FormState, form: FormData): Promise<FormState> {
  const result = await runAction(deleteIndicator, org, form);
  if (!result.ok) return result;
  revalidatePath(`/${org}/waardenwiel`, "layout");
  redirect(`/${org}/waardenwiel/indicatoren?verwijderd=1#eigen`);
}
