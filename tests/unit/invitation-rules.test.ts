import { describe, expect, it } from "vitest";
import { invitationState, invitationStillValid, mayInviteFirstAdmin, type InvitedOrganisation } from "@/lib/invitations/rules";

const supplier = (over: Partial<InvitedOrganisation> = {}): InvitedOrganisation => ({
  id: "s",
  kind: "supplier",
  registeredByOrgId: "a",
  hasMembers: false,
  ...over,
});

describe("who invites a supplier's first admin", () => {
  it("is the registering buyer, while the supplier has no members", () => {
    expect(mayInviteFirstAdmin(supplier(), "a")).toBe(true);
    expect(mayInviteFirstAdmin(supplier(), "b")).toBe(false);
    expect(mayInviteFirstAdmin(supplier({ hasMembers: true }), "a")).toBe(false);
    expect(mayInviteFirstAdmin(supplier({ registeredByOrgId: null }), "a")).toBe(false);
    expect(mayInviteFirstAdmin(supplier({ kind: "buyer" }), "a")).toBe(false);
  });
});

describe("an invitation at the moment it is used", () => {
  it("from the organisation itself is its admins' business", () => {
    expect(invitationStillValid({ role: "reporter", invitedByOrganisationId: "s" }, supplier({ hasMembers: true }))).toBe(true);
  });

  it("from outside into a supplier holds only as the registering buyer's first-admin invitation", () => {
    expect(invitationStillValid({ role: "admin", invitedByOrganisationId: "a" }, supplier())).toBe(true);
    expect(invitationStillValid({ role: "admin", invitedByOrganisationId: "b" }, supplier())).toBe(false);
    expect(invitationStillValid({ role: "admin", invitedByOrganisationId: "a" }, supplier({ hasMembers: true }))).toBe(false);
    expect(invitationStillValid({ role: "viewer", invitedByOrganisationId: "a" }, supplier())).toBe(false);
    expect(invitationStillValid({ role: "admin", invitedByOrganisationId: null }, supplier())).toBe(false);
  });
});

describe("invitationState", () => {
  const now = new Date("2026-12-05T12:00:00Z");
  const open = { acceptedAt: null, revokedAt: null, expiresAt: new Date("2026-12-19T12:00:00Z") };

  it("is pending until it expires, and expired from its expiry on", () => {
    expect(invitationState(open, now)).toBe("pending");
    expect(invitationState({ ...open, expiresAt: now }, now)).toBe("expired");
  });

  it("keeps accepted and revoked whatever the clock says, accepted first", () => {
    const later = new Date("2027-01-31T12:00:00Z");
    expect(invitationState({ ...open, acceptedAt: now }, later)).toBe("accepted");
    expect(invitationState({ ...open, revokedAt: now }, later)).toBe("revoked");
    expect(invitationState({ ...open, acceptedAt: now, revokedAt: now }, now)).toBe("accepted");
  });
});
