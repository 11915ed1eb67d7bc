import type { FormState } from "@/app/_components/ui/form";
import type { SupplierAccess } from "@/lib/contracts/supplier-link";
import { Badge } from "@/app/_components/ui/badge";
import { formatDateTime } from "@/lib/format";
import type { InvitationState } from "@/lib/invitations/rules";
import { ResendSupplierInvitation } from "./resend-supplier-invitation";

const STATE: Record<InvitationState, { label: string; tone: "green" | "amber" | "red" | "grey" }> = {
  pending: { label: "Uitnodiging openstaand", tone: "amber" },
  accepted: { label: "Uitnodiging geaccepteerd", tone: "green" },
  expired: { label: "Uitnodiging verlopen", tone: "red" },
  revoked: { label: "Uitnodiging ingetrokken", tone: "grey" },
};

/** What the buyer's side sees of the supplier's access: whether its people can get in, and how far the invitation got. */
export function SupplierAccessFacts({
  access,
  resend,
}: {
  access: SupplierAccess;
  /** The contract manager's resend, when this buyer may still invite the supplier's first admin. */
  resend: { action: (state: FormState, form: FormData) => Promise<FormState>; kvk: string } | null;
}) {
  const invitation = access.latestInvitation;
  return (
    <>
      <dt>Toegang</dt>
      <dd>
        {invitation ? <Badge tone={STATE[invitation.state].tone}>{STATE[invitation.state].label}</Badge> : null}
        <span className="small"> {accessSentence(access)}</span>
        {resend && access.invitesFirstAdmin && invitation && invitation.state !== "accepted" ? (
          <ResendSupplierInvitation action={resend.action} kvk={resend.kvk} email={invitation.email} />
        ) : null}
      </dd>
    </>
  );
}

function accessSentence({ hasMembers, invitesFirstAdmin, latestInvitation: invitation }: SupplierAccess): string {
  if (invitation?.state === "accepted") {
    return `${invitation.email} heeft de uitnodiging geaccepteerd op ${formatDateTime(invitation.acceptedAt!)}.`;
  }
  if (hasMembers) return "De leverancier heeft eigen gebruikers; hun beheerder bepaalt wie er toegang krijgt.";
  if (invitation?.state === "pending") {
    return `Verstuurd aan ${invitation.email} op ${formatDateTime(invitation.createdAt)}, nog niet geaccepteerd; geldig tot ${formatDateTime(invitation.expiresAt)}.`;
  }
  if (invitation?.state === "expired")
    return `De uitnodiging aan ${invitation.email} is verlopen op ${formatDateTime(invitation.expiresAt)}.`;
  if (invitation?.state === "revoked") return `De uitnodiging aan ${invitation.email} is ingetrokken.`;
  return invitesFirstAdmin
    ? "Nog niemand van de leverancier is uitgenodigd."
    : "Nog geen gebruikers; de opdrachtgever die deze leverancier in Groeipad zette, nodigt de eerste beheerder uit.";
}
