// Sharing publishes: the facts are copied into the tenant of each buyer the supplier shares with,
// in the supplier's own transaction (the policy on shared_profile_facts admits exactly its own
// rows in its partners' tenants). Every change of the profile publishes again, so a buyer sees
// the profile as it is now, and withdrawing removes the copies in the same transaction.
import { and, eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { sharedProfileFacts, supplierProfileShares } from "@/db/schema";
import { listProfileFacts } from "./queries";

/** Replaces what one buyer sees of the supplier's profile with the profile as it is now. */
export async function publishTo(tx: Db, supplierOrgId: string, buyerOrgId: string): Promise<void> {
  await unpublishFrom(tx, supplierOrgId, buyerOrgId);
  const facts = await listProfileFacts(tx, { tenantId: supplierOrgId });
  if (facts.length === 0) return;
  await tx.insert(sharedProfileFacts).values(
    facts.map((f) => ({
      tenantId: buyerOrgId,
      supplierOrgId,
      factId: f.id,
      factVersion: f.version,
      kind: f.kind,
      year: f.year,
      value: f.value,
      scope1: f.scope1,
      scope2: f.scope2,
      scope3: f.scope3,
      description: f.description,
      validFrom: f.validFrom,
      validUntil: f.validUntil,
      evidence: f.files.map((file) => ({ fileName: file.fileName, sha256: file.sha256, fileId: file.id })),
    })),
  );
}

export async function unpublishFrom(tx: Db, supplierOrgId: string, buyerOrgId: string): Promise<void> {
  await tx
    .delete(sharedProfileFacts)
    .where(and(eq(sharedProfileFacts.tenantId, buyerOrgId), eq(sharedProfileFacts.supplierOrgId, supplierOrgId)));
}

/**
 * After a change of the profile: every buyer it is shared with sees the new state. A buyer the
 * supplier no longer has a contract with is left alone (the policy would refuse the write).
 */
export async function republish(tx: Db, supplier: { id: string; partnerOrgIds: readonly string[] }): Promise<void> {
  const shares = await tx.select().from(supplierProfileShares).where(eq(supplierProfileShares.tenantId, supplier.id));
  for (const share of shares) if (supplier.partnerOrgIds.includes(share.buyerOrgId)) await publishTo(tx, supplier.id, share.buyerOrgId);
}
