"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import type { FormState } from "@/app/_components/ui/form";
import { formDataToObject } from "@/lib/action";
import { runAction } from "@/lib/auth/session";
import { answerChecklist, closeChecklistRound, openChecklistRound, saveWegwijzerRun } from "@/lib/guidance/actions";
import { CHECKLIST_STATEMENTS } from "@/lib/guidance/content/checklist";

// Every page of the tools shows saved runs or rounds, so a change refreshes them all.
const refresh = (org: string) => revalidatePath(`/${org}/hulpmiddelen`, "layout");

export async function saveWegwijzerRunAction(org: string, _state: FormState, form: FormData): Promise<FormState> {
  const result = await runAction(saveWegwijzerRun, org, form);
  if (!result.ok) return result;
  refresh(org);
  redirect(`/${org}/hulpmiddelen/wegwijzer/${result.data.id}?opgeslagen=1`);
}

export async function openChecklistRoundAction(org: string, _state: FormState, form: FormData): Promise<FormState> {
  const result = await runAction(openChecklistRound, org, form);
  if (!result.ok) return result;
  refresh(org);
  redirect(`/${org}/hulpmiddelen/checklist/${result.data.id}?geopend=1`);
}

export async function closeChecklistRoundAction(org: string, _state: FormState, form: FormData): Promise<FormState> {
  const result = await runAction(closeChecklistRound, org, form);
  if (!result.ok) return result;
  refresh(org);
  redirect(`/${org}/hulpmiddelen/checklist/${result.data.id}/resultaten?gesloten=1`);
}

export async function answerChecklistAction(org: string, roundId: string, _state: FormState, form: FormData): Promise<FormState> {
  const result = await runAction(answerChecklist, org, { ...formDataToObject(form), roundId });
  if (!result.ok) return result;
  refresh(org);
  const { answered } = result.data;
  return {
    ok: true,
    message: `Je antwoorden zijn opgeslagen: ${answered} van de ${CHECKLIST_STATEMENTS.length} stellingen beantwoord. Je kunt ze wijzigen zolang de ronde open is.`,
  };
}
