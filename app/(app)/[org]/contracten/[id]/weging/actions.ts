"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import type { FormState } from "@/app/_components/ui/form";
import { formDataToObject } from "@/lib/action";
import { runAction } from "@/lib/auth/session";
import { setScoreGroups } from "@/lib/contracts/score-group-actions";

export async function saveScoreGroupsAction(org: string, contractId: string, _state: FormState, form: FormData): Promise<FormState> {
  const result = await runAction(setScoreGroups, org, { ...formDataToObject(form), contractId });
  if (!result.ok) return result;
  revalidatePath(`/${org}/contracten/${contractId}`, "layout");
  redirect(`/${org}/contracten/${contractId}/weging?opgeslagen=1`);
}
