import { and, eq, gt, isNull, ne, sql } from "drizzle-orm";
import { queryRows, type Db } from "@/db/client";
import { invitations, memberships, organisations, people, users } from "@/db/schema";
import { admitAddress, inAccountContext } from "@/lib/auth/account-context";
import type { Actor } from "@/lib/auth/actor";
import { roleLabel, type OrganisationKind, type Role } from "@/lib/auth/permissions";
import { recordAudit, recordAudits } from "@/lib/audit";
import type { PendingEmail } from "@/lib/email/send";
import { appUrl } from "@/lib/env";
import { NotFoundError } from "@/lib/errors";
import { withTenant } from "@/lib/tenancy";
import { formatDate } from "@/lib/format";
import { consumeRateLimits, INVITATION_LIMITS } from "@/lib/rate-limit";
import { INVITATION_NO_LONGER_VALID, invitationStillValid, type InvitedOrganisation } from "./rules";
import { hashInvitationToken, INVITATION_VALID_DAYS, newInvitationToken } from "./tokens";

export type NewInvitation = {
  organisation: { id: string; name: string; kind: OrganisationKind };
  email: string;
  role: Role;
  contractTitle?: string | null;
};

/**
 * Stores an invitation (only its token's hash) with its audit event in the caller's
 * transaction. Returns what is needed to send the e-mail once the transaction has committed.
 */
export async function createInvitation(tx: Db, actor: Actor, input: NewInvitation) {
  // Counted in the transaction: a refused or failed invitation does not use up the allowance.
  await consumeRateLimits(tx, [INVITATION_LIMITS.perOrganisation(actor.org.id), INVITATION_LIMITS.perAddress(input.email)]);
  const { token, tokenHash } = newInvitationToken();
  const expiresAt = new Date(Date.now() + INVITATION_VALID_DAYS * 86_400_000);
  // A new invitation to the same address replaces an open one, so only the latest link works.
  const replaced = await tx
    .update(invitations)
    .set({ revokedAt: new Date() })
    .where(
      and(
        eq(invitations.organisationId, input.organisation.id),
        eq(invitations.email, input.email),
        isNull(invitations.acceptedAt),
        isNull(invitations.revokedAt),
      ),
    )
    .returning({ id: invitations.id, role: invitations.role });
  const [row] = await tx
    .insert(invitations)
    .values({
      organisationId: input.organisation.id,
      email: input.email,
      role: input.role,
      tokenHash,
      invitedByUserId: actor.userId,
      invitedByOrganisationId: actor.org.id,
      contractTitle: input.contractTitle ?? null,
      expiresAt,
    })
    .returning({ id: invitations.id });
  await recordAudit(tx, actor, {
    tenantId: input.organisation.id,
    entity: "invitation",
    entityId: row.id,
    action: "create",
    after: {
      email: input.email,
      role: input.role,
      organisationId: input.organisation.id,
      ...(replaced.length ? { replaces: replaced } : {}),
    },
  });
  return {
    id: row.id,
    // Sent after the commit, by the action: an invitation that was rolled back has no e-mail.
    email: {
      to: input.email,
      template: "invitation",
      props: {
        organisationName: input.organisation.name,
        roleLabel: roleLabel(input.organisation.kind, input.role),
        invitedBy: actor.name ?? actor.email,
        invitingOrganisationName: actor.org.name,
        contractTitle: input.contractTitle ?? null,
        acceptUrl: `${appUrl()}/uitnodiging/${token}`,
        expiresOn: formatDate(expiresAt.toISOString().slice(0, 10)),
      },
    } satisfies PendingEmail,
  };
}

export type OpenInvitation = {
  id: string;
  email: string;
  role: Role;
  organisation: { id: string; name: string; slug: string; kind: OrganisationKind };
  invitedBy: string | null;
  invitedByOrganisationId: string | null;
  contractTitle: string | null;
  expiresAt: Date;
  /** The name Groeipad already knows for the invited address, if any: otherwise it is asked. */
  inviteeName: string | null;
};

/**
 * An invitation that can still be accepted, by its token; anything else is "not found". Read
 * before anybody is signed in, in a transaction that presents the token's hash: the invitations
 * policy admits exactly that row.
 */
