"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import type { FormState } from "@/app/_components/ui/form";
import { answerChecklist, closeChecklistRound, openChecklistRound } from "@/lib/guidance/checklist/actions";
import { saveWegwijzerRun } from "@/lib/guidance/wegwijzer/actions";
import { saveCooperationTreeAssessment, saveMaturityAssessment, savePeopleGrowthAssessment } from "@/lib/guidance/assessment/actions";
import { CHECKLIST_STATEMENTS } from "@/lib/guidance/checklist/content";
import { formDataToObject } from "@/lib/http/input";
import { runAction } from "@/lib/http/next";

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

// The assessment tools save through one shape: the result page of the new assessment.
async function saveAssessment(action: Parameters<typeof runAction>[0], org: string, slug: string, form: FormData): Promise<FormState> {
  const result = await runAction(action, org, form);
  if (!result.ok) return result;
  refresh(org);
  redirect(`/${org}/hulpmiddelen/${slug}/${(result.data as { id: string }).id}?opgeslagen=1`);
}

export async function saveMaturityAssessmentAction(org: string, _state: FormState, form: FormData): Promise<FormState> {
  return saveAssessment(saveMaturityAssessment, org, "inkoopvolwassenheid", form);
}

export async function savePeopleGrowthAssessmentAction(org: string, _state: FormState, form: FormData): Promise<FormState> {
  return saveAssessment(savePeopleGrowthAssessment, org, "groeimodel-mensen", form);
}

export async function saveCooperationTreeAssessmentAction(org: string, _state: FormState, form: FormData): Promise<FormState> {
  return saveAssessment(saveCooperationTreeAssessment, org, "beslisboom-inkoopsamenwerking", form);
}
