// The demo supplier profile: Groen Cateraars keeps its CO2-Prestatieladder step, ISO 14001 and
// its 2025 footprint once, with the ladder certificate as evidence, and shares the profile with
// both buyers it serves. Written in the supplier's own tenant scope, and published to the buyers
// through the same code as the app, so row-level security applies as it does there.
import { createHash } from "node:crypto";
import type { Db } from "../client";
import { supplierProfileFacts, supplierProfileFiles, supplierProfileShares } from "../schema";
import { checkEvidenceFile, evidenceMaxBytes } from "../../lib/reports/evidence";
import { publishTo } from "../../lib/supplier-profile/publish";
import { withTenant } from "../../lib/tenancy";

type Ids = { orgIds: Map<string, string>; userIds: Map<string, string> };

const DEMO_PROFILE = {
  supplier: "groen",
  sharedWith: ["voorbeeldstad", "zuiderland"],
  ladder: {
    value: "4",
    validFrom: "2025-03-01",
    validUntil: "2027-09-30",
    description: "Certificaat CO2-PL-2025-0412, uitgegeven door een door SKAO erkende certificerende instelling",
  },
  // Runs out early in 2027: the demo shows the supplier's warning and the buyer's mark around the turn of the year.
  iso14001: { validFrom: "2024-02-01", validUntil: "2027-01-31", description: "ISO 14001:2015, certificaatnummer EMS-88213" },
  footprint: { year: 2025, value: "412.6", scope1: "96.4", scope2: "38.2", scope3: "278" },
} as const;

export async function seedDemoSupplierProfile(db: Db, { orgIds, userIds }: Ids): Promise<void> {
  const supplierId = orgIds.get(DEMO_PROFILE.supplier)!;
  const buyers = DEMO_PROFILE.sharedWith.map((key) => orgIds.get(key)!);
  const admin = userIds.get("mehmet.yilmaz@groencateraars.example") ?? null;
  const scope = { userId: "00000000-0000-0000-0000-000000000000", orgId: supplierId, orgKind: "supplier" as const, partnerOrgIds: buyers };
  await withTenant(
    scope,
    async (tx) => {
      const [ladder] = await tx
        .insert(supplierProfileFacts)
        .values([
          { tenantId: supplierId, kind: "co2_ladder", ...DEMO_PROFILE.ladder, updatedByUserId: admin },
          { tenantId: supplierId, kind: "iso14001", ...DEMO_PROFILE.iso14001, updatedByUserId: admin },
          {
            tenantId: supplierId,
            kind: "footprint",
            ...DEMO_PROFILE.footprint,
            description: "Volgens het GHG Protocol",
            updatedByUserId: admin,
          },
        ])
        .returning();
      const bytes = new TextEncoder().encode("%PDF-1.7\n% Demo: certificaat CO2-Prestatieladder trede 4\n%%EOF\n");
      const check = checkEvidenceFile({ name: "certificaat-co2-prestatieladder.pdf", bytes }, evidenceMaxBytes());
      if (!check.ok) throw new Error(`Demodata: certificaat wordt geweigerd: ${check.error}`);
      await tx.insert(supplierProfileFiles).values({
        tenantId: supplierId,
        factId: ladder.id,
        fileName: check.fileName,
        contentType: check.contentType,
        sizeBytes: bytes.length,
        sha256: createHash("sha256").update(bytes).digest("hex"),
        data: Buffer.from(bytes),
        uploadedByUserId: admin,
      });
      for (const buyerOrgId of buyers) {
        await tx.insert(supplierProfileShares).values({ tenantId: supplierId, buyerOrgId, sharedByUserId: admin });
        await publishTo(tx, supplierId, buyerOrgId);
      }
    },
    db,
  );
}
