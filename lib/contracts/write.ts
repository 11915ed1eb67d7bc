// Every change to a contract's own row goes the same way: the contract in this tenant, managed
// by this person, at the version the form was opened on; written as the next version, or a
// conflict when someone saved in between.
import { and, eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { contracts, type Contract } from "@/db/schema";
import { ConflictError } from "@/lib/errors";
import { assertManagesContract } from "./policy";
import { getContractInTenant } from "./queries";
import type { Actor } from "@/lib/auth/actor";

type ContractBefore = Awaited<ReturnType<typeof getContractInTenant>>;

/** The contract as it is, once this person may change it at this version. */
export async function contractForChange(tx: Db, ctx: Actor, id: string, version: number): Promise<ContractBefore> {
  const before = await getContractInTenant(tx, { tenantId: ctx.org.id, id });
  assertManagesContract(ctx, before);
  if (before.version !== version) throw new ConflictError();
  return before;
}

/** Writes the changes as the contract's next version. */
export async function saveContractChange(tx: Db, ctx: Actor, before: ContractBefore, changes: Partial<Contract>): Promise<Contract> {
  const [after] = await tx
    .update(contracts)
    .set({ ...changes, version: before.version + 1, updatedAt: new Date() })
    .where(and(eq(contracts.tenantId, ctx.org.id), eq(contracts.id, before.id), eq(contracts.version, before.version)))
    .returning();
  if (!after) throw new ConflictError();
  return after;
}
