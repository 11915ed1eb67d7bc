import { and, eq } from "drizzle-orm";
import { contracts } from "@/db/schema";
import { recordAudit } from "@/lib/audit";
import { ValidationError } from "@/lib/errors";
import { createInvitation, invitedOrganisation, revokeInvitationsFrom } from "@/lib/invitations/invitations";
import { mayInviteFirstAdmin } from "@/lib/invitations/rules";
import { sendAfterCommit, sendEmail, type PendingEmail } from "@/lib/email/send";
import { assertManagesContract } from "./policy";
import { getContractInTenant } from "./queries";
import { InviteSupplier } from "./schemas";
import { openInvitationsFrom, registerSupplier, supplierByKvk, supplierLinkedEmails } from "./supplier-link";
import { defineAction } from "@/lib/http/action";
import { sentence } from "@/lib/format";

/**
 * Links a supplier to a contract by KvK number. A KvK number is public, so knowing it gives no
 * say over the supplier: an unknown number registers a new supplier for this buyer, whose first
 * admin this buyer then invites (again, to a corrected address, or after the invitation expired;
 * only the latest invitation stays open). Linking a supplier someone else registered, or one that
 * has members, never invites anybody into it: the e-mail address is kept on the contract as the
 * proposed contact and the supplier's admins are told, so they decide who joins. An existing
 * number is only linked after the buyer confirmed the organisation registered under it, and a
 * draft contract's supplier can be replaced to correct a typo.
 */
export const inviteSupplier = defineAction({
  name: "contracts.invite_supplier",
  permission: "contracts.invite_supplier",
  input: InviteSupplier,
  async handler(tx, ctx, input) {
    const contract = await getContractInTenant(tx, { tenantId: ctx.org.id, id: input.contractId });
    assertManagesContract(ctx, contract, "contracts.invite_supplier");
    const existing = await supplierByKvk(tx, { kvk: input.kvk });
    const previousSupplierId = contract.supplierOrgId;
    const replacing = previousSupplierId !== null && previousSupplierId !== existing?.id;
    if (replacing && contract.status !== "draft") {
      throw new ValidationError({
        kvk: "Aan dit contract is al een andere leverancier gekoppeld. Alleen zolang het contract een concept is, kun je de leverancier vervangen.",
      });
    }
    if (existing && existing.id !== previousSupplierId && input.confirmKvk !== input.kvk) {
      // "Glashelder B.V." ends the sentence itself: no second full stop.
      const name = existing.name.replace(/\.$/, "");
      throw new ValidationError({
        kvk: `Dit KvK-nummer staat in Groeipad op naam van ${name}. Klopt het nummer niet, verbeter het dan; bedoel je deze organisatie, bevestig dat dan hieronder.`,
        confirmKvk: sentence(`KvK-nummer ${input.kvk} staat op naam van ${name}`),
      });
    }
    if (!existing && !input.name) {
      throw new ValidationError({ name: "Dit KvK-nummer is nog niet bekend in Groeipad. Vul de naam van de leverancier in." });
    }
    const supplier = existing ?? (await registerSupplier(tx, ctx, { kvk: input.kvk, name: input.name! }));
    // Locked until commit: a first-admin invitation and its acceptance never overlap.
    const standing = await invitedOrganisation(tx, { id: supplier.id, forUpdate: true });
    const invitesFirstAdmin = mayInviteFirstAdmin(standing, ctx.org.id);
    if (invitesFirstAdmin && !input.email) {
      const open = await openInvitationsFrom(tx, { supplierOrgId: supplier.id, buyerOrgId: ctx.org.id });
      if (open.length === 0) {
        throw new ValidationError({ email: "Vul het e-mailadres in van de eerste gebruiker bij de leverancier." });
      }
    }

    if (replacing) {
      // A typo corrected: the first-admin invitation into the wrong organisation must not stay
      // usable. Revoked while the contract still links it, so its audit event has that relation.
      const previous = await invitedOrganisation(tx, { id: previousSupplierId, forUpdate: true });
      if (!previous.hasMembers) {
        await revokeInvitationsFrom(tx, ctx, {
          organisationId: previousSupplierId,
          invitedByOrganisationId: ctx.org.id,
          reason: "supplier_replaced",
        });
      }
    }

    const contactEmail = input.email ?? (replacing ? null : contract.supplierContactEmail);
    const linksNow = previousSupplierId !== supplier.id;
    const contactChanged = contactEmail !== contract.supplierContactEmail;
    if (linksNow || contactChanged) {
      const [after] = await tx
        .update(contracts)
        .set({ supplierOrgId: supplier.id, supplierContactEmail: contactEmail, version: contract.version + 1, updatedAt: new Date() })
        .where(and(eq(contracts.tenantId, ctx.org.id), eq(contracts.id, contract.id)))
        .returning();
      await recordAudit(tx, ctx, {
        tenantId: ctx.org.id,
        entity: "contract",
        entityId: contract.id,
        action: replacing ? "replace_supplier" : linksNow ? "link_supplier" : "propose_supplier_contact",
        before: { supplierOrgId: previousSupplierId, supplierContactEmail: contract.supplierContactEmail },
        after: { supplierOrgId: after.supplierOrgId, supplierContactEmail: after.supplierContactEmail },
      });
    }

    let invitation: Awaited<ReturnType<typeof createInvitation>> | null = null;
    let emails: PendingEmail[] = [];
    if (invitesFirstAdmin && input.email) {
      await revokeInvitationsFrom(tx, ctx, { organisationId: supplier.id, invitedByOrganisationId: ctx.org.id, reason: "reinvited" });
      invitation = await createInvitation(tx, ctx, {
        organisation: { id: supplier.id, name: supplier.name, kind: "supplier" },
        email: input.email,
        role: "admin",
        contractTitle: contract.title,
      });
    } else if (!invitesFirstAdmin && (linksNow || contactChanged)) {
      emails = await supplierLinkedEmails(tx, ctx, { supplier, contractTitle: contract.title, proposedContact: contactEmail });
    }
    return { supplier, invitation, emails, contactEmail };
  },
  async afterCommit(db, result) {
    // The invitation is the e-mail: unlike a notification, a failure to send it is reported.
    if (result.invitation) await sendEmail(db, result.invitation.email);
    await sendAfterCommit(db, { result: null, emails: result.emails });
    return {
      supplierId: result.supplier.id,
      supplierName: result.supplier.name,
      invited: Boolean(result.invitation),
      proposedContact: result.invitation ? null : result.contactEmail,
      adminsNotified: result.emails.length,
    };
  },
});
