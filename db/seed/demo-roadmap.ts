// Demo KPI library of Gemeente Voorbeeldstad (written as the coordinator), the roadmaps of its
// contracts (as the contract manager) and the droompartner of the catering contract, all through
// the tenant scope so row-level security applies, as for the rest of the demo.
import { and, eq, isNull } from "drizzle-orm";
import type { Db } from "../client";
import { contracts, indicators, kpiTemplates, roadmapItems, wheels, wheelThemes, type TemplateLevel } from "../schema";
import { parseNlDecimal } from "../../lib/format";
import { withTenant } from "../../lib/tenancy";
import { CATERING_DREAM_PARTNER, DEMO_ROADMAPS, DEMO_TEMPLATES, type DemoTemplate } from "./demo-roadmap-data";

const COORDINATOR = "joris.bakker@voorbeeldstad.example";

function decimal(text: string): string {
  const parsed = parseNlDecimal(text);
  if (!parsed.ok) throw new Error(`Ongeldig getal in de demodata: ${text}`);
  return parsed.normalized;
}

function level(spec: DemoTemplate["levels"]["minimum"]): TemplateLevel {
  return {
    description: spec.description,
    interpolation: spec.interpolation,
    milestones: spec.milestones.map(([offset, value]) => ({ offset, value: decimal(value) })),
  };
}

export async function seedDemoRoadmap(db: Db, ids: { orgIds: Map<string, string>; userIds: Map<string, string> }): Promise<void> {
  const tenantId = ids.orgIds.get("voorbeeldstad");
  const coordinatorId = ids.userIds.get(COORDINATOR);
  if (!tenantId || !coordinatorId) throw new Error("Demodata: Gemeente Voorbeeldstad of Joris Bakker ontbreekt.");

  await withTenant(
    { userId: coordinatorId, orgId: tenantId, orgKind: "buyer" },
    async (tx) => {
      const codes = new Map(
        (await tx.select({ id: indicators.id, code: indicators.code }).from(indicators).where(isNull(indicators.ownerOrgId))).map((i) => [
          i.code,
          i.id,
        ]),
      );
      for (const t of DEMO_TEMPLATES) {
        const indicatorId = t.indicator ? codes.get(t.indicator) : null;
        if (t.indicator && !indicatorId) throw new Error(`Onbekende indicator in de demodata: ${t.indicator}`);
        await tx.insert(kpiTemplates).values({
          tenantId,
          name: t.name,
          description: t.description,
          indicatorId: indicatorId ?? null,
          kind: t.kind,
          obligation: t.obligation,
          purchasingPackage: t.purchasingPackage,
          scoreMeanings: t.scoreMeanings ?? null,
          measurement: t.measurement,
          evidenceRequired: t.evidenceRequired,
          levels: { minimum: level(t.levels.minimum), plus: level(t.levels.plus), maximum: level(t.levels.maximum) },
          malusRule: t.malusRule ?? null,
        });
      }
    },
    db,
  );

  for (const roadmap of DEMO_ROADMAPS) {
    const scope = { userId: coordinatorId, orgId: tenantId, orgKind: "buyer" as const };
    await withTenant(
      scope,
      async (tx) => {
        const [contract] = await tx
          .select({ id: contracts.id })
          .from(contracts)
          .where(and(eq(contracts.tenantId, tenantId), eq(contracts.title, roadmap.contract)));
        if (!contract) throw new Error(`Demodata: contract "${roadmap.contract}" ontbreekt.`);
        const themes = new Map(
          (
            await tx
              .select({ id: wheelThemes.id, name: wheelThemes.name })
              .from(wheelThemes)
              .innerJoin(wheels, and(eq(wheels.tenantId, wheelThemes.tenantId), eq(wheels.id, wheelThemes.wheelId)))
              .where(and(eq(wheels.tenantId, tenantId), eq(wheels.contractId, contract.id)))
          ).map((t) => [t.name, t.id]),
        );
        for (const item of roadmap.items) {
          const themeId = item.theme ? themes.get(item.theme) : null;
          if (item.theme && !themeId) throw new Error(`Demodata: thema "${item.theme}" ontbreekt in het contractwiel.`);
          await tx.insert(roadmapItems).values({
            tenantId,
            contractId: contract.id,
            title: item.title,
            description: item.description ?? null,
            themeId: themeId ?? null,
            strategy: item.strategy,
            owner: item.owner,
            ownerSide: item.ownerSide,
            dueDate: item.dueDate,
            status: item.status,
          });
        }
        if (roadmap.contract === CATERING_DREAM_PARTNER.contract) {
          await tx
            .update(contracts)
            .set({ dreamPartner: CATERING_DREAM_PARTNER.dreamPartner })
            .where(and(eq(contracts.tenantId, tenantId), eq(contracts.id, contract.id)));
        }
      },
      db,
    );
  }
}
