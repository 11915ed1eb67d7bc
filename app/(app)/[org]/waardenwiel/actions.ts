"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import type { FormState } from "@/app/_components/ui/form";
import { createWheel, deriveContractWheel, publishWheel, updateAmbition, updateAnalysis } from "@/lib/waardenwiel/actions";
import { addGoal, removeGoal, updateGoal } from "@/lib/waardenwiel/goal-actions";
import {
  addSubtheme,
  addTheme,
  moveTheme,
  removeSubtheme,
  removeTheme,
  setPriorities,
  updateSubtheme,
  updateTheme,
} from "@/lib/waardenwiel/theme-actions";
import { formDataToObject } from "@/lib/http/input";
import { runAction, type AnyAction } from "@/lib/http/next";

/** Runs one change to a wheel, refreshes every page of the organisation that shows it, then answers with the message. */
async function changeWheel<T>(action: AnyAction<T>, org: string, form: FormData, message: string): Promise<FormState> {
  const result = await runAction(action, org, formDataToObject(form));
  if (!result.ok) return result;
  revalidatePath(`/${org}`, "layout");
  return { ok: true, message };
}

export async function updateAnalysisAction(org: string, _state: FormState, form: FormData) {
  return changeWheel(updateAnalysis, org, form, "De interne analyse is opgeslagen.");
}

export async function updateAmbitionAction(org: string, _state: FormState, form: FormData) {
  return changeWheel(updateAmbition, org, form, "De ambitie is opgeslagen.");
}

export async function publishWheelAction(org: string, _state: FormState, form: FormData) {
  return changeWheel(publishWheel, org, form, "De visieplaat is gedeeld met de organisatie.");
}

export async function addThemeAction(org: string, _state: FormState, form: FormData) {
  return changeWheel(addTheme, org, form, "Het thema staat op de ring.");
}

export async function updateThemeAction(org: string, _state: FormState, form: FormData) {
  return changeWheel(updateTheme, org, form, "Het thema is opgeslagen.");
}

export async function removeThemeAction(org: string, _state: FormState, form: FormData) {
  return changeWheel(removeTheme, org, form, "Het thema is verwijderd.");
}

export async function moveThemeAction(org: string, _state: FormState, form: FormData) {
  return changeWheel(moveTheme, org, form, "Het thema is verplaatst.");
}

export async function setPrioritiesAction(org: string, _state: FormState, form: FormData) {
  return changeWheel(setPriorities, org, form, "De prioriteiten zijn opgeslagen.");
}

export async function addSubthemeAction(org: string, _state: FormState, form: FormData) {
  return changeWheel(addSubtheme, org, form, "Het subthema is toegevoegd.");
}

export async function updateSubthemeAction(org: string, _state: FormState, form: FormData) {
  return changeWheel(updateSubtheme, org, form, "Het subthema is opgeslagen.");
}

export async function removeSubthemeAction(org: string, _state: FormState, form: FormData) {
  return changeWheel(removeSubtheme, org, form, "Het subthema is verwijderd.");
}

export async function addGoalAction(org: string, _state: FormState, form: FormData) {
  return changeWheel(addGoal, org, form, "Het doel is toegevoegd.");
}

export async function updateGoalAction(org: string, _state: FormState, form: FormData) {
  return changeWheel(updateGoal, org, form, "Het doel is opgeslagen.");
}

export async function removeGoalAction(org: string, _state: FormState, form: FormData) {
  return changeWheel(removeGoal, org, form, "Het doel is verwijderd.");
}

export async function createWheelAction(org: string, _state: FormState, form: FormData): Promise<FormState> {
  const result = await runAction(createWheel, org, formDataToObject(form));
  if (!result.ok) return result;
  revalidatePath(`/${org}`, "layout");
  redirect(`/${org}/waardenwiel/${result.data.year}?nieuw=1`);
}

export async function deriveContractWheelAction(org: string, contractId: string, _state: FormState): Promise<FormState> {
  const result = await runAction(deriveContractWheel, org, { contractId });
  if (!result.ok) return result;
  revalidatePath(`/${org}`, "layout");
  redirect(`/${org}/contracten/${contractId}/waardenwiel?afgeleid=${result.data.derivedFromYear}`);
}
