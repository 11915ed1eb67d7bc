import { and, eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { auditEvents } from "@/db/schema";
import { resolveActor } from "@/lib/auth/actor";
import type { BuyerRole } from "@/lib/auth/permissions";
import { NotFoundError } from "@/lib/errors";
import { acceptInvitation, findOpenInvitation } from "@/lib/invitations/invitations";
import { changeMemberRole, inviteMember, removeMember, revokeInvitation } from "@/lib/members/actions";
import { listMembers, listOpenInvitations } from "@/lib/members/queries";
import { withTenant } from "@/lib/tenancy";
import { openTestDatabase } from "../fixtures/db";
import {
  actorContext,
  addMember,
  createBuyer,
  createOrganisation,
  createSupplier,
  expectOk,
  invitationToken,
  outboxFor,
  uniqueEmail,
  type Team,
} from "../fixtures/factories";

const { db } = await openTestDatabase();
let buyer: Team<BuyerRole>;

beforeAll(async () => {
  buyer = await createBuyer(db);
});

// As the member list reads it: in the (buyer) organisation's own scope.
const memberOf = async (organisationId: string, userId: string) =>
  (await withTenant({ userId: "", orgId: organisationId, orgKind: "buyer" }, (tx) => listMembers(tx, { organisationId }), db)).find(
    (m) => m.userId === userId,
  );

describe("inviting a member", () => {
  it("e-mails a link that makes the invitee a member with the chosen role", async () => {
    const email = uniqueEmail("nieuw");
    expectOk(await inviteMember.run(buyer.as.admin, { email: email.toUpperCase(), role: "coordinator" }));
    const [mail] = await outboxFor(db, email);
    expect(mail.subject).toBe(`Uitnodiging voor ${buyer.org.name} in Groeipad`);
    expect(mail.text).toContain("coördinator mvi/kci");
    expect((await listOpenInvitations(db, { organisationId: buyer.org.id })).map((i) => i.email)).toContain(email);

    const { user } = await acceptInvitation(db, { token: invitationToken(mail.text) });
    expect(await resolveActor(db, { userId: user.id, orgSlug: buyer.org.slug })).toMatchObject({ role: "coordinator", email });
  });

  it("asks a new address for its name and keeps the name a person already has", async () => {
    const email = uniqueEmail("naamloos");
    expectOk(await inviteMember.run(buyer.as.admin, { email, role: "viewer" }));
    const token = invitationToken((await outboxFor(db, email))[0].text);
    expect((await findOpenInvitation(db, { token })).inviteeName).toBeNull();
    const { user } = await acceptInvitation(db, { token, name: "Nieuwe Collega" });
    expect(user.name).toBe("Nieuwe Collega");

    const other = await createBuyer(db);
    expectOk(await inviteMember.run(other.as.admin, { email, role: "viewer" }));
    const again = invitationToken((await outboxFor(db, email))[0].text);
    expect((await findOpenInvitation(db, { token: again })).inviteeName).toBe("Nieuwe Collega");
    expect((await acceptInvitation(db, { token: again, name: "Iemand Anders" })).user.name).toBe("Nieuwe Collega");
  });

  it("sends one address at most five invitations an hour, and a refused one leaves the open invitation as it was", async () => {
    const email = uniqueEmail("vaak");
    for (let i = 0; i < 5; i++) expectOk(await inviteMember.run(buyer.as.admin, { email, role: "viewer" }));
    const open = (await listOpenInvitations(db, { organisationId: buyer.org.id })).filter((i) => i.email === email);
    const sixth = await inviteMember.run(buyer.as.admin, { email, role: "viewer" });
    expect(sixth).toMatchObject({ ok: false, code: "RateLimitedError" });
    expect(!sixth.ok && sixth.error).toMatch(/^Er zijn het afgelopen uur al vijf uitnodigingen naar dit e-mailadres gestuurd/);
    expect(await outboxFor(db, email)).toHaveLength(5);
    expect((await listOpenInvitations(db, { organisationId: buyer.org.id })).filter((i) => i.email === email)).toEqual(open);
    // Another address is not held up by it.
    expectOk(await inviteMember.run(buyer.as.admin, { email: uniqueEmail("ander"), role: "viewer" }));
  });

  it("refuses someone who is already a member", async () => {
    const result = await inviteMember.run(buyer.as.admin, { email: buyer.as.viewer.email, role: "viewer" });
    expect(!result.ok && result.fieldErrors).toEqual({ email: "Deze persoon is al lid van je organisatie." });
  });

  it("refuses roles that do not exist for the kind of organisation", async () => {
    const supplier = await createSupplier(db);
    for (const [ctx, role] of [
      [buyer.as.admin, "reporter"],
      [buyer.as.admin, "operator"],
      [supplier.as.admin, "contract_manager"],
      [supplier.as.admin, "coordinator"],
    ] as const) {
      const email = uniqueEmail();
      const result = await inviteMember.run(ctx, { email, role });
      expect(!result.ok && result.fieldErrors).toEqual({ role: "Deze rol bestaat niet voor jouw organisatie." });
      expect(await outboxFor(db, email)).toEqual([]);
    }
    const member = await addMember(db, buyer.org, "viewer");
    const change = await changeMemberRole.run(buyer.as.admin, { userId: member.id, role: "reporter", version: 1 });
    expect(!change.ok && change.fieldErrors).toEqual({ role: "Deze rol bestaat niet voor jouw organisatie." });
  });

  it("a revoked invitation link no longer works", async () => {
    const email = uniqueEmail();
    const { invitationId } = expectOk(await inviteMember.run(buyer.as.admin, { email, role: "viewer" }));
    expectOk(await revokeInvitation.run(buyer.as.admin, { invitationId }));
    const [mail] = await outboxFor(db, email);
    await expect(acceptInvitation(db, { token: invitationToken(mail.text) })).rejects.toThrow(NotFoundError);
    expect(await revokeInvitation.run(buyer.as.admin, { invitationId })).toMatchObject({ code: "NotFoundError" });
  });
});

describe("inviting an address again", () => {
  it("with the same role sends a new link and the old one stops working", async () => {
    const email = uniqueEmail("opnieuw");
    expectOk(await inviteMember.run(buyer.as.admin, { email, role: "viewer" }));
    const first = invitationToken((await outboxFor(db, email))[0].text);
    expect(expectOk(await inviteMember.run(buyer.as.admin, { email, role: "viewer" })).resent).toBe(true);
    const second = invitationToken((await outboxFor(db, email))[0].text);
    expect(second).not.toBe(first);
    await expect(acceptInvitation(db, { token: first })).rejects.toThrow(NotFoundError);
    expect((await listOpenInvitations(db, { organisationId: buyer.org.id, email })).map((i) => i.role)).toEqual(["viewer"]);
  });

  it("with another role warns at the role, keeps the open invitation and its link, and changes the role only when confirmed", async () => {
    const email = uniqueEmail("andere-rol");
    expectOk(await inviteMember.run(buyer.as.admin, { email, role: "viewer" }));
    const first = invitationToken((await outboxFor(db, email))[0].text);

    const warned = await inviteMember.run(buyer.as.admin, { email, role: "admin" });
    expect(warned).toMatchObject({ ok: false, code: "ValidationError" });
    const fields = !warned.ok ? warned.fieldErrors : {};
    expect(fields?.role).toContain("al uitgenodigd als lezer");
    expect(fields?.replaceOpen).toBe("Ja, vervang de uitnodiging als lezer door een uitnodiging als beheerder.");
    expect(await outboxFor(db, email)).toHaveLength(1);
    expect((await findOpenInvitation(db, { token: first })).role).toBe("viewer");

    expectOk(await inviteMember.run(buyer.as.admin, { email, role: "admin", replaceOpen: "on" }));
    await expect(findOpenInvitation(db, { token: first })).rejects.toThrow(NotFoundError);
    const second = invitationToken((await outboxFor(db, email))[0].text);
    const replacement = await findOpenInvitation(db, { token: second });
    expect(replacement.role).toBe("admin");
    // The audit trail says what was replaced: who decided the new role is on the event.
    const [event] = await db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.entity, "invitation"), eq(auditEvents.entityId, replacement.id)));
    expect(event).toMatchObject({ actorUserId: buyer.as.admin.userId, after: { role: "admin", replaces: [{ role: "viewer" }] } });
  });

  it("of another organisation's open invitation is no warning: each organisation invites on its own", async () => {
    const email = uniqueEmail("elders");
    const other = await createBuyer(db);
    expectOk(await inviteMember.run(other.as.admin, { email, role: "admin" }));
    const result = expectOk(await inviteMember.run(buyer.as.admin, { email, role: "viewer" }));
    expect(result.resent).toBe(false);
  });
});

