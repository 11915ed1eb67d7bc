"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import type { BulkAnswer } from "@/app/_components/ui/bulk";
import type { FormState } from "@/app/_components/ui/form";
import { createRoadmapItem, deleteRoadmapItem, updateRoadmapItem } from "@/lib/roadmap/actions";
import { completeRoadmapItems } from "@/lib/roadmap/complete-actions";
import { formDataToObject } from "@/lib/http/input";
import { runAction } from "@/lib/http/next";

export async function addRoadmapItemAction(org: string, contractId: string, _state: FormState, form: FormData): Promise<FormState> {
  const result = await runAction(createRoadmapItem, org, { ...formDataToObject(form), contractId });
  if (!result.ok) return result;
  revalidatePath(`/${org}/contracten/${contractId}/roadmap`);
  return { ok: true, message: "De actie staat op de roadmap." };
}

export async function updateRoadmapItemAction(
  org: string,
  contractId: string,
  id: string,
  _state: FormState,
  form: FormData,
): Promise<FormState> {
  const result = await runAction(updateRoadmapItem, org, { ...formDataToObject(form), contractId, id });
  if (!result.ok) return result;
  revalidatePath(`/${org}/contracten/${contractId}/roadmap`);
  redirect(`/${org}/contracten/${contractId}/roadmap?opgeslagen=1`);
}

export async function deleteRoadmapItemAction(
  org: string,
  contractId: string,
  id: string,
  _state: FormState,
  form: FormData,
): Promise<FormState> {
  const result = await runAction(deleteRoadmapItem, org, { ...formDataToObject(form), contractId, id });
  if (!result.ok) return result;
  revalidatePath(`/${org}/contracten/${contractId}/roadmap`);
  redirect(`/${org}/contracten/${contractId}/roadmap?verwijderd=1`);
}

/** Several roadmap actions marked done at once; each succeeds or fails on its own. */
export async function completeRoadmapItemsAction(org: string, contractId: string, items: string[]): Promise<BulkAnswer> {
  const answer = await runAction(completeRoadmapItems, org, { items });
  if (answer.ok && answer.data.succeeded > 0) revalidatePath(`/${org}/contracten/${contractId}/roadmap`);
  return answer;
}
