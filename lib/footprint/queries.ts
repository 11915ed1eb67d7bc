import { and, asc, eq, inArray, isNull } from "drizzle-orm";
import type { Db } from "@/db/client";
import { contracts, footprintBaselines, packageFootprints, wheels, wheelThemes } from "@/db/schema";

/** The organisation's FTE row, or null before the coordinator saved one. */
export async function getFootprintBaseline(db: Db, params: { tenantId: string }) {
  const [row] = await db.select().from(footprintBaselines).where(eq(footprintBaselines.tenantId, params.tenantId)).limit(1);
  return row ?? null;
}

export async function listPackageFootprints(db: Db, params: { tenantId: string }) {
  return db.select().from(packageFootprints).where(eq(packageFootprints.tenantId, params.tenantId));
}

export async function getPackageFootprint(db: Db, params: { tenantId: string; purchasingPackage: string }) {
  const [row] = await db
    .select()
    .from(packageFootprints)
    .where(and(eq(packageFootprints.tenantId, params.tenantId), eq(packageFootprints.purchasingPackage, params.purchasingPackage)))
    .limit(1);
  return row ?? null;
}

/** The themes of the organisation's own wheels (not a contract's), newest year first. */
export async function listOrgThemes(db: Db, params: { tenantId: string }) {
  return db
    .select({ id: wheelThemes.id, name: wheelThemes.name, year: wheels.year, priorityRank: wheelThemes.priorityRank })
    .from(wheelThemes)
    .innerJoin(wheels, and(eq(wheels.tenantId, wheelThemes.tenantId), eq(wheels.id, wheelThemes.wheelId)))
    .where(and(eq(wheelThemes.tenantId, params.tenantId), isNull(wheels.contractId)))
    .orderBy(asc(wheels.year), asc(wheelThemes.position));
}

/** Which of these ids are themes of the organisation's wheels; another tenant's id is simply not among them. */
export async function orgThemeIdsAmong(db: Db, params: { tenantId: string; ids: string[] }): Promise<Set<string>> {
  if (params.ids.length === 0) return new Set();
  const rows = await db
    .select({ id: wheelThemes.id })
    .from(wheelThemes)
    .innerJoin(wheels, and(eq(wheels.tenantId, wheelThemes.tenantId), eq(wheels.id, wheelThemes.wheelId)))
    .where(and(eq(wheelThemes.tenantId, params.tenantId), isNull(wheels.contractId), inArray(wheelThemes.id, params.ids)));
  return new Set(rows.map((r) => r.id));
}

/** The contracts that serve a package: every contract of the buyer, with its package. */
export async function listContractsByPackage(db: Db, params: { tenantId: string }) {
  return db
    .select({ id: contracts.id, title: contracts.title, purchasingPackage: contracts.purchasingPackage, status: contracts.status })
    .from(contracts)
    .where(eq(contracts.tenantId, params.tenantId))
    .orderBy(asc(contracts.title));
}