export async function findOpenInvitation(db: Db, { token, now = new Date() }: { token: string; now?: Date }): Promise<OpenInvitation> {
  const tokenHash = hashInvitationToken(token);
  const found = await inAccountContext(db, { invitationTokenHash: tokenHash }, async (tx) => {
    const [row] = await tx
      .select({
        id: invitations.id,
        email: invitations.email,
        role: invitations.role,
        orgId: organisations.id,
        orgName: organisations.name,
        slug: organisations.slug,
        kind: organisations.kind,
        invitedBy: people.name,
        invitedByOrganisationId: invitations.invitedByOrganisationId,
        contractTitle: invitations.contractTitle,
        expiresAt: invitations.expiresAt,
      })
      .from(invitations)
      .innerJoin(organisations, eq(organisations.id, invitations.organisationId))
      .leftJoin(people, eq(people.id, invitations.invitedByUserId))
      .where(
        and(
          eq(invitations.tokenHash, tokenHash),
          isNull(invitations.acceptedAt),
          isNull(invitations.revokedAt),
          gt(invitations.expiresAt, now),
        ),
      )
      .limit(1);
    if (!row) return null;
    // The link was sent to this address, so whoever holds it may see the name kept for it.
    await admitAddress(tx, row.email);
    const [invitee] = await tx.select({ name: users.name }).from(users).where(eq(users.email, row.email));
    return { row, organisation: await invitedOrganisation(tx, { id: row.orgId }), inviteeName: invitee?.name ?? null };
  });
  if (!found) throw new NotFoundError("Deze uitnodiging bestaat niet, is verlopen of is al gebruikt.");
  const { row } = found;
  const invitation = {
    id: row.id,
    email: row.email,
    role: row.role as Role,
    organisation: { id: row.orgId, name: row.orgName, slug: row.slug, kind: row.kind },
    invitedBy: row.invitedBy,
    invitedByOrganisationId: row.invitedByOrganisationId,
    contractTitle: row.contractTitle,
    expiresAt: row.expiresAt,
    inviteeName: found.inviteeName,
  };
  if (!invitationStillValid(invitation, found.organisation)) throw new NotFoundError(INVITATION_NO_LONGER_VALID);
  return invitation;
}

/**
 * The organisation an invitation leads into, as the membership rule sees it. With forUpdate the
 * row stays locked until the transaction ends, so two invitations into the same supplier are
 * accepted (or issued) one after the other and the second sees the first one's member. Whether
 * it has members comes from organisation_has_members: a buyer inviting a supplier's first admin,
 * and the invitation page, may not read the supplier's memberships themselves.
 */
export async function invitedOrganisation(
  db: Db,
  { id, forUpdate = false }: { id: string; forUpdate?: boolean },
): Promise<InvitedOrganisation> {
  const query = db
    .select({ id: organisations.id, kind: organisations.kind, registeredByOrgId: organisations.registeredByOrgId })
    .from(organisations)
    .where(eq(organisations.id, id));
  const [organisation] = forUpdate ? await query.for("update") : await query;
  if (!organisation) throw new NotFoundError(INVITATION_NO_LONGER_VALID);
  // A statement of its own, after the lock: it sees a member that the lock waited for.
  const [members] = await queryRows<{ has: boolean }>(db, sql`select organisation_has_members(${id}::uuid) as has`);
  return { ...organisation, hasMembers: Boolean(members?.has) };
}

/**
 * Revokes the open invitations one organisation sent into another (a supplier's first-admin
 * invitations from its buyer), each with an audit event.
 */
export async function revokeInvitationsFrom(
  tx: Db,
  actor: Pick<Actor, "userId" | "org">,
  params: { organisationId: string; invitedByOrganisationId: string; reason: string },
): Promise<void> {
  const revoked = await tx
    .update(invitations)
    .set({ revokedAt: new Date() })
    .where(
      and(
        eq(invitations.organisationId, params.organisationId),
        eq(invitations.invitedByOrganisationId, params.invitedByOrganisationId),
        ne(invitations.organisationId, params.invitedByOrganisationId),
        isNull(invitations.acceptedAt),
        isNull(invitations.revokedAt),
      ),
    )
    .returning({ id: invitations.id, email: invitations.email });
  await recordAudits(
    tx,
    actor,
    revoked.map((row) => ({
      tenantId: params.organisationId,
      entity: "invitation" as const,
      entityId: row.id,
      action: "revoke",
      before: { email: row.email },
      after: { reason: params.reason },
    })),
  );
}

