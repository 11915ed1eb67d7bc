// The samenwerking page: the cooperation form and droompartner of a contract, for the buyer who
// records them and the supplier who reads them.
import { and, eq } from "drizzle-orm";
import { contracts } from "@/db/schema";
import type { Actor } from "@/lib/auth/actor";
import { managesContract } from "@/lib/contracts/policy";
import { getContract, viewerOf } from "@/lib/contracts/queries";
import { withTenant } from "@/lib/tenancy";

export async function cooperationPage(actor: Actor, contractId: string) {
  return withTenant(actor, async (tx) => {
    const contract = await getContract(tx, { viewer: viewerOf(actor), id: contractId });
    const [row] = await tx
      .select({ dreamPartner: contracts.dreamPartner })
      .from(contracts)
      .where(and(eq(contracts.tenantId, contract.tenantId), eq(contracts.id, contract.id)));
    return { contract, dreamPartner: row?.dreamPartner ?? {}, canEdit: managesContract(actor, contract) };
  });
}
