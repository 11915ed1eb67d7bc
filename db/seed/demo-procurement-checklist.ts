// Demo progress on the checklist ambitieformulering of the draft contract "Circulaire
// ICT-werkplekken" of Gemeente Voorbeeldstad: steps 1 and 2 done, step 3 under way.
import { and, eq } from "drizzle-orm";
import type { Db } from "../client";
import { contracts, procurementChecklists } from "../schema";
import { withTenant } from "../../lib/tenancy";

const COORDINATOR = "joris.bakker@voorbeeldstad.example";

export async function seedDemoProcurementChecklist(db: Db, params: { orgIds: Map<string, string>; userIds: Map<string, string> }) {
  const tenantId = params.orgIds.get("voorbeeldstad");
  const coordinatorId = params.userIds.get(COORDINATOR);
  if (!tenantId || !coordinatorId) return;
  await withTenant(
    { userId: coordinatorId, orgId: tenantId, orgKind: "buyer" },
    async (tx) => {
      const [contract] = await tx
        .select({ id: contracts.id })
        .from(contracts)
        .where(and(eq(contracts.tenantId, tenantId), eq(contracts.reference, "VBS-2026-012"), eq(contracts.status, "draft")));
      if (!contract) return;
      await tx.insert(procurementChecklists).values({
        tenantId,
        contractId: contract.id,
        checkedItems: ["1.1", "1.2", "1.3", "1.4", "2.1", "2.2", "2.4", "3.1"],
        notes: {
          marktanalyse:
            "Vijf leveranciers gesproken over refurbished laptops en terugname. MVO risicochecker nog doen voor de batterijketen.",
          waardenwiel: "Thema's overgenomen van het organisatiewiel, aangevuld met 'Levensduur apparatuur'.",
        },
      });
    },
    db,
  );
}