/**
 * Accepting proves the invitee controls the address the link was sent to: the user is created
 * when new, becomes a member (an existing membership keeps its role) and the link is used up.
 */
export async function acceptInvitation(db: Db, { token, name = null }: { token: string; name?: string | null }) {
  return claimInvitation(db, await findOpenInvitation(db, { token }), name);
}

/**
 * The open invitation of an address into an organisation, accepted because the organisation's
 * own identity provider vouched for the address (lib/sso): as good as the link in the e-mail.
 */
export async function acceptInvitationVouchedFor(
  db: Db,
  params: { organisation: { id: string; kind: OrganisationKind }; email: string; name: string | null },
) {
  const scope = { userId: "", orgId: params.organisation.id, orgKind: params.organisation.kind };
  const [invitation] = await withTenant(
    scope,
    (tx) =>
      tx
        .select({
          id: invitations.id,
          email: invitations.email,
          role: invitations.role,
          invitedByOrganisationId: invitations.invitedByOrganisationId,
        })
        .from(invitations)
        .where(
          and(
            eq(invitations.organisationId, params.organisation.id),
            eq(invitations.email, params.email),
            isNull(invitations.acceptedAt),
            isNull(invitations.revokedAt),
            gt(invitations.expiresAt, new Date()),
          ),
        )
        .limit(1),
    db,
  );
  if (!invitation) throw new NotFoundError(INVITATION_NO_LONGER_VALID);
  return claimInvitation(db, { ...invitation, role: invitation.role as Role, organisation: params.organisation }, params.name);
}

type ClaimedInvitation = Pick<OpenInvitation, "id" | "email" | "role" | "invitedByOrganisationId"> & {
  organisation: { id: string; kind: OrganisationKind };
};

/**
 * The membership rule is checked again with the organisation locked: between the e-mail and the
 * click the supplier may have got its admin, or the invitation may have been replaced.
 */
async function claimInvitation<I extends ClaimedInvitation>(db: Db, invitation: I, name: string | null) {
  const scope = { userId: "", orgId: invitation.organisation.id, orgKind: invitation.organisation.kind };
  return withTenant(
    scope,
    async (tx) => {
      const organisation = await invitedOrganisation(tx, { id: invitation.organisation.id, forUpdate: true });
      if (!invitationStillValid(invitation, organisation)) throw new NotFoundError(INVITATION_NO_LONGER_VALID);
      const claimed = await tx
        .update(invitations)
        .set({ acceptedAt: new Date() })
        .where(
          and(
            eq(invitations.id, invitation.id),
            isNull(invitations.acceptedAt),
            isNull(invitations.revokedAt),
            gt(invitations.expiresAt, new Date()),
          ),
        )
        .returning({ id: invitations.id });
      if (claimed.length === 0) throw new NotFoundError(INVITATION_NO_LONGER_VALID);
      // The link reached this address: the transaction may now create or update its user row.
      await admitAddress(tx, invitation.email);
      const [user] = await tx
        .insert(users)
        .values({ email: invitation.email, name, emailVerified: new Date() })
        // A name the person already has stays: the one asked for on acceptance fills in a missing one.
        .onConflictDoUpdate({
          target: users.email,
          set: { emailVerified: sql`coalesce(${users.emailVerified}, now())`, name: sql`coalesce(${users.name}, ${name})` },
        })
        .returning();
      const inserted = await tx
        .insert(memberships)
        .values({ organisationId: invitation.organisation.id, userId: user.id, role: invitation.role })
        .onConflictDoNothing()
        .returning({ role: memberships.role });
      const actor = { userId: user.id, org: { id: invitation.organisation.id } };
      await recordAudit(tx, actor, {
        tenantId: invitation.organisation.id,
        entity: "membership",
        entityId: user.id,
        action: inserted.length ? "join" : "invitation_accepted_existing_member",
        after: { role: invitation.role, invitationId: invitation.id },
      });
      return { user, organisation: invitation.organisation };
    },
    db,
  );
}
