import { and, eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { contracts, memberships } from "@/db/schema";
import { recordAudit } from "@/lib/audit";
import { ValidationError } from "@/lib/errors";
import { CreateContract, UpdateContract } from "./schemas";
import { contractForChange, saveContractChange } from "./write";
import { defineAction } from "@/lib/http/action";

/** The contract manager must be a contract manager or admin of the buying organisation. */
async function checkContractManager(tx: Db, organisationId: string, userId: string | null): Promise<void> {
  if (!userId) return;
  const [member] = await tx
    .select({ role: memberships.role })
    .from(memberships)
    .where(and(eq(memberships.organisationId, organisationId), eq(memberships.userId, userId)));
  if (!member || (member.role !== "contract_manager" && member.role !== "admin")) {
    throw new ValidationError({ contractManagerId: "Kies een contractmanager van je eigen organisatie." });
  }
}

export const createContract = defineAction({
  name: "contracts.create",
  permission: "contracts.create",
  input: CreateContract,
  async handler(tx, ctx, input) {
    const contractManagerId = input.contractManagerId ?? ctx.userId;
    await checkContractManager(tx, ctx.org.id, contractManagerId);
    await refuseDuplicateReference(tx, ctx.org.id, input.reference, null);
    const [row] = await tx
      .insert(contracts)
      .values({ ...input, contractManagerId, tenantId: ctx.org.id })
      .returning();
    await recordAudit(tx, ctx, { tenantId: ctx.org.id, entity: "contract", entityId: row.id, action: "create", after: row });
    return { id: row.id };
  },
});

export const updateContract = defineAction({
  name: "contracts.update",
  permission: "contracts.update",
  input: UpdateContract,
  async handler(tx, ctx, input) {
    const before = await contractForChange(tx, ctx, input.id, input.version);
    await checkContractManager(tx, ctx.org.id, input.contractManagerId);
    await refuseDuplicateReference(tx, ctx.org.id, input.reference, input.id);
    const { id, version: _version, ...fields } = input;
    const after = await saveContractChange(tx, ctx, before, fields);
    await recordAudit(tx, ctx, { tenantId: ctx.org.id, entity: "contract", entityId: id, action: "update", before, after });
    return { id, version: after.version };
  },
});

async function refuseDuplicateReference(tx: Db, tenantId: string, reference: string | null, ownId: string | null) {
  if (!reference) return;
  const [other] = await tx
    .select({ id: contracts.id })
    .from(contracts)
    .where(and(eq(contracts.tenantId, tenantId), eq(contracts.reference, reference)));
  if (other && other.id !== ownId) {
    throw new ValidationError({ reference: "Er is al een contract met deze referentie." });
  }
}
