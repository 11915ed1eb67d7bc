"use server";

import { revalidatePath } from "next/cache";
import type { FormState } from "@/app/_components/ui/form";
import { setReminders, signOutEverywhere } from "@/lib/account/actions";
import { signOut } from "@/lib/auth/config";
import { runAction } from "@/lib/http/next";
import { setNotificationPreferences } from "@/lib/notifications/actions";

export async function setRemindersAction(org: string, _state: FormState, form: FormData): Promise<FormState> {
  const result = await runAction(setReminders, org, form);
  if (!result.ok) return result;
  revalidatePath(`/${org}/profiel`);
  return {
    ok: true,
    message: result.data.wantsReminders
      ? "Je ontvangt weer herinneringen voor rapportages."
      : "Je ontvangt geen herinneringen voor rapportages meer.",
  };
}

/** Ends every session of the user, then this browser's cookie; the login page confirms it. */
export async function signOutEverywhereAction(org: string, _state: FormState, form: FormData): Promise<FormState> {
  const result = await runAction(signOutEverywhere, org, form);
  if (!result.ok) return result;
  await signOut({ redirectTo: "/login?uitgelogd=overal" });
  return null;
}

export async function setNotificationPreferencesAction(org: string, _state: FormState, form: FormData): Promise<FormState> {
  const result = await runAction(setNotificationPreferences, org, form);
  if (!result.ok) return result;
  revalidatePath(`/${org}/profiel`);
  return { ok: true, message: "Je keuzes voor meldingen zijn opgeslagen." };
}
