// Reads of the supplier profile. The supplier reads its own facts, files and shares in its own
// tenant; a buyer reads only what was published into its tenant (shared_profile_facts).
import { and, asc, eq, inArray } from "drizzle-orm";
import type { Db } from "@/db/client";
import {
  indicators,
  kpis,
  organisations,
  sharedProfileFacts,
  supplierProfileFacts,
  supplierProfileFiles,
  supplierProfileShares,
} from "@/db/schema";
import { NotFoundError } from "@/lib/errors";
import { expiryOf, profileSourceKind } from "./rules";

/** The supplier's facts, each with its evidence files (without their bytes). */
export async function listProfileFacts(db: Db, { tenantId }: { tenantId: string }) {
  const [facts, files] = await Promise.all([
    db
      .select()
      .from(supplierProfileFacts)
      .where(eq(supplierProfileFacts.tenantId, tenantId))
      .orderBy(asc(supplierProfileFacts.kind), asc(supplierProfileFacts.year)),
    db
      .select({
        id: supplierProfileFiles.id,
        factId: supplierProfileFiles.factId,
        fileName: supplierProfileFiles.fileName,
        sizeBytes: supplierProfileFiles.sizeBytes,
        sha256: supplierProfileFiles.sha256,
        createdAt: supplierProfileFiles.createdAt,
      })
      .from(supplierProfileFiles)
      .where(eq(supplierProfileFiles.tenantId, tenantId))
      .orderBy(asc(supplierProfileFiles.createdAt)),
  ]);
  return facts.map((fact) => ({ ...fact, files: files.filter((f) => f.factId === fact.id) }));
}

/** One fact of the supplier; another organisation's id is simply not there. */
export async function getProfileFact(db: Db, { tenantId, id }: { tenantId: string; id: string }) {
  const [fact] = await db
    .select()
    .from(supplierProfileFacts)
    .where(and(eq(supplierProfileFacts.tenantId, tenantId), eq(supplierProfileFacts.id, id)));
  if (!fact) throw new NotFoundError("Dit gegeven staat niet in het bedrijfsprofiel.");
  return fact;
}

export async function getProfileFile(db: Db, { tenantId, id }: { tenantId: string; id: string }) {
  const [file] = await db
    .select()
    .from(supplierProfileFiles)
    .where(and(eq(supplierProfileFiles.tenantId, tenantId), eq(supplierProfileFiles.id, id)));
  if (!file) throw new NotFoundError("Dit bestand bestaat niet.");
  return file;
}

/** The buyers the supplier has contracts with, and whether the profile is shared with each. */
export async function profileSharing(db: Db, { tenantId, partnerOrgIds }: { tenantId: string; partnerOrgIds: readonly string[] }) {
  const [partners, shares] = await Promise.all([
    partnerOrgIds.length === 0
      ? Promise.resolve([])
      : db
          .select({ id: organisations.id, name: organisations.name })
          .from(organisations)
          .where(inArray(organisations.id, [...partnerOrgIds]))
          .orderBy(asc(organisations.name)),
    db.select().from(supplierProfileShares).where(eq(supplierProfileShares.tenantId, tenantId)),
  ]);
  return partners.map((p) => ({ ...p, sharedAt: shares.find((s) => s.buyerOrgId === p.id)?.sharedAt ?? null }));
}

/** What a supplier shared with this buyer: rows of the buyer's own tenant. */
export async function sharedFactsOf(db: Db, { tenantId, supplierOrgId }: { tenantId: string; supplierOrgId: string }) {
  return db
    .select()
    .from(sharedProfileFacts)
    .where(and(eq(sharedProfileFacts.tenantId, tenantId), eq(sharedProfileFacts.supplierOrgId, supplierOrgId)))
    .orderBy(asc(sharedProfileFacts.kind), asc(sharedProfileFacts.year));
}

/** Whether the supplier shares its profile with this buyer, as the supplier's contract page says. */
export async function sharesProfileWith(db: Db, { tenantId, buyerOrgId }: { tenantId: string; buyerOrgId: string }): Promise<boolean> {
  const [row] = await db
    .select({ buyerOrgId: supplierProfileShares.buyerOrgId })
    .from(supplierProfileShares)
    .where(and(eq(supplierProfileShares.tenantId, tenantId), eq(supplierProfileShares.buyerOrgId, buyerOrgId)));
  return Boolean(row);
}

/**
 * What the buyer sees of the profile on one contract of the supplier: each shared fact with how
 * its validity stands today, and the contract's active KPIs that take their value from it (those
 * are the figures an expired certificate puts in doubt).
 */
export async function sharedProfileOnContract(
  db: Db,
  { tenantId, supplierOrgId, contractId, today }: { tenantId: string; supplierOrgId: string; contractId: string; today: string },
) {
  const [facts, contractKpis] = await Promise.all([
    sharedFactsOf(db, { tenantId, supplierOrgId }),
    db
      .select({ id: kpis.id, name: kpis.name, indicatorCode: indicators.code })
      .from(kpis)
      .innerJoin(indicators, eq(indicators.id, kpis.indicatorId))
      .where(and(eq(kpis.tenantId, tenantId), eq(kpis.contractId, contractId), eq(kpis.status, "active")))
      .orderBy(asc(kpis.name)),
  ]);
  return facts.map((f) => ({
    ...f,
    expiry: expiryOf(f.validUntil, today),
    kpis: contractKpis.filter((k) => profileSourceKind(k.indicatorCode) === f.kind).map((k) => ({ id: k.id, name: k.name })),
  }));
}
