// Demo organisation targets and an own indicator. The CO2 target is the seed's example (MRA
// handreiking 4.1): "t.o.v. 2020: in 2025 met 30 %, en in 2030 met 60 %". Written through the
// tenant scope like the contracts, so row-level security accepts them as the application role.
import { and, inArray, isNull } from "drizzle-orm";
import type { Db } from "../client";
import { indicators, organisationTargets, type TargetMilestone } from "../schema";
import { withTenant } from "../../lib/tenancy";

type DemoTarget = {
  name: string;
  description: string;
  indicator: string;
  baseYear: number;
  baseValue: string;
  milestones: TargetMilestone[];
};

const demoTargets: Record<"voorbeeldstad" | "zuiderland", { coordinator: string; targets: DemoTarget[] }> = {
  voorbeeldstad: {
    coordinator: "joris.bakker@voorbeeldstad.example",
    targets: [
      {
        name: "CO2-uitstoot eigen organisatie en inkoop",
        description:
          "De CO2-uitstoot van onze projecten en eigen bedrijfsvoering terugdringen ten opzichte van 2020, over de hele " +
          "keten (scope 1, 2 en 3): in 2025 met 30 % en in 2030 met 60 %.",
        indicator: "co2e",
        baseYear: 2020,
        baseValue: "12500",
        milestones: [
          { year: 2025, mode: "change_percent", value: -30 },
          { year: 2030, mode: "change_percent", value: -60 },
        ],
      },
      {
        name: "Circulaire inhoud van ingekochte producten",
        description: "Het aandeel hergebruikte, gerecyclede of hernieuwbare grondstoffen in wat we inkopen.",
        indicator: "circular_content",
        baseYear: 2020,
        baseValue: "18",
        milestones: [
          { year: 2025, mode: "value", value: 40 },
          { year: 2030, mode: "value", value: 80 },
        ],
      },
    ],
  },
  zuiderland: {
    coordinator: "lotte.smit@zuiderland.example",
    targets: [
      {
        name: "Milieukosten van wegen en kunstwerken",
        description: "De MKI van asfalt- en betonprojecten halveren ten opzichte van 2020.",
        indicator: "mki",
        baseYear: 2020,
        baseValue: "4200000",
        milestones: [
          { year: 2025, mode: "change_percent", value: -25 },
          { year: 2030, mode: "change_percent", value: -50 },
        ],
      },
    ],
  },
};

const localSuppliers = {
  code: "local_suppliers",
  name: "Aandeel lokale leveranciers",
  description: "Aandeel van de inkoopwaarde dat terechtkomt bij leveranciers en onderaannemers uit de regio.",
  unitCode: "P1",
  unitLabel: "%",
  direction: "higher_better" as const,
  aggregation: "weighted_average" as const,
  minValue: "0",
  maxValue: "100",
};

export async function seedDemoTargets(db: Db, ids: { orgIds: Map<string, string>; userIds: Map<string, string> }): Promise<void> {
  for (const [orgKey, { coordinator, targets }] of Object.entries(demoTargets)) {
    const tenantId = ids.orgIds.get(orgKey)!;
    const scope = { userId: ids.userIds.get(coordinator)!, orgId: tenantId, orgKind: "buyer" as const };
    await withTenant(
      scope,
      async (tx) => {
        if (orgKey === "voorbeeldstad") await tx.insert(indicators).values({ ...localSuppliers, ownerOrgId: tenantId });
        const codes = targets.map((t) => t.indicator);
        const catalogue = await tx
          .select({ id: indicators.id, code: indicators.code })
          .from(indicators)
          .where(and(isNull(indicators.ownerOrgId), inArray(indicators.code, codes)));
        const idOf = new Map(catalogue.map((i) => [i.code, i.id]));
        for (const target of targets) {
          const indicatorId = idOf.get(target.indicator);
          if (!indicatorId) throw new Error(`Indicator ${target.indicator} ontbreekt in de catalogus.`);
          const { indicator: _code, ...fields } = target;
          await tx.insert(organisationTargets).values({ ...fields, tenantId, indicatorId });
        }
      },
      db,
    );
  }
}
