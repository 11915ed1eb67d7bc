"use server";

import { revalidatePath } from "next/cache";
import type { FormState } from "@/app/_components/ui/form";
import { formDataToObject } from "@/lib/action";
import { runAction } from "@/lib/auth/session";
import { decideReport, saveReportDraft, submitReport, uploadEvidence } from "@/lib/reports/actions";

const reportPath = (org: string, contractId: string, quarter: string) => `/${org}/contracten/${contractId}/rapportages/${quarter}`;

/** Save as draft or submit, depending on the button pressed; the typed input stays on errors. */
export async function saveReportAction(org: string, contractId: string, quarter: string, _state: FormState, form: FormData): Promise<FormState> {
  const raw = formDataToObject(form);
  const submit = raw.intent === "submit";
  const input = { ...raw, contractId, quarter };
  const result = submit ? await runAction(submitReport, org, input) : await runAction(saveReportDraft, org, input);
  if (!result.ok) return result;
  revalidatePath(reportPath(org, contractId, quarter));
  revalidatePath(`/${org}/rapportages`);
  return { ok: true, message: submit ? "De rapportage is ingediend bij de opdrachtgever." : "Het concept is opgeslagen." };
}

export async function uploadEvidenceAction(org: string, contractId: string, quarter: string, _state: FormState, form: FormData): Promise<FormState> {
  const result = await runAction(uploadEvidence, org, { ...formDataToObject(form), contractId, quarter });
  if (!result.ok) return result;
  revalidatePath(reportPath(org, contractId, quarter));
  return { ok: true, message: "Het bewijsstuk is toegevoegd." };
}

export async function decideReportAction(org: string, contractId: string, quarter: string, _state: FormState, form: FormData): Promise<FormState> {
  const input = formDataToObject(form);
  const result = await runAction(decideReport, org, input);
  if (!result.ok) return result;
  revalidatePath(reportPath(org, contractId, quarter));
  revalidatePath(`/${org}/rapportages`);
  return { ok: true, message: input.decision === "accept" ? "De rapportage is geaccepteerd." : "De rapportage is teruggestuurd naar de leverancier." };
}
