"use server";

import { AuthError } from "next-auth";
import type { FormState } from "@/app/_components/ui/form";
import { signIn } from "@/lib/auth/config";
import { invitationLanding } from "@/lib/invitations/pages";
import { AcceptInvitation } from "@/lib/invitations/schemas";
import { fieldErrorsOf } from "@/lib/http/input";

const NAME_NEEDED = "Vul je naam in: zo zien collega's en de andere partij wie er iets heeft gedaan.";

/** Accepting signs the invitee in: the link reached the address it was sent to. */
export async function acceptInvitationAction(token: string, _state: FormState, form: FormData): Promise<FormState> {
  const { invitation, refusal } = await invitationLanding(token);
  if (!invitation) return { ok: false, error: refusal };
  const parsed = AcceptInvitation.safeParse({ name: form.get("name") ?? "" });
  if (!parsed.success) return { ok: false, error: "Controleer je naam.", fieldErrors: fieldErrorsOf(parsed.error) };
  if (!invitation.inviteeName && !parsed.data.name) return { ok: false, error: NAME_NEEDED, fieldErrors: { name: NAME_NEEDED } };
  try {
    await signIn("invitation", { token, name: parsed.data.name ?? "", redirectTo: `/${invitation.organisation.slug}` });
  } catch (error) {
    if (error instanceof AuthError) {
      // Refused while accepting (used, replaced, or the organisation got its admin meanwhile): say why.
      const after = await invitationLanding(token);
      return {
        ok: false,
        error: after.refusal ?? "Deze uitnodiging kon niet worden geaccepteerd. Misschien is hij net gebruikt of verlopen.",
      };
    }
    throw error;
  }
  return null;
}
