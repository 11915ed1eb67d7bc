"use server";

import { revalidatePath } from "next/cache";
import type { FormState } from "@/app/_components/ui/form";
import { decideKpi, openEvaluation, saveEvaluation, signEvaluation } from "@/lib/evaluations/actions";
import { formDataToObject } from "@/lib/http/input";
import { runAction } from "@/lib/http/next";

const path = (org: string, contractId: string, year: number) => `/${org}/contracten/${contractId}/jaarevaluatie/${year}`;

export async function openEvaluationAction(org: string, contractId: string, year: number, _s: FormState, _f: FormData): Promise<FormState> {
  const result = await runAction(openEvaluation, org, { contractId, year });
  if (!result.ok) return result;
  revalidatePath(path(org, contractId, year));
  return { ok: true, message: `De jaarevaluatie ${year} is geopend.` };
}

export async function saveEvaluationAction(
  org: string,
  contractId: string,
  year: number,
  _s: FormState,
  form: FormData,
): Promise<FormState> {
  const result = await runAction(saveEvaluation, org, formDataToObject(form));
  if (!result.ok) return result;
  revalidatePath(path(org, contractId, year));
  return { ok: true, message: "De roadmap-check is opgeslagen." };
}

export async function decideKpiAction(org: string, contractId: string, year: number, _s: FormState, form: FormData): Promise<FormState> {
  const result = await runAction(decideKpi, org, formDataToObject(form));
  if (!result.ok) return result;
  revalidatePath(path(org, contractId, year));
  return { ok: true, message: "Het besluit over de KPI is vastgelegd." };
}

export async function signEvaluationAction(
  org: string,
  contractId: string,
  year: number,
  _s: FormState,
  form: FormData,
): Promise<FormState> {
  const result = await runAction(signEvaluation, org, formDataToObject(form));
  if (!result.ok) return result;
  revalidatePath(path(org, contractId, year));
  return {
    ok: true,
    message: result.data.status === "final" ? "Ondertekend: de jaarevaluatie is definitief." : "Ondertekend. Nu de andere partij nog.",
  };
}
