// The demo footprint baseline: Voorbeeldstad's FTE and the template's one filled figure (catering,
// 133 kg CO2e per FTE, Buyer Group FM handreiking bijlage 4), marked strategic and linked to the
// climate themes of its wheels. The other packages stay empty, as the template leaves them.
import { and, eq, inArray, isNull } from "drizzle-orm";
import type { Db } from "../client";
import { footprintBaselines, packageFootprints, wheels, wheelThemes } from "../schema";
import { FOOTPRINT_TEMPLATE } from "../../lib/footprint/rules";
import { withTenant } from "../../lib/tenancy";

const COORDINATOR = "joris.bakker@voorbeeldstad.example";

export async function seedDemoFootprint(db: Db, ids: { orgIds: Map<string, string>; userIds: Map<string, string> }): Promise<void> {
  const tenantId = ids.orgIds.get("voorbeeldstad")!;
  const userId = ids.userIds.get(COORDINATOR)!;
  await withTenant(
    { userId, orgId: tenantId, orgKind: "buyer" },
    async (tx) => {
      const climate = await tx
        .select({ id: wheelThemes.id })
        .from(wheelThemes)
        .innerJoin(wheels, and(eq(wheels.tenantId, wheelThemes.tenantId), eq(wheels.id, wheelThemes.wheelId)))
        .where(and(eq(wheelThemes.tenantId, tenantId), isNull(wheels.contractId), inArray(wheelThemes.name, ["Klimaat en energie"])));
      await tx.insert(footprintBaselines).values({ tenantId, fte: "1850", fteYear: 2025, updatedByUserId: userId });
      const catering = FOOTPRINT_TEMPLATE.catering!;
      await tx.insert(packageFootprints).values({
        tenantId,
        purchasingPackage: "catering",
        kgPerFte: catering.kgPerFte,
        source: catering.source,
        sourceYear: catering.sourceYear,
        strategic: true,
        themeIds: climate.map((t) => t.id),
        updatedByUserId: userId,
      });
    },
    db,
  );
}
