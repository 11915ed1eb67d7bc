// The samenwerking page: the cooperation form and droompartner of a contract, for the buyer who
// records them and the supplier who reads them.
import { and, eq } from "drizzle-orm";
import { contracts } from "@/db/schema";
import type { Actor } from "@/lib/auth/actor";
import { can } from "@/lib/auth/permissions";
import { readAs } from "@/lib/auth/session";
import { getContract, viewerOf } from "@/lib/contracts/queries";

export async function cooperationPage(actor: Actor, contractId: string) {
  return readAs(actor, async (tx) => {
    const contract = await getContract(tx, viewerOf(actor), contractId);
    const [row] = await tx
      .select({ dreamPartner: contracts.dreamPartner })
      .from(contracts)
      .where(and(eq(contracts.tenantId, contract.tenantId), eq(contracts.id, contract.id)));
    const canEdit =
      actor.org.kind === "buyer" &&
      can(actor.org.kind, actor.role, "contracts.update") &&
      (actor.role === "admin" || contract.contractManagerId === actor.userId);
    return { contract, dreamPartner: row?.dreamPartner ?? {}, canEdit };
  });
}
