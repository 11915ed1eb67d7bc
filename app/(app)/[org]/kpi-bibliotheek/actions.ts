"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import type { FormState } from "@/app/_components/ui/form";
import { adoptTemplate, createTemplate, deleteTemplate, updateTemplate } from "@/lib/kpi-library/actions";
import { formDataToObject } from "@/lib/http/input";
import { runAction } from "@/lib/http/next";

export async function saveTemplateAction(org: string, templateId: string | null, _state: FormState, form: FormData): Promise<FormState> {
  const input = formDataToObject(form);
  const result = templateId
    ? await runAction(updateTemplate, org, { ...input, id: templateId })
    : await runAction(createTemplate, org, input);
  if (!result.ok) return result;
  revalidatePath(`/${org}/kpi-bibliotheek`);
  redirect(`/${org}/kpi-bibliotheek?opgeslagen=1`);
}

export async function deleteTemplateAction(org: string, templateId: string, _state: FormState, form: FormData): Promise<FormState> {
  const result = await runAction(deleteTemplate, org, { ...formDataToObject(form), id: templateId });
  if (!result.ok) return result;
  revalidatePath(`/${org}/kpi-bibliotheek`);
  redirect(`/${org}/kpi-bibliotheek?verwijderd=1`);
}

/** The adopted KPI is a proposal on the contract: that is where the contract manager goes next. */
export async function adoptTemplateAction(org: string, _state: FormState, form: FormData): Promise<FormState> {
  const result = await runAction(adoptTemplate, org, formDataToObject(form));
  if (!result.ok) return result;
  const { contractId, droppedMilestones } = result.data;
  revalidatePath(`/${org}/contracten/${contractId}`, "layout");
  redirect(`/${org}/contracten/${contractId}/kpis?overgenomen=1${droppedMilestones ? `&weggelaten=${droppedMilestones}` : ""}`);
}
