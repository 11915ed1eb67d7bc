import { randomUUID } from "node:crypto";
import { and, eq, isNotNull, isNull } from "drizzle-orm";
import type { Db } from "@/db/client";
import { organisations, type Organisation } from "@/db/schema";
import { recordAudit } from "@/lib/audit";
import type { Actor } from "@/lib/auth/actor";
import { sendEmail } from "@/lib/email/send";
import { ConflictError, NotFoundError, ValidationError } from "@/lib/errors";
import { createInvitation } from "@/lib/invitations/invitations";
import { withTenant } from "@/lib/tenancy";
import { defineOperatorAction, type Operator } from "./action";
import { CreateBuyerOrganisation, ReactivateOrganisation, SuspendOrganisation } from "./schemas";

/**
 * The operator as the actor of one organisation's own scope: what they write there (the
 * organisation, its first admin's invitation, a suspension) passes that organisation's policies
 * and lands in its audit trail under the operator's name. No membership is made.
 */
function operatorIn(operator: Operator, org: Pick<Organisation, "id" | "slug" | "name" | "kind">): Actor {
  return { ...operator, org: { id: org.id, slug: org.slug, name: org.name, kind: org.kind, partnerOrgIds: [] }, role: "admin" };
}

/** A new buyer organisation and the invitation of its first admin, in one transaction. */
export const createBuyerOrganisation = defineOperatorAction({
  name: "operators.create_buyer",
  input: CreateBuyerOrganisation,
  async handler(db, operator, input) {
    const id = randomUUID();
    const actor = operatorIn(operator, { id, slug: input.slug, name: input.name, kind: "buyer" });
    return withTenant(
      actor,
      async (tx) => {
        await refuseTaken(tx, input);
        const [created] = await tx
          .insert(organisations)
          .values({ id, kind: "buyer", name: input.name, slug: input.slug, kvk: input.kvk, oin: input.oin })
          .returning();
        await recordAudit(tx, actor, { tenantId: id, entity: "organisation", entityId: id, action: "create", after: created });
        const invitation = await createInvitation(tx, actor, { organisation: created, email: input.adminEmail, role: "admin" });
        return { organisation: created, invitation };
      },
      db,
    );
  },
  async afterCommit(db, { organisation, invitation }) {
    await sendEmail(db, invitation.email);
    return { organisationId: organisation.id, slug: organisation.slug };
  },
});

async function refuseTaken(tx: Db, input: { slug: string; kvk: string | null; oin: string | null }) {
  const [slug] = await tx.select({ id: organisations.id }).from(organisations).where(eq(organisations.slug, input.slug));
  if (slug) throw new ValidationError({ slug: "Dit adres is al in gebruik; kies een ander." });
  if (input.kvk) {
    const [kvk] = await tx.select({ name: organisations.name }).from(organisations).where(eq(organisations.kvk, input.kvk));
    if (kvk) throw new ValidationError({ kvk: `Dit KvK-nummer hoort al bij ${kvk.name}.` });
  }
}

/** The organisation for a suspension or reactivation, at the version the operator saw. */
async function organisationAt(db: Db, id: string) {
  const [row] = await db.select().from(organisations).where(eq(organisations.id, id));
  if (!row) throw new NotFoundError("Deze organisatie bestaat niet.");
  return row;
}

/**
 * Suspends (a reason given) or reactivates an organisation at the version the operator saw: while
 * suspended its members cannot open it, its tokens are refused and its webhooks wait; nothing is
 * deleted. Recorded in the organisation's own trail.
 */
async function changeSuspension(
  db: Db,
  operator: Operator,
  input: { organisationId: string; version: number; reason: string | null },
): Promise<{ organisationId: string }> {
  const org = await organisationAt(db, input.organisationId);
  const actor = operatorIn(operator, org);
  const suspend = input.reason !== null;
  return withTenant(
    actor,
    async (tx) => {
      const [row] = await tx
        .update(organisations)
        .set({ suspendedAt: suspend ? new Date() : null, suspendedReason: input.reason, version: input.version + 1 })
        .where(
          and(
            eq(organisations.id, org.id),
            eq(organisations.version, input.version),
            suspend ? isNull(organisations.suspendedAt) : isNotNull(organisations.suspendedAt),
          ),
        )
        .returning({ id: organisations.id });
      if (!row)
        throw new ConflictError(
          `Deze organisatie is intussen gewijzigd of al ${suspend ? "opgeschort" : "heropend"}. Laad de pagina opnieuw.`,
        );
      await recordAudit(tx, actor, {
        tenantId: org.id,
        entity: "organisation",
        entityId: org.id,
        action: suspend ? "suspend" : "reactivate",
        ...(suspend ? { after: { reason: input.reason } } : { before: { reason: org.suspendedReason } }),
      });
      return { organisationId: org.id };
    },
    db,
  );
}

export const suspendOrganisation = defineOperatorAction({
  name: "operators.suspend",
  input: SuspendOrganisation,
  handler: (db, operator, input) => changeSuspension(db, operator, input),
});

export const reactivateOrganisation = defineOperatorAction({
  name: "operators.reactivate",
  input: ReactivateOrganisation,
  handler: (db, operator, input) => changeSuspension(db, operator, { ...input, reason: null }),
});