describe("changing a role", () => {
  it("needs the current version: a stale one is a conflict", async () => {
    const member = await addMember(db, buyer.org, "viewer");
    expect(expectOk(await changeMemberRole.run(buyer.as.admin, { userId: member.id, role: "contract_manager", version: "1" }))).toEqual({
      role: "contract_manager",
    });
    const stale = await changeMemberRole.run(buyer.as.admin, { userId: member.id, role: "coordinator", version: "1" });
    expect(stale).toMatchObject({ ok: false, code: "ConflictError" });
    expect(await memberOf(buyer.org.id, member.id)).toMatchObject({ role: "contract_manager", version: 2 });
    const ctx = await actorContext(db, member.id, buyer.org.slug);
    expect(ctx.role).toBe("contract_manager");
  });

  it("keeps at least one admin, but lets one of two admins step down", async () => {
    const org = await createOrganisation(db, "buyer");
    const first = await addMember(db, org, "admin");
    const firstCtx = await actorContext(db, first.id, org.slug);
    const demote = await changeMemberRole.run(firstCtx, { userId: first.id, role: "viewer", version: 1 });
    expect(!demote.ok && demote.fieldErrors).toEqual({ role: "Er moet minstens één beheerder overblijven." });
    const remove = await removeMember.run(firstCtx, { userId: first.id });
    expect(remove).toMatchObject({
      ok: false,
      code: "ValidationError",
      fieldErrors: { _form: expect.stringContaining("laatste beheerder") },
    });
    expect(await memberOf(org.id, first.id)).toMatchObject({ role: "admin" });

    const second = await addMember(db, org, "admin");
    expectOk(await changeMemberRole.run(firstCtx, { userId: second.id, role: "viewer", version: 1 }));
    expect(await memberOf(org.id, second.id)).toMatchObject({ role: "viewer" });
  });
});

describe("removing a member", () => {
  it("takes away access on the very next request", async () => {
    const member = await addMember(db, buyer.org, "contract_manager");
    await expect(resolveActor(db, { userId: member.id, orgSlug: buyer.org.slug })).resolves.toMatchObject({ role: "contract_manager" });
    expectOk(await removeMember.run(buyer.as.admin, { userId: member.id }));
    await expect(resolveActor(db, { userId: member.id, orgSlug: buyer.org.slug })).rejects.toThrow(NotFoundError);
    expect(await memberOf(buyer.org.id, member.id)).toBeUndefined();
  });

  it("cannot remove a member of another organisation", async () => {
    const other = await createBuyer(db);
    const result = await removeMember.run(buyer.as.admin, { userId: other.as.viewer.userId });
    expect(result).toMatchObject({ ok: false, code: "NotFoundError" });
    await expect(resolveActor(db, { userId: other.as.viewer.userId, orgSlug: other.org.slug })).resolves.toMatchObject({ role: "viewer" });
  });
});
