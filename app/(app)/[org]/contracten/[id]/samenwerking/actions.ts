"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import type { FormState } from "@/app/_components/ui/form";
import { updateCooperation } from "@/lib/cooperation/actions";
import { formDataToObject } from "@/lib/http/input";
import { runAction } from "@/lib/http/next";

export async function saveCooperationAction(org: string, contractId: string, _state: FormState, form: FormData): Promise<FormState> {
  const result = await runAction(updateCooperation, org, { ...formDataToObject(form), contractId });
  if (!result.ok) return result;
  revalidatePath(`/${org}/contracten/${contractId}`, "layout");
  redirect(`/${org}/contracten/${contractId}/samenwerking?opgeslagen=1`);
}
