// The supplier side of a contract as its buyer sees it: finding a supplier by KvK number,
// registering a new one, the standing of the linked one (may this buyer still invite its first
// admin?) and the e-mail that tells a supplier's admins about a new link.
import { and, desc, eq, gt, isNull } from "drizzle-orm";
import type { Db } from "@/db/client";
import { invitations, organisations } from "@/db/schema";
import { recordAudit } from "@/lib/audit";
import { appUrl } from "@/lib/env";
import { ValidationError } from "@/lib/errors";
import { invitedOrganisation } from "@/lib/invitations/invitations";
import { invitationState, mayInviteFirstAdmin } from "@/lib/invitations/rules";
import { organisationContacts } from "@/lib/members/queries";
import { freeSlugFor } from "@/lib/organisations/queries";
import type { PendingEmail } from "@/lib/email/send";
import { getContractInTenant } from "./queries";
import type { Actor } from "@/lib/auth/actor";

/** The supplier registered under a KvK number, or null; a buyer's number is refused. */
export async function supplierByKvk(tx: Db, { kvk }: { kvk: string }) {
  const [existing] = await tx.select().from(organisations).where(eq(organisations.kvk, kvk)).limit(1);
  if (existing && existing.kind !== "supplier") {
    throw new ValidationError({ kvk: "Dit KvK-nummer hoort bij een opdrachtgever, niet bij een leverancier." });
  }
  return existing ?? null;
}

/** A new supplier, registered by the acting buyer: the one that may invite its first admin. */
export async function registerSupplier(tx: Db, ctx: Actor, input: { kvk: string; name: string }) {
  const slug = await freeSlugFor(tx, input.name);
  const [created] = await tx
    .insert(organisations)
    .values({
      kind: "supplier",
      name: input.name,
      kvk: input.kvk,
      slug,
      registeredByOrgId: ctx.org.id,
    })
    .returning();
  await recordAudit(tx, ctx, { tenantId: created.id, entity: "organisation", entityId: created.id, action: "create", after: created });
  return created;
}

/** The open (unused, unrevoked, unexpired) invitations a buyer sent into a supplier, newest first. */
export async function openInvitationsFrom(tx: Db, params: { supplierOrgId: string; buyerOrgId: string }, now = new Date()) {
  return tx
    .select({ id: invitations.id, email: invitations.email, expiresAt: invitations.expiresAt })
    .from(invitations)
    .where(
      and(
        eq(invitations.organisationId, params.supplierOrgId),
        eq(invitations.invitedByOrganisationId, params.buyerOrgId),
        isNull(invitations.acceptedAt),
        isNull(invitations.revokedAt),
        gt(invitations.expiresAt, now),
      ),
    )
    .orderBy(desc(invitations.createdAt));
}

/**
 * How the supplier of a contract stands as its buyer sees it: whether it has users of its own,
 * whether this buyer may (still) invite its first admin, and the latest invitation this buyer sent
 * it (pending, accepted, expired or revoked). Only the buyer's own invitations are read: the
 * invitations policy admits those, and the supplier's own invitations are its business.
 */
export async function supplierAccessOf(tx: Db, params: { supplierOrgId: string; buyerOrgId: string; now?: Date }) {
  const standing = await invitedOrganisation(tx, { id: params.supplierOrgId });
  const [latest] = await tx
    .select({
      email: invitations.email,
      createdAt: invitations.createdAt,
      expiresAt: invitations.expiresAt,
      acceptedAt: invitations.acceptedAt,
      revokedAt: invitations.revokedAt,
    })
    .from(invitations)
    .where(and(eq(invitations.organisationId, params.supplierOrgId), eq(invitations.invitedByOrganisationId, params.buyerOrgId)))
    .orderBy(desc(invitations.createdAt))
    .limit(1);
  return {
    hasMembers: standing.hasMembers,
    invitesFirstAdmin: mayInviteFirstAdmin(standing, params.buyerOrgId),
    latestInvitation: latest ? { ...latest, state: invitationState(latest, params.now) } : null,
  };
}
export type SupplierAccess = Awaited<ReturnType<typeof supplierAccessOf>>;

/**
 * The addresses of a supplier's admins: they hear about every new buyer relation. Read once the
 * contract links the supplier, which is the relation organisation_contacts asks for.
 */
async function supplierAdminEmails(tx: Db, supplierOrgId: string): Promise<string[]> {
  const admins = await organisationContacts(tx, { organisationId: supplierOrgId, roles: ["admin"] });
  return admins.map((a) => a.email);
}

/** To every admin of the supplier: this buyer linked you to this contract and proposes this contact. */
export async function supplierLinkedEmails(
  tx: Db,
  ctx: Actor,
  params: { supplier: { id: string; name: string; slug: string }; contractTitle: string; proposedContact: string | null },
): Promise<PendingEmail[]> {
  const admins = await supplierAdminEmails(tx, params.supplier.id);
  return admins.map((to) => ({
    to,
    template: "supplier-linked",
    props: {
      supplierName: params.supplier.name,
      buyerName: ctx.org.name,
      contractTitle: params.contractTitle,
      linkedBy: ctx.name ?? ctx.email,
      linkedByEmail: ctx.email,
      proposedContact: params.proposedContact,
      adminUrl: `${appUrl()}/${params.supplier.slug}/beheer#opdrachtgevers`,
    },
  }));
}

export type SupplierLink = Awaited<ReturnType<typeof supplierLinkOf>>;

/**
 * What the buyer's supplier page shows: the linked supplier, its access (may this buyer still invite
 * its first admin, and how far the latest invitation got), and whether the supplier can be replaced.
 */
export async function supplierLinkOf(tx: Db, params: { tenantId: string; contractId: string }) {
  const contract = await getContractInTenant(tx, { tenantId: params.tenantId, id: params.contractId });
  const base = { contract, replaceable: contract.status === "draft" };
  if (!contract.supplierOrgId) return { ...base, supplier: null };
  const [supplier] = await tx
    .select({ id: organisations.id, name: organisations.name, kvk: organisations.kvk })
    .from(organisations)
    .where(eq(organisations.id, contract.supplierOrgId));
  const access = await supplierAccessOf(tx, { supplierOrgId: contract.supplierOrgId, buyerOrgId: params.tenantId });
  return { ...base, supplier: { ...supplier, ...access, contactEmail: contract.supplierContactEmail } };
}
