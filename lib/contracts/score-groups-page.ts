// The weging page: the contract's score groups, its KPIs with their weights and groups, and
// whether this person may change them (the contract's manager or an admin of the buyer).
import type { Actor } from "@/lib/auth/actor";
import { managesContract } from "./policy";
import { viewerOf } from "./queries";
import { listContractKpis } from "@/lib/kpis/queries";
import { withTenant } from "@/lib/tenancy";

export async function scoreGroupsPage(actor: Actor, contractId: string) {
  return withTenant(actor, async (tx) => {
    const { contract, kpis } = await listContractKpis(tx, { viewer: viewerOf(actor), contractId });
    const counted = kpis.filter((k) => k.status !== "rejected");
    return {
      contract,
      groups: contract.scoreGroups,
      kpis: counted.map((k) => ({ id: k.id, name: k.name, weight: k.weight, knockOut: k.knockOut, status: k.status, group: k.scoreGroup })),
      canEdit: managesContract(actor, contract),
    };
  });
}
