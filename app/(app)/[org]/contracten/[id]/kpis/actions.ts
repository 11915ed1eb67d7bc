"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import type { FormState } from "@/app/_components/ui/form";
import { acceptKpi, proposeKpi, rejectKpi, setKpiThemes, updateKpi, withdrawKpiChange } from "@/lib/kpis/actions";
import { setGrowthPath } from "@/lib/kpis/growth-path-actions";
import { setMalusRule } from "@/lib/malus/rule-actions";
import { kpiChangeNotice, type KpiChangeOutcome } from "@/lib/kpis/policy";
import { promiseToKpi, recordPromise } from "@/lib/kpis/promise-actions";
import { formDataToObject } from "@/lib/http/input";
import { runAction } from "@/lib/http/next";

const kpisPath = (org: string, contractId: string) => `/${org}/contracten/${contractId}/kpis`;

export async function proposeKpiAction(org: string, contractId: string, _state: FormState, form: FormData): Promise<FormState> {
  const result = await runAction(proposeKpi, org, { ...formDataToObject(form), contractId });
  if (!result.ok) return result;
  revalidatePath(kpisPath(org, contractId));
  redirect(`${kpisPath(org, contractId)}/${result.data.id}?melding=voorgesteld`);
}

/** Accept or reject; the page the decision was made on opens again with a notice. */
export async function decideKpiAction(
  org: string,
  contractId: string,
  returnTo: "list" | "detail",
  _state: FormState,
  form: FormData,
): Promise<FormState> {
  const input = formDataToObject(form);
  const reject = input.decision === "reject";
  const result = reject ? await runAction(rejectKpi, org, input) : await runAction(acceptKpi, org, input);
  if (!result.ok) return result;
  revalidatePath(kpisPath(org, contractId));
  const change = "restored" in result.data ? result.data.restored : result.data.change;
  const notice = `${change ? "wijziging-" : ""}${reject ? "afgewezen" : "geaccepteerd"}`;
  redirect(
    returnTo === "list"
      ? `${kpisPath(org, contractId)}?melding=${notice}`
      : `${kpisPath(org, contractId)}/${String(input.id)}?melding=${notice}`,
  );
}

/** The side that proposed a change to an agreed KPI takes it back. */
export async function withdrawKpiChangeAction(org: string, contractId: string, _state: FormState, form: FormData): Promise<FormState> {
  const input = formDataToObject(form);
  const result = await runAction(withdrawKpiChange, org, input);
  if (!result.ok) return result;
  revalidatePath(kpisPath(org, contractId));
  redirect(`${kpisPath(org, contractId)}/${String(input.id)}?melding=wijziging-ingetrokken`);
}

/** A change saved directly, or as a proposal the other side decides on: the notice says which. */
async function onKpi(
  org: string,
  contractId: string,
  action: Parameters<typeof runAction>[0],
  input: Record<string, unknown>,
  saved: string,
): Promise<FormState> {
  const result = await runAction(action, org, input);
  if (!result.ok) return result;
  revalidatePath(kpisPath(org, contractId), "layout");
  return { ok: true, message: kpiChangeNotice((result.data as { outcome: KpiChangeOutcome }).outcome, saved) };
}

export async function updateKpiAction(org: string, contractId: string, _state: FormState, form: FormData): Promise<FormState> {
  return onKpi(org, contractId, updateKpi, formDataToObject(form), "De KPI is opgeslagen.");
}

export async function setKpiThemesAction(org: string, contractId: string, _state: FormState, form: FormData): Promise<FormState> {
  return onKpi(org, contractId, setKpiThemes, formDataToObject(form), "De thema's zijn opgeslagen.");
}

export async function setGrowthPathAction(org: string, contractId: string, _state: FormState, form: FormData): Promise<FormState> {
  return onKpi(org, contractId, setGrowthPath, formDataToObject(form), "Het groeipad is opgeslagen.");
}

export async function setMalusRuleAction(org: string, contractId: string, _state: FormState, form: FormData): Promise<FormState> {
  return onKpi(org, contractId, setMalusRule, formDataToObject(form), "De malusregel is opgeslagen.");
}

export async function recordPromiseAction(org: string, contractId: string, _state: FormState, form: FormData): Promise<FormState> {
  const result = await runAction(recordPromise, org, { ...formDataToObject(form), contractId });
  if (!result.ok) return result;
  revalidatePath(`/${org}/contracten/${contractId}/toezeggingen`);
  return { ok: true, message: "De toezegging is vastgelegd." };
}

export async function promiseToKpiAction(org: string, contractId: string, _state: FormState, form: FormData): Promise<FormState> {
  const result = await runAction(promiseToKpi, org, formDataToObject(form));
  if (!result.ok) return result;
  revalidatePath(kpisPath(org, contractId));
  redirect(`${kpisPath(org, contractId)}/${result.data.id}?melding=uit-toezegging`);
}
