"use server";

import { revalidatePath } from "next/cache";
import type { FormState } from "@/app/_components/ui/form";
import { decideReport, deleteEvidence, saveReportDraft, submitReport, uploadEvidence } from "@/lib/reports/actions";
import { uploadReportValues } from "@/lib/reports/values-actions";
import type { ValuesUploadState } from "./_components/values-upload";
import { formDataToObject } from "@/lib/http/input";
import { runAction } from "@/lib/http/next";

const reportPath = (org: string, contractId: string, quarter: string) => `/${org}/contracten/${contractId}/rapportages/${quarter}`;

/** Save as draft or submit, depending on the button pressed; the typed input stays on errors. */
export async function saveReportAction(
  org: string,
  contractId: string,
  quarter: string,
  _state: FormState,
  form: FormData,
): Promise<FormState> {
  const raw = formDataToObject(form);
  const submit = raw.intent === "submit";
  const input = { ...raw, contractId, quarter };
  const result = submit ? await runAction(submitReport, org, input) : await runAction(saveReportDraft, org, input);
  if (!result.ok) return result;
  revalidatePath(reportPath(org, contractId, quarter));
  revalidatePath(`/${org}/rapportages`);
  return { ok: true, message: submit ? "De rapportage is ingediend bij de opdrachtgever." : "Het concept is opgeslagen." };
}

export async function uploadEvidenceAction(
  org: string,
  contractId: string,
  quarter: string,
  _state: FormState,
  form: FormData,
): Promise<FormState> {
  const result = await runAction(uploadEvidence, org, { ...formDataToObject(form), contractId, quarter });
  if (!result.ok) return result;
  revalidatePath(reportPath(org, contractId, quarter));
  return { ok: true, message: "Het bewijsstuk is toegevoegd." };
}

export async function decideReportAction(
  org: string,
  contractId: string,
  quarter: string,
  _state: FormState,
  form: FormData,
): Promise<FormState> {
  const input = formDataToObject(form);
  const result = await runAction(decideReport, org, input);
  if (!result.ok) return result;
  revalidatePath(reportPath(org, contractId, quarter));
  revalidatePath(`/${org}/rapportages`);
  return {
    ok: true,
    message: input.decision === "accept" ? "De rapportage is geaccepteerd." : "De rapportage is teruggestuurd naar de leverancier.",
  };
}

export async function deleteEvidenceAction(
  org: string,
  contractId: string,
  quarter: string,
  _state: FormState,
  form: FormData,
): Promise<FormState> {
  const result = await runAction(deleteEvidence, org, formDataToObject(form));
  if (!result.ok) return result;
  revalidatePath(reportPath(org, contractId, quarter));
  return { ok: true, message: "Het bewijsstuk is verwijderd." };
}

/** Values from a filled-in template; wrong rows come back with their row number and nothing is saved. */
export async function uploadValuesAction(
  org: string,
  contractId: string,
  quarter: string,
  _state: ValuesUploadState,
  form: FormData,
): Promise<ValuesUploadState> {
  const result = await runAction(uploadReportValues, org, { ...formDataToObject(form), contractId, quarter });
  if (!result.ok) return result;
  if (result.data.errors.length > 0) {
    const n = result.data.errors.length;
    return {
      ok: false,
      error: `Het bestand is niet ingelezen: ${n} ${n === 1 ? "fout" : "fouten"}. Verbeter de regels hieronder en lees het bestand opnieuw in.`,
      rows: result.data.errors,
    };
  }
  revalidatePath(reportPath(org, contractId, quarter));
  const n = result.data.saved;
  return { ok: true, message: `${n} ${n === 1 ? "KPI" : "KPI's"} uit het bestand opgeslagen in het concept.` };
}
