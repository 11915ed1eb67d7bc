"use server";

import { AuthError } from "next-auth";
import type { FormState } from "@/app/_components/ui/form";
import { signIn } from "@/lib/auth/config";
import { invitationLanding } from "@/lib/invitations/pages";

/** Accepting signs the invitee in: the link reached the address it was sent to. */
export async function acceptInvitationAction(token: string, _state: FormState): Promise<FormState> {
  const invitation = await invitationLanding(token);
  if (!invitation) return { ok: false, error: "Deze uitnodiging bestaat niet, is verlopen of is al gebruikt." };
  try {
    await signIn("invitation", { token, redirectTo: `/${invitation.organisation.slug}` });
  } catch (error) {
    if (error instanceof AuthError) {
      return { ok: false, error: "Deze uitnodiging kon niet worden geaccepteerd. Misschien is hij net gebruikt of verlopen." };
    }
    throw error;
  }
  return null;
}
