"use server";

import { revalidatePath } from "next/cache";
import type { FormState } from "@/app/_components/ui/form";
import { changeMemberRole, inviteMember, removeMember, revokeInvitation } from "@/lib/members/actions";
import { runAction } from "@/lib/http/next";

async function run(org: string, action: Parameters<typeof runAction>[0], form: FormData, message: string): Promise<FormState> {
  const result = await runAction(action, org, form);
  if (!result.ok) return result;
  revalidatePath(`/${org}/beheer`);
  return { ok: true, message };
}

export async function inviteMemberAction(org: string, _s: FormState, form: FormData): Promise<FormState> {
  const result = await runAction(inviteMember, org, form);
  if (!result.ok) return result;
  revalidatePath(`/${org}/beheer`);
  const email = String(form.get("email") ?? "");
  return {
    ok: true,
    message: result.data.resent
      ? `De uitnodiging is opnieuw verstuurd naar ${email}; de link in de eerdere e-mail werkt niet meer.`
      : `De uitnodiging is verstuurd naar ${email}.`,
  };
}

export async function changeRoleAction(org: string, _s: FormState, form: FormData) {
  return run(org, changeMemberRole, form, "De rol is gewijzigd.");
}

export async function removeMemberAction(org: string, _s: FormState, form: FormData) {
  return run(org, removeMember, form, "Het lid is verwijderd en heeft vanaf nu geen toegang meer.");
}

export async function revokeInvitationAction(org: string, _s: FormState, form: FormData) {
  return run(org, revokeInvitation, form, "De uitnodiging is ingetrokken.");
}
