// The demo yearly evaluation: Gemeente Voorbeeldstad and Groen Cateraars evaluated 2025 of the
// catering contract, kept every KPI and found the roadmap partly still right; both signed. Keep
// decisions change no KPI, so the other demo data stay as they are. Children are written before
// the evaluation is made final, because the database freezes a final evaluation and its decisions.
import { and, eq } from "drizzle-orm";
import type { Db } from "../client";
import { contracts, kpis, yearlyEvaluationDecisions, yearlyEvaluations } from "../schema";
import { withTenant } from "../../lib/tenancy";
import { demoUsers } from "./demo-data";

type Ids = { orgIds: Map<string, string>; userIds: Map<string, string> };

const CATERING = "Catering stadhuis en wijkcentra 2025–2029";
const BUYER_SIGNER = "fatima.elamrani@voorbeeldstad.example";
const SUPPLIER_SIGNER = "mehmet.yilmaz@groencateraars.example";
const nameOf = (email: string) => demoUsers.find((u) => u.email === email)?.name ?? email;

export async function seedDemoEvaluations(db: Db, { orgIds, userIds }: Ids): Promise<void> {
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
      const buyerSigner = userIds.get(BUYER_SIGNER) ?? null;
      const supplierSigner = userIds.get(SUPPLIER_SIGNER) ?? null;
      const [evaluation] = await tx
        .insert(yearlyEvaluations)
        .values({
          tenantId,
          contractId: contract.id,
          year: 2025,
          roadmapHolds: "partly",
          roadmapNote:
            "De opbouw van plantaardige menu's loopt voor op schema; de afbouw van wegwerpverpakkingen in de wijkcentra loopt een half jaar achter.",
          summary: "Alle KPI's zijn nog actueel. In 2026 bespreken we een pilot met herbruikbare bekers in de wijkcentra.",
          createdByUserId: buyerSigner,
        })
        .returning();
      const active = await tx
        .select({ id: kpis.id, name: kpis.name })
        .from(kpis)
        .where(and(eq(kpis.tenantId, tenantId), eq(kpis.contractId, contract.id), eq(kpis.status, "active")));
      if (active.length > 0) {
        await tx.insert(yearlyEvaluationDecisions).values(
          active.map((k) => ({
            tenantId,
            evaluationId: evaluation.id,
            kpiId: k.id,
            decision: "keep",
            reason: "Past nog bij de ambitie van het Waardenwiel; het groeipad blijft haalbaar.",
            payload: { name: k.name },
            createdByUserId: buyerSigner,
          })),
        );
      }
      await tx
        .update(yearlyEvaluations)
        .set({
          status: "final",
          buyerSignedByUserId: buyerSigner,
          buyerSignedAt: new Date("2026-01-20T10:00:00Z"),
          buyerSignerName: nameOf(BUYER_SIGNER),
          supplierSignedByUserId: supplierSigner,
          supplierSignedAt: new Date("2026-01-21T09:00:00Z"),
          supplierSignerName: nameOf(SUPPLIER_SIGNER),
          finalizedAt: new Date("2026-01-21T09:00:00Z"),
        })
        .where(and(eq(yearlyEvaluations.tenantId, tenantId), eq(yearlyEvaluations.id, evaluation.id)));
    },
    db,
  );
}
