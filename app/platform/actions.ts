"use server";

import { revalidatePath } from "next/cache";
import type { FormState } from "@/app/_components/ui/form";
import { createBuyerOrganisation, reactivateOrganisation, suspendOrganisation } from "@/lib/operators/actions";
import { runOperatorAction } from "@/lib/operators/pages";

export async function createBuyerAction(_s: FormState, form: FormData): Promise<FormState> {
  const result = await runOperatorAction(createBuyerOrganisation, form);
  if (!result.ok) return result;
  revalidatePath("/platform");
  return {
    ok: true,
    message: `${String(form.get("name") ?? "").trim()} is aangemaakt op /${result.data.slug}; de uitnodiging voor de eerste beheerder is verstuurd naar ${String(form.get("adminEmail") ?? "").trim()}.`,
  };
}

export async function suspendAction(_s: FormState, form: FormData): Promise<FormState> {
  const result = await runOperatorAction(suspendOrganisation, form);
  if (!result.ok) return result;
  revalidatePath("/platform");
  return { ok: true, message: "De organisatie is opgeschort." };
}

export async function reactivateAction(_s: FormState, form: FormData): Promise<FormState> {
  const result = await runOperatorAction(reactivateOrganisation, form);
  if (!result.ok) return result;
  revalidatePath("/platform");
  return { ok: true, message: "De organisatie is heropend." };
}
