// The demo verifier (Karim Haddou, Verificateur at Gemeente Voorbeeldstad) has one contract to
// check: the coordinator assigned the catering contract to him.
import { and, eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { contracts, verifierAssignments } from "@/db/schema";
import { withTenant } from "@/lib/tenancy";

const ASSIGNED = {
  buyer: "voorbeeldstad",
  title: "Catering stadhuis en wijkcentra 2025–2029",
  verifier: "karim.haddou@voorbeeldstad.example",
};
const COORDINATOR = "joris.bakker@voorbeeldstad.example";

export async function seedDemoVerification(db: Db, ids: { orgIds: Map<string, string>; userIds: Map<string, string> }): Promise<void> {
  const tenantId = ids.orgIds.get(ASSIGNED.buyer)!;
  const coordinator = ids.userIds.get(COORDINATOR)!;
  const verifier = ids.userIds.get(ASSIGNED.verifier)!;
  await withTenant(
    { userId: coordinator, orgId: tenantId, orgKind: "buyer" },
    async (tx) => {
      const [contract] = await tx
        .select({ id: contracts.id })
        .from(contracts)
        .where(and(eq(contracts.tenantId, tenantId), eq(contracts.title, ASSIGNED.title)));
      if (!contract) return;
      await tx
        .insert(verifierAssignments)
        .values({ tenantId, contractId: contract.id, verifierUserId: verifier, assignedByUserId: coordinator });
    },
    db,
  );
}
