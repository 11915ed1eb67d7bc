import { and, asc, eq, gt, inArray, isNull } from "drizzle-orm";
import type { Db } from "@/db/client";
import { contracts, invitations, organisations } from "@/db/schema";
import { organisationContacts } from "./queries";

export type ProposedContact = { email: string; standing: "member" | "invited" | "open" };

export type BuyerRelation = {
  buyerId: string;
  buyerName: string;
  contracts: Array<{ id: string; title: string; status: string; contact: ProposedContact | null }>;
};

/**
 * A supplier's buyer relations for its admin: per buyer the contracts the supplier is party to,
 * with the contact the buyer proposed and whether that person is already a member or invited,
 * so the admin sees whom a buyer suggests and invites them or not.
 */
export async function listBuyerRelations(db: Db, params: { supplierOrgId: string }, now = new Date()): Promise<BuyerRelation[]> {
  const rows = await db
    .select({
      buyerId: organisations.id,
      buyerName: organisations.name,
      id: contracts.id,
      title: contracts.title,
      status: contracts.status,
      contactEmail: contracts.supplierContactEmail,
    })
    .from(contracts)
    .innerJoin(organisations, eq(organisations.id, contracts.tenantId))
    .where(eq(contracts.supplierOrgId, params.supplierOrgId))
    .orderBy(asc(organisations.name), asc(contracts.title));
  const emails = [...new Set(rows.flatMap((r) => (r.contactEmail ? [r.contactEmail] : [])))];
  const [members, invited] = emails.length
    ? await Promise.all([
        organisationContacts(db, { organisationId: params.supplierOrgId, emails }),
        db
          .select({ email: invitations.email })
          .from(invitations)
          .where(
            and(
              eq(invitations.organisationId, params.supplierOrgId),
              inArray(invitations.email, emails),
              isNull(invitations.acceptedAt),
              isNull(invitations.revokedAt),
              gt(invitations.expiresAt, now),
            ),
          ),
      ])
    : [[], []];
  const memberEmails = new Set(members.map((m) => m.email));
  const invitedEmails = new Set(invited.map((i) => i.email));
  const relations = new Map<string, BuyerRelation>();
  for (const row of rows) {
    const relation = relations.get(row.buyerId) ?? { buyerId: row.buyerId, buyerName: row.buyerName, contracts: [] };
    const email = row.contactEmail;
    const contact: ProposedContact | null = email
      ? { email, standing: memberEmails.has(email) ? "member" : invitedEmails.has(email) ? "invited" : "open" }
      : null;
    relation.contracts.push({ id: row.id, title: row.title, status: row.status, contact });
    relations.set(row.buyerId, relation);
  }
  return [...relations.values()];
}
