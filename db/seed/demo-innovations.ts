// The demo innovation register: on the catering contract Groen Cateraars proposes a pilot with
// deposit cups in the community centres (carried out by the roadmap action of that name) and
// Gemeente Voorbeeldstad proposes electric delivery vans. Both wait for the next quarterly review.
import { and, eq, inArray } from "drizzle-orm";
import type { Db } from "../client";
import { contracts, innovations, kpis, roadmapItems } from "../schema";
import { withTenant } from "../../lib/tenancy";
import { demoUsers } from "./demo-data";

type Ids = { orgIds: Map<string, string>; userIds: Map<string, string> };

const CATERING = "Catering stadhuis en wijkcentra 2025–2029";
const SUPPLIER = { email: "mehmet.yilmaz@groencateraars.example", org: "Groen Cateraars" };
const BUYER = { email: "fatima.elamrani@voorbeeldstad.example", org: "Gemeente Voorbeeldstad" };
const nameOf = (who: { email: string; org: string }) => `${demoUsers.find((u) => u.email === who.email)?.name ?? who.email} (${who.org})`;

export async function seedDemoInnovations(db: Db, { orgIds, userIds }: Ids): Promise<void> {
  const tenantId = orgIds.get("voorbeeldstad")!;
  const scope = { userId: "00000000-0000-0000-0000-000000000000", orgId: tenantId, orgKind: "buyer" as const };
  await withTenant(
    scope,
    async (tx) => {
      const [contract] = await tx
        .select()
        .from(contracts)
        .where(and(eq(contracts.tenantId, tenantId), eq(contracts.title, CATERING)));
      if (!contract) throw new Error(`Demodata: contract "${CATERING}" ontbreekt.`);
      const ofContract = and(eq(kpis.tenantId, tenantId), eq(kpis.contractId, contract.id));
      const kpiRows = await tx
        .select({ id: kpis.id, name: kpis.name })
        .from(kpis)
        .where(and(ofContract, inArray(kpis.name, ["Wegwerpverpakkingen in de wijkcentra", "CO2-uitstoot per maaltijd"])));
      const kpiId = (name: string) => kpiRows.filter((k) => k.name === name).map((k) => k.id);
      const items = await tx
        .select({ id: roadmapItems.id, title: roadmapItems.title })
        .from(roadmapItems)
        .where(and(eq(roadmapItems.tenantId, tenantId), eq(roadmapItems.contractId, contract.id)));
      const itemId = (title: string) => items.find((i) => i.title === title)?.id ?? null;
      await tx.insert(innovations).values([
        {
          tenantId,
          contractId: contract.id,
          title: "Statiegeldbekers in de wijkcentra",
          problem: "Bij koffie en thee in de wijkcentra gaan per week zo'n 1.200 wegwerpbekers de afvalbak in.",
          expectedEffect: "De helft minder wegwerpverpakkingen in de twee proefwijkcentra binnen een halfjaar.",
          kpiIds: kpiId("Wegwerpverpakkingen in de wijkcentra"),
          costCents: 4_800_00,
          costBearer: "shared",
          roadmapItemId: itemId("Pilot statiegeldbekers in de wijkcentra"),
          proposedBySide: "supplier",
          proposedByUserId: userIds.get(SUPPLIER.email) ?? null,
          proposerName: nameOf(SUPPLIER),
        },
        {
          tenantId,
          contractId: contract.id,
          title: "Elektrische bestelbussen voor de bevoorrading",
          problem: "De dagelijkse bevoorrading van stadhuis en wijkcentra rijdt op diesel door de binnenstad.",
          expectedEffect: "Minder CO2 per maaltijd en geen uitstoot in de milieuzone.",
          kpiIds: kpiId("CO2-uitstoot per maaltijd"),
          costBearer: "supplier",
          roadmapItemId: itemId("Overstap op elektrische bestelbussen"),
          proposedBySide: "buyer",
          proposedByUserId: userIds.get(BUYER.email) ?? null,
          proposerName: nameOf(BUYER),
        },
      ]);
    },
    db,
  );
}
