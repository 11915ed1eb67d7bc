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
import { runAction } from "@/lib/http/next";

// Every form on a wheel posts its operation in "_action"; only these are accepted.
const WHEEL_ACTIONS = {
  updateAnalysis: [updateAnalysis, "De interne analyse is opgeslagen."],
  updateAmbition: [updateAmbition, "De ambitie is opgeslagen."],
  publish: [publishWheel, "De visieplaat is gedeeld met de organisatie."],
  addTheme: [addTheme, "Het thema staat op de ring."],
  updateTheme: [updateTheme, "Het thema is opgeslagen."],
  removeTheme: [removeTheme, "Het thema is verwijderd."],
  moveTheme: [moveTheme, "Het thema is verplaatst."],
  setPriorities: [setPriorities, "De prioriteiten zijn opgeslagen."],
  addSubtheme: [addSubtheme, "Het subthema is toegevoegd."],
  updateSubtheme: [updateSubtheme, "Het subthema is opgeslagen."],
  removeSubtheme: [removeSubtheme, "Het subthema is verwijderd."],
  addGoal: [addGoal, "Het doel is toegevoegd."],
  updateGoal: [updateGoal, "Het doel is opgeslagen."],
  removeGoal: [removeGoal, "Het doel is verwijderd."],
} as const;

export type WheelOperation = keyof typeof WHEEL_ACTIONS;

/** Runs one change to a wheel and refreshes every page of the organisation that shows it. */
export async function wheelFormAction(org: string, _state: FormState, form: FormData): Promise<FormState> {
  const operation = String(form.get("_action") ?? "");
  if (!Object.hasOwn(WHEEL_ACTIONS, operation)) return { ok: false, error: "Onbekende actie." };
  const [action, message] = WHEEL_ACTIONS[operation as WheelOperation];
  const result = await runAction(action, org, formDataToObject(form));
  if (!result.ok) return result;
  revalidatePath(`/${org}`, "layout");
  return { ok: true, message };
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
