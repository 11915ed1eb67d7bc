"use server";

import { revalidatePath } from "next/cache";
import type { FormState } from "@/app/_components/ui/form";
import { runAction } from "@/lib/http/next";
import { approveReopen, closeQuarter, requestReopen } from "@/lib/period-close/actions";

async function run(org: string, action: Parameters<typeof runAction>[0], form: FormData, message: string): Promise<FormState> {
  const result = await runAction(action, org, form);
  if (!result.ok) return result;
  revalidatePath(`/${org}/perioden`);
  revalidatePath(`/${org}/dashboard`);
  return { ok: true, message };
}

export async function closeQuarterAction(org: string, _s: FormState, form: FormData) {
  return run(org, closeQuarter, form, "Het kwartaal is afgesloten. Dashboards en exports tonen voortaan de vastgelegde cijfers.");
}

export async function requestReopenAction(org: string, _s: FormState, form: FormData) {
  return run(org, requestReopen, form, "Het verzoek om te heropenen is vastgelegd. Een tweede persoon met de andere rol keurt het goed.");
}

export async function approveReopenAction(org: string, _s: FormState, form: FormData) {
  return run(org, approveReopen, form, "Het kwartaal is heropend. Dashboards tonen weer de actuele cijfers.");
}
