import { and, asc, desc, eq, gte, ilike, or, sql, type SQL } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import type { Db } from "@/db/client";
import { acrossTenants } from "@/db/cross-tenant";
import { contracts, organisations, people } from "@/db/schema";
import type { OrganisationKind } from "@/lib/auth/permissions";
import { NotFoundError } from "@/lib/errors";
import { pageOf, type PageRequest } from "@/lib/http/paging";
import { organisationContacts } from "@/lib/members/queries";
import { searchTerms } from "@/lib/search-terms";
import { UUID_PATTERN } from "./rules";

/** Whose contracts: a buyer sees its own (tenant), a supplier those it is party to. */
export type ContractViewer = { orgId: string; orgKind: OrganisationKind };

export function viewerOf(actor: { org: { id: string; kind: OrganisationKind } }): ContractViewer {
  return { orgId: actor.org.id, orgKind: actor.org.kind };
}

const buyer = alias(organisations, "buyer");
const supplier = alias(organisations, "supplier");

const contractColumns = {
  tenantId: contracts.tenantId,
  id: contracts.id,
  title: contracts.title,
  reference: contracts.reference,
  purchasingPackage: contracts.purchasingPackage,
  cooperationForm: contracts.cooperationForm,
  startDate: contracts.startDate,
  endDate: contracts.endDate,
  valueCents: contracts.valueCents,
  malusCapPeriod: contracts.malusCapPeriod,
  malusDecidedBy: contracts.malusDecidedBy,
  malusCaps: contracts.malusCaps,
  scoreGroups: contracts.scoreGroups,
  status: contracts.status,
  version: contracts.version,
  updatedAt: contracts.updatedAt,
  contractManagerId: contracts.contractManagerId,
  contractManagerName: people.name,
  supplierOrgId: contracts.supplierOrgId,
  supplierName: supplier.name,
  supplierKvk: supplier.kvk,
  buyerName: buyer.name,
};

export function visibleTo(viewer: ContractViewer): SQL {
  // The same rule as the row-level security policies: RLS is the second wall, not the only one.
  return viewer.orgKind === "buyer"
    ? eq(contracts.tenantId, viewer.orgId)
    : acrossTenants("supplier-contracts", eq(contracts.supplierOrgId, viewer.orgId));
}

function selectContracts(db: Db) {
  return db
    .select(contractColumns)
    .from(contracts)
    .innerJoin(buyer, eq(buyer.id, contracts.tenantId))
    .leftJoin(supplier, eq(supplier.id, contracts.supplierOrgId))
    .leftJoin(people, eq(people.id, contracts.contractManagerId));
}

export async function listContracts(db: Db, filters: { viewer: ContractViewer; managedBy?: string; status?: string }) {
  const conditions = [visibleTo(filters.viewer)];
  if (filters.managedBy) conditions.push(eq(contracts.contractManagerId, filters.managedBy));
  if (filters.status) conditions.push(eq(contracts.status, filters.status as never));
  return selectContracts(db)
    .where(and(...conditions))
    .orderBy(desc(contracts.startDate), asc(contracts.title));
}

/**
 * A page of the contracts the viewer may see for the REST API, in the order of last change: the
 * rows changed at or after updatedSince, after the cursor's row.
 */
export async function pageContracts(db: Db, { viewer, page }: { viewer: ContractViewer; page: PageRequest }) {
  // In milliseconds, as the cursor keeps it: PostgreSQL's microseconds would repeat a row.
  const changed = sql<Date>`date_trunc('milliseconds', ${contracts.updatedAt})`;
  const conditions = [visibleTo(viewer)];
  if (page.updatedSince) conditions.push(gte(contracts.updatedAt, page.updatedSince));
  if (page.after) {
    const at = page.after.updatedAt.toISOString();
    conditions.push(sql`(${changed}, ${contracts.id}) > (${at}::timestamptz, ${page.after.id}::uuid)`);
  }
  const rows = await selectContracts(db)
    .where(and(...conditions))
    .orderBy(asc(changed), asc(contracts.id))
    .limit(page.limit + 1);
  return pageOf(rows, page.limit);
}

/**
 * The contracts the viewer may see whose title or reference holds every word typed, or the one
 * contract an id names; at most `limit`, so a short word among thousands of contracts stays cheap.
 */
export async function findContracts(db: Db, { viewer, text, limit }: { viewer: ContractViewer; text: string; limit: number }) {
  const match = UUID_PATTERN.test(text.trim())
    ? [eq(contracts.id, text.trim())]
    : searchTerms(text).map((term) => or(ilike(contracts.title, term), ilike(contracts.reference, term))!);
  if (match.length === 0) return [];
  return db
    .select({ tenantId: contracts.tenantId, id: contracts.id, title: contracts.title })
    .from(contracts)
    .where(and(visibleTo(viewer), ...match))
    .orderBy(asc(contracts.title))
    .limit(limit);
}

/** One contract the viewer may see; another tenant's id looks exactly like a missing one. */
export async function getContract(db: Db, { viewer, id }: { viewer: ContractViewer; id: string }) {
  if (!UUID_PATTERN.test(id)) throw new NotFoundError("Dit contract bestaat niet.");
  const [row] = await selectContracts(db)
    .where(and(visibleTo(viewer), eq(contracts.id, id)))
    .limit(1);
  if (!row) throw new NotFoundError("Dit contract bestaat niet.");
  return row;
}

/**
 * A contract with its contract manager's e-mail address, for the contract's own page: the buyer's
 * contact person, as the supplier sees it too (organisation_contacts serves both parties).
 */
export async function getContractOverview(db: Db, { viewer, id }: { viewer: ContractViewer; id: string }) {
  const contract = await getContract(db, { viewer, id });
  const [manager] = contract.contractManagerId
    ? await organisationContacts(db, { organisationId: contract.tenantId, userIds: [contract.contractManagerId] })
    : [];
  return { ...contract, contractManagerEmail: manager?.email ?? null };
}

/** The raw row of a buyer's own contract, for writes. */
export async function getContractInTenant(db: Db, params: { tenantId: string; id: string }) {
  if (!UUID_PATTERN.test(params.id)) throw new NotFoundError("Dit contract bestaat niet.");
  const [row] = await db
    .select()
    .from(contracts)
    .where(and(eq(contracts.tenantId, params.tenantId), eq(contracts.id, params.id)))
    .limit(1);
  if (!row) throw new NotFoundError("Dit contract bestaat niet.");
  return row;
}

/**
 * The contract an action of either side works on: a buyer's own by its tenant (the raw row, for
 * writes), a supplier's among the contracts it serves. Whether the actor may change it is the
 * caller's policy.
 */
export async function getContractOfActor(db: Db, actor: { org: { id: string; kind: OrganisationKind } }, id: string) {
  return actor.org.kind === "buyer"
    ? getContractInTenant(db, { tenantId: actor.org.id, id })
    : getContract(db, { viewer: viewerOf(actor), id });
}
