import { and, count, eq, isNull } from "drizzle-orm";
import { isPersonOfGroupMember } from "@/lib/groups/people";
import type { Db } from "@/db/client";
import { invitations, memberships } from "@/db/schema";
import { isRoleOf, leadingRole, roleLabel, type Role } from "@/lib/auth/permissions";
import { endAllSessions } from "@/lib/auth/user-sessions";
import { recordAudit } from "@/lib/audit";
import { ConflictError, NotFoundError, ValidationError } from "@/lib/errors";
import { sendEmail } from "@/lib/email/send";
import { createInvitation } from "@/lib/invitations/invitations";
import { formatDate } from "@/lib/format";
import { amsterdamToday } from "@/lib/time";
import { listOpenInvitations, organisationContacts } from "./queries";
import { ChangeRole, InviteMember, RemoveMember, RevokeInvitation } from "./schemas";
import type { Actor } from "@/lib/auth/actor";
import { defineAction } from "@/lib/http/action";

function requireRoleOfOrganisation(ctx: Actor, role: string): Role {
  if (!isRoleOf(ctx.org.kind, role)) throw new ValidationError({ role: "Deze rol bestaat niet voor jouw organisatie." });
  return role;
}

export const inviteMember = defineAction({
  name: "members.invite",
  permission: "members.invite",
  input: InviteMember,
  async handler(tx, ctx, input) {
    const role = requireRoleOfOrganisation(ctx, input.role);
    const [existing] = await organisationContacts(tx, { organisationId: ctx.org.id, emails: [input.email] });
    if (existing) throw new ValidationError({ email: "Deze persoon is al lid van je organisatie." });
    // A buyer group's people come from its members: its shared figures are theirs.
    if (ctx.org.kind === "buyer_group" && !(await isPersonOfGroupMember(tx, input.email))) {
      throw new ValidationError({
        email: "Nodig alleen mensen uit van organisaties die lid zijn van de groep; dit adres hoort bij geen van hen.",
      });
    }
    const [open] = await listOpenInvitations(tx, { organisationId: ctx.org.id, email: input.email });
    // Sending again must not quietly give the address another role than the one it was invited for.
    if (open && open.role !== role && !input.replaceOpen) {
      const was = roleLabel(ctx.org.kind, open.role).toLowerCase();
      throw new ValidationError({
        role: `Dit adres is al uitgenodigd als ${was} (op ${formatDate(amsterdamToday(open.createdAt))}). Kies weer ${was} om de uitnodiging opnieuw te sturen, of bevestig hieronder de nieuwe rol.`,
        replaceOpen: `Ja, vervang de uitnodiging als ${was} door een uitnodiging als ${roleLabel(ctx.org.kind, role).toLowerCase()}.`,
      });
    }
    const invitation = await createInvitation(tx, ctx, { organisation: ctx.org, email: input.email, role });
    return { ...invitation, resent: Boolean(open) };
  },
  // The invitation is the e-mail: unlike a notification, a failure to send it is reported.
  async afterCommit(db, invitation) {
    await sendEmail(db, invitation.email);
    return { invitationId: invitation.id, resent: invitation.resent };
  },
});

/** People left in the organisation's leading role; the last one can be neither demoted nor removed. */
async function leaderCount(tx: Db, organisation: Actor["org"]): Promise<number> {
  const [row] = await tx
    .select({ n: count() })
    .from(memberships)
    .where(and(eq(memberships.organisationId, organisation.id), eq(memberships.role, leadingRole(organisation.kind))));
  return Number(row?.n ?? 0);
}

async function membershipInOrganisation(tx: Db, organisationId: string, userId: string) {
  const [row] = await tx
    .select()
    .from(memberships)
    .where(and(eq(memberships.organisationId, organisationId), eq(memberships.userId, userId)));
  if (!row) throw new NotFoundError("Dit lid bestaat niet (meer).");
  return row;
}

export const changeMemberRole = defineAction({
  name: "members.change_role",
  permission: "members.change_role",
  input: ChangeRole,
  async handler(tx, ctx, input) {
    const role = requireRoleOfOrganisation(ctx, input.role);
    const before = await membershipInOrganisation(tx, ctx.org.id, input.userId);
    const leader = leadingRole(ctx.org.kind);
    if (before.role === leader && role !== leader && (await leaderCount(tx, ctx.org)) <= 1) {
      throw new ValidationError({ role: `Er moet minstens één ${roleLabel(ctx.org.kind, leader).toLowerCase()} overblijven.` });
    }
    const [after] = await tx
      .update(memberships)
      .set({ role, version: before.version + 1 })
      .where(and(eq(memberships.organisationId, ctx.org.id), eq(memberships.userId, input.userId), eq(memberships.version, input.version)))
      .returning();
    if (!after) throw new ConflictError();
    await recordAudit(tx, ctx, {
      tenantId: ctx.org.id,
      entity: "membership",
      entityId: input.userId,
      action: "change_role",
      before: { role: before.role },
      after: { role: after.role },
    });
    return { role: after.role };
  },
});

export const removeMember = defineAction({
  name: "members.remove",
  permission: "members.remove",
  input: RemoveMember,
  async handler(tx, ctx, input) {
    const before = await membershipInOrganisation(tx, ctx.org.id, input.userId);
    if (before.role === leadingRole(ctx.org.kind) && (await leaderCount(tx, ctx.org)) <= 1) {
      throw new ValidationError({ _form: `De laatste ${roleLabel(ctx.org.kind, before.role).toLowerCase()} kan niet worden verwijderd.` });
    }
    await tx.delete(memberships).where(and(eq(memberships.organisationId, ctx.org.id), eq(memberships.userId, input.userId)));
    // A removed member is signed out everywhere at once, not at the end of an open session.
    await endAllSessions(tx, { userId: input.userId });
    await recordAudit(tx, ctx, {
      tenantId: ctx.org.id,
      entity: "membership",
      entityId: input.userId,
      action: "remove",
      before: { role: before.role },
    });
    return { removed: input.userId };
  },
});

export const revokeInvitation = defineAction({
  name: "members.revoke_invitation",
  permission: "members.invite",
  input: RevokeInvitation,
  async handler(tx, ctx, input) {
    const [row] = await tx
      .update(invitations)
      .set({ revokedAt: new Date() })
      .where(
        and(
          eq(invitations.id, input.invitationId),
          eq(invitations.organisationId, ctx.org.id),
          isNull(invitations.acceptedAt),
          isNull(invitations.revokedAt),
        ),
      )
      .returning({ id: invitations.id, email: invitations.email });
    if (!row) throw new NotFoundError("Deze uitnodiging bestaat niet (meer).");
    await recordAudit(tx, ctx, {
      tenantId: ctx.org.id,
      entity: "invitation",
      entityId: row.id,
      action: "revoke",
      before: { email: row.email },
    });
    return { revoked: row.id };
  },
});
