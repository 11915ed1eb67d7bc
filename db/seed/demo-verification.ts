// The demo verifier (Karim Haddou, Verificateur at Gemeente Voorbeeldstad) has one contract to
// check: the coordinator assigned the catering contract to him, and he has checked its first
// accepted quarter: every value holds up but one, which he disputes. The dashboards and the board
// report then have a verified share that is neither nothing nor everything.
import { and, asc, eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { contracts, kpis, reportValues, reports, valueVerifications, verifierAssignments } from "@/db/schema";
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
      const [first] = await tx
        .select({ quarter: reports.quarter })
        .from(reports)
        .where(and(eq(reports.tenantId, tenantId), eq(reports.contractId, contract.id), eq(reports.status, "accepted")))
        .orderBy(asc(reports.quarter))
        .limit(1);
      if (!first) return;
      const values = await tx
        .select({ id: reportValues.id })
        .from(reportValues)
        .innerJoin(reports, and(eq(reports.tenantId, reportValues.tenantId), eq(reports.id, reportValues.reportId)))
        .innerJoin(kpis, and(eq(kpis.tenantId, reportValues.tenantId), eq(kpis.id, reportValues.kpiId)))
        .where(and(eq(reports.tenantId, tenantId), eq(reports.contractId, contract.id), eq(reports.quarter, first.quarter)))
        .orderBy(asc(kpis.name));
      if (values.length === 0) return;
      await tx.insert(valueVerifications).values(
        values.map((v, i) => {
          const disputed = i === values.length - 1;
          return {
            tenantId,
            contractId: contract.id,
            reportValueId: v.id,
            status: disputed ? "betwist" : "geverifieerd",
            note: disputed
              ? "De opgegeven hoeveelheid sluit niet aan op de inkoopfacturen van het kwartaal."
              : "Inkoopfacturen en weegbonnen van het kwartaal gecontroleerd.",
            verifiedByUserId: verifier,
          };
        }),
      );
    },
    db,
  );
}
