// Who may bring people into a supplier organisation. A supplier is found by its public KvK
// number, so knowing the number must never be enough: only the buyer that registered the
// supplier invites its first admin, and from then on the supplier's own admins decide.
import type { OrganisationKind, Role } from "@/lib/auth/permissions";

/** What the rule needs to know about the organisation an invitation leads into. */
export type InvitedOrganisation = {
  id: string;
  kind: OrganisationKind;
  registeredByOrgId: string | null;
  hasMembers: boolean;
};

/** The registering buyer invites a supplier's first admin, and only while it has no members. */
export function mayInviteFirstAdmin(supplier: InvitedOrganisation, buyerOrgId: string): boolean {
  return supplier.kind === "supplier" && supplier.registeredByOrgId === buyerOrgId && !supplier.hasMembers;
}

/**
 * Checked again when an invitation is used: an organisation's own invitations are its admins'
 * business; one from outside into a supplier counts only as the registering buyer's first-admin
 * invitation while the supplier still has no members, so of two racing invitations only a
 * legitimate first one can be used.
 */
export function invitationStillValid(
  invitation: { role: Role; invitedByOrganisationId: string | null },
  organisation: InvitedOrganisation,
): boolean {
  if (invitation.invitedByOrganisationId === organisation.id) return true;
  if (organisation.kind !== "supplier") return true;
  return (
    invitation.role === "admin" &&
    invitation.invitedByOrganisationId !== null &&
    mayInviteFirstAdmin(organisation, invitation.invitedByOrganisationId)
  );
}

export const INVITATION_NO_LONGER_VALID = "Deze uitnodiging is niet meer geldig.";

export type InvitationState = "pending" | "accepted" | "expired" | "revoked";

/** Where an invitation stands: accepted and revoked are final, an open one expires with time. */
export function invitationState(
  invitation: { acceptedAt: Date | null; revokedAt: Date | null; expiresAt: Date },
  now: Date = new Date(),
): InvitationState {
  if (invitation.acceptedAt) return "accepted";
  if (invitation.revokedAt) return "revoked";
  return invitation.expiresAt.getTime() > now.getTime() ? "pending" : "expired";
}
