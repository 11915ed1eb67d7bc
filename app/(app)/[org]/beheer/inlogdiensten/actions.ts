"use server";

import { revalidatePath } from "next/cache";
import type { FormState } from "@/app/_components/ui/form";
import { runAction } from "@/lib/http/next";
import { createSsoProvider, deleteSsoProvider, updateSsoProvider } from "@/lib/sso/actions";

export async function createProviderAction(org: string, _s: FormState, form: FormData): Promise<FormState> {
  const result = await runAction(createSsoProvider, org, form);
  if (!result.ok) return result;
  revalidatePath(`/${org}/beheer/inlogdiensten`);
  return { ok: true, message: "De inlogdienst is toegevoegd. Mensen van de ingevulde domeinen kunnen er nu mee inloggen." };
}

export async function updateProviderAction(org: string, _s: FormState, form: FormData): Promise<FormState> {
  const result = await runAction(updateSsoProvider, org, form);
  if (!result.ok) return result;
  revalidatePath(`/${org}/beheer/inlogdiensten`);
  return { ok: true, message: "De inlogdienst is bijgewerkt." };
}

export async function deleteProviderAction(org: string, _s: FormState, form: FormData): Promise<FormState> {
  const result = await runAction(deleteSsoProvider, org, form);
  if (!result.ok) return result;
  revalidatePath(`/${org}/beheer/inlogdiensten`);
  return { ok: true, message: "De inlogdienst is verwijderd. Inloggen gaat weer met een inloglink per e-mail." };
}
