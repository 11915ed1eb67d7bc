"use server";

import { revalidatePath } from "next/cache";
import type { FormState } from "@/app/_components/ui/form";
import { formDataToObject } from "@/lib/http/input";
import { runAction } from "@/lib/http/next";
import { deleteProfileFact, saveProfileFact, setProfileShare } from "@/lib/supplier-profile/actions";
import { deleteProfileFile, uploadProfileFile } from "@/lib/supplier-profile/file-actions";

const path = (org: string) => `/${org}/bedrijfsprofiel`;

export async function saveFactAction(org: string, _s: FormState, form: FormData): Promise<FormState> {
  const raw = formDataToObject(form);
  const result = await runAction(saveProfileFact, org, raw);
  if (!result.ok) return result;
  revalidatePath(path(org));
  return {
    ok: true,
    message: raw.factId ? "Het gegeven is gewijzigd en gedeeld waar het profiel gedeeld is." : "Het gegeven is toegevoegd.",
  };
}

export async function deleteFactAction(org: string, _s: FormState, form: FormData): Promise<FormState> {
  const result = await runAction(deleteProfileFact, org, formDataToObject(form));
  if (!result.ok) return result;
  revalidatePath(path(org));
  return { ok: true, message: "Het gegeven is verwijderd." };
}

export async function uploadFileAction(org: string, _s: FormState, form: FormData): Promise<FormState> {
  const result = await runAction(uploadProfileFile, org, formDataToObject(form));
  if (!result.ok) return result;
  revalidatePath(path(org));
  return { ok: true, message: "Het bewijsstuk is toegevoegd." };
}

export async function deleteFileAction(org: string, _s: FormState, form: FormData): Promise<FormState> {
  const result = await runAction(deleteProfileFile, org, formDataToObject(form));
  if (!result.ok) return result;
  revalidatePath(path(org));
  return { ok: true, message: "Het bewijsstuk is verwijderd." };
}

export async function shareAction(org: string, _s: FormState, form: FormData): Promise<FormState> {
  const raw = formDataToObject(form);
  const result = await runAction(setProfileShare, org, raw);
  if (!result.ok) return result;
  revalidatePath(path(org));
  return {
    ok: true,
    message: raw.share === "true" ? "Het profiel is gedeeld met deze opdrachtgever." : "Deze opdrachtgever ziet het profiel niet meer.",
  };
}
