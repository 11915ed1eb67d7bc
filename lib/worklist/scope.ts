// Whose work a row is: a row of a tenant table belongs to the list when its contract is one this
// person works on. Each query joins that contract, for its title and for the contract manager's
// own contracts, rather than sending the ids of thousands of contracts along.
import { and, eq, type SQL } from "drizzle-orm";
import type { AnyPgColumn } from "drizzle-orm/pg-core";
import { acrossTenants } from "@/db/cross-tenant";
import { contracts } from "@/db/schema";

type Side = "buyer" | "supplier";

export type WorkScope = {
  side: Side;
  orgId: string;
  /** The contract manager whose contracts these are; absent when they are all of the organisation's. */
  managedBy?: string;
};

type ContractRow = { tenantId: AnyPgColumn; supplierOrgId: AnyPgColumn; contractId: AnyPgColumn };

/** The item's contract, as every query selects it. */
export const contractOf = { id: contracts.id, title: contracts.title };

/** Joins a row to its contract. */
export function toContract(table: ContractRow): SQL {
  return and(eq(contracts.tenantId, table.tenantId), eq(contracts.id, table.contractId))!;
}

/**
 * The rows of this side's working contracts, by the side's own column as the row-level security
 * policies have it (the second wall, not the only one), and by the contract's manager for a
 * contract manager.
 */
export function ofWorkingContracts(scope: WorkScope, table: ContractRow): SQL {
  return and(
    scope.side === "buyer" ? eq(table.tenantId, scope.orgId) : acrossTenants("supplier-worklist", eq(table.supplierOrgId, scope.orgId)),
    scope.side === "buyer" ? eq(contracts.tenantId, scope.orgId) : eq(contracts.supplierOrgId, scope.orgId),
    scope.managedBy ? eq(contracts.contractManagerId, scope.managedBy) : undefined,
  )!;
}
