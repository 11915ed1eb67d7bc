import { describe, expect, it } from "vitest";
import { invitationStillValid, mayInviteFirstAdmin, type InvitedOrganisation } from "@/lib/invitations/rules";

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
