"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import type { FormState } from "@/app/_components/ui/form";
import { saveFootprintBaseline, savePackageFootprint } from "@/lib/footprint/actions";
import { runAction } from "@/lib/http/next";

export async function saveBaseline(org: string, _state: FormState, form: FormData): Promise<FormState> {
  const result = await runAction(saveFootprintBaseline, org, form);
  if (!result.ok) return result;
  revalidatePath(`/${org}/waardenwiel/voetafdruk`);
  return { ok: true, message: "Het aantal FTE is opgeslagen." };
}

export async function savePackage(org: string, _state: FormState, form: FormData): Promise<FormState> {
  const result = await runAction(savePackageFootprint, org, form);
  if (!result.ok) return result;
  revalidatePath(`/${org}/waardenwiel/voetafdruk`);
  redirect(`/${org}/waardenwiel/voetafdruk?opgeslagen=${result.data.purchasingPackage}`);
}
