"use server";

import { AuthError } from "next-auth";
import type { FormState } from "@/app/_components/ui/form";
import { signIn } from "@/lib/auth/config";
import { invitationLanding } from "@/lib/invitations/pages";

/** Accepting signs the invitee in: the link reached the address it was sent to. */
export async function acceptInvitationAction(token: string, _state: FormState): Promise<FormState> {
  const { invitation, refusal } = await invitationLanding(token);
  if (!invitation) return { ok: false, error: refusal };
  try {
    await signIn("invitation", { token, redirectTo: `/${invitation.organisation.slug}` });
  } catch (error) {
    if (error instanceof AuthError) {
      // Refused while accepting (used, replaced, or the organisation got its admin meanwhile): say why.
      const after = await invitationLanding(token);
      return { ok: false, error: after.refusal ?? "Deze uitnodiging kon niet worden geaccepteerd. Misschien is hij net gebruikt of verlopen." };
    }
    throw error;
  }
  return null;
}
