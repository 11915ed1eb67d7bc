import { and, eq, like, or } from "drizzle-orm";
import type { Db } from "@/db/client";
import { contracts, memberships, organisations } from "@/db/schema";
import { defineAction } from "@/lib/action";
import { recordAudit } from "@/lib/audit";
import { ValidationError } from "@/lib/errors";
import { createInvitation } from "@/lib/invitations/invitations";
import { slugify, uniqueSlug } from "@/lib/organisations/rules";
import { inTenant } from "@/lib/tenancy";
import { assertManages } from "./actions";
import { getContractInTenant } from "./queries";
import { InviteSupplier } from "./schemas";

/**
 * Links a supplier to a contract by KvK number: an existing supplier organisation is linked, an
 * unknown number creates one. Its first user is invited by e-mail as the supplier's admin; a
 * supplier that already has users manages its own people.
 */
export const inviteSupplier = defineAction({
  name: "contracts.invite_supplier",
  permission: "contracts.invite_supplier",
  input: InviteSupplier,
  async handler(ctx, input) {
    const result = await inTenant(ctx, async (tx) => {
      const contract = await getContractInTenant(tx, { tenantId: ctx.org.id, id: input.contractId });
      assertManages(ctx, contract);
      const supplier = await findOrCreateSupplier(tx, ctx, input);
      if (contract.supplierOrgId && contract.supplierOrgId !== supplier.id) {
        throw new ValidationError({ kvk: "Aan dit contract is al een andere leverancier gekoppeld." });
      }
      const [members] = await tx
        .select({ userId: memberships.userId })
        .from(memberships)
        .where(eq(memberships.organisationId, supplier.id))
        .limit(1);
      if (members && input.email) {
        throw new ValidationError({
          email: `${supplier.name} beheert zijn eigen gebruikers. Laat het e-mailadres leeg; hun beheerder kan collega's uitnodigen.`,
        });
      }
      if (!members && !input.email) {
        throw new ValidationError({ email: "Vul het e-mailadres in van de eerste gebruiker bij de leverancier." });
      }
      if (contract.supplierOrgId !== supplier.id) {
        const [after] = await tx
          .update(contracts)
          .set({ supplierOrgId: supplier.id, version: contract.version + 1, updatedAt: new Date() })
          .where(and(eq(contracts.tenantId, ctx.org.id), eq(contracts.id, contract.id)))
          .returning();
        await recordAudit(tx, ctx, {
          tenantId: ctx.org.id,
          entity: "contract",
          entityId: contract.id,
          action: "link_supplier",
          before: { supplierOrgId: contract.supplierOrgId },
          after: { supplierOrgId: after.supplierOrgId },
        });
      }
      const invitation = input.email
        ? await createInvitation(tx, ctx, {
            organisation: { id: supplier.id, name: supplier.name, kind: "supplier" },
            email: input.email,
            role: "admin",
            contractTitle: contract.title,
          })
        : null;
      return { supplier, invitation };
    });
    await result.invitation?.send(ctx.db);
    return { supplierId: result.supplier.id, supplierName: result.supplier.name, invited: Boolean(result.invitation) };
  },
});

async function findOrCreateSupplier(tx: Db, ctx: Parameters<typeof recordAudit>[1], input: InviteSupplier) {
  const [existing] = await tx.select().from(organisations).where(eq(organisations.kvk, input.kvk)).limit(1);
  if (existing) {
    if (existing.kind !== "supplier") {
      throw new ValidationError({ kvk: "Dit KvK-nummer hoort bij een opdrachtgever, niet bij een leverancier." });
    }
    return existing;
  }
  if (!input.name) {
    throw new ValidationError({ name: "Dit KvK-nummer is nog niet bekend in Groeipad. Vul de naam van de leverancier in." });
  }
  const base = slugify(input.name);
  const taken = await tx
    .select({ slug: organisations.slug })
    .from(organisations)
    .where(or(eq(organisations.slug, base), like(organisations.slug, `${base}-%`)));
  const [created] = await tx
    .insert(organisations)
    .values({ kind: "supplier", name: input.name, kvk: input.kvk, slug: uniqueSlug(base, taken.map((t) => t.slug)) })
    .returning();
  await recordAudit(tx, ctx, { tenantId: created.id, entity: "organisation", entityId: created.id, action: "create", after: created });
  return created;
}
