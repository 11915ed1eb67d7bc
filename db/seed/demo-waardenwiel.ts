// Demo Waardenwiel of Gemeente Voorbeeldstad, written as the coordinator through the tenant
// scope (row-level security applies, as for the contracts in demo.ts).
import { and, eq, isNull } from "drizzle-orm";
import type { Db } from "../client";
import { contracts, indicators, wheelGoals, wheels, wheelSubthemes, wheelThemes } from "../schema";
import { parseNlDecimal } from "../../lib/format";
import { withTenant } from "../../lib/tenancy";
import { CATERING_WHEEL, VOORBEELDSTAD_2025, VOORBEELDSTAD_2026, type DemoTheme, type DemoWheel } from "./demo-waardenwiel-data";

const COORDINATOR = "joris.bakker@voorbeeldstad.example";
const CATERING_TITLE = "Catering stadhuis en wijkcentra 2025–2029";

function decimal(text: string | undefined): string | null {
  if (text === undefined) return null;
  const parsed = parseNlDecimal(text);
  if (!parsed.ok) throw new Error(`Ongeldig getal in de demodata: ${text}`);
  return parsed.normalized;
}

async function insertThemes(tx: Db, tenantId: string, wheelId: string, themes: DemoTheme[], orgThemeIds = new Map<string, string>()) {
  const indicatorIds = new Map(
    (await tx.select({ id: indicators.id, code: indicators.code }).from(indicators).where(isNull(indicators.ownerOrgId))).map((i) => [
      i.code,
      i.id,
    ]),
  );
  const themeIds = new Map<string, string>();
  for (const [position, theme] of themes.entries()) {
    const [row] = await tx
      .insert(wheelThemes)
      .values({
        tenantId,
        wheelId,
        name: theme.name,
        description: theme.description,
        pillar: theme.pillar,
        position,
        priorityRank: theme.rank,
        priorityTied: theme.tied ?? false,
        orgThemeId: theme.fromOrgTheme ? (orgThemeIds.get(theme.fromOrgTheme) ?? null) : null,
      })
      .returning({ id: wheelThemes.id });
    themeIds.set(theme.name, row.id);
    if (theme.subthemes.length > 0) {
      await tx.insert(wheelSubthemes).values(theme.subthemes.map((name, i) => ({ tenantId, themeId: row.id, name, position: i })));
    }
    for (const [i, goal] of theme.goals.entries()) {
      const indicatorId = goal.indicator ? indicatorIds.get(goal.indicator) : null;
      if (goal.indicator && !indicatorId) throw new Error(`Onbekende indicator in de demodata: ${goal.indicator}`);
      await tx.insert(wheelGoals).values({
        tenantId,
        themeId: row.id,
        kind: goal.kind,
        description: goal.description,
        indicatorId: indicatorId ?? null,
        baseYear: goal.baseYear ?? null,
        baseValue: decimal(goal.baseValue),
        targetYear: goal.targetYear ?? null,
        targetValue: decimal(goal.targetValue),
        position: i,
      });
    }
  }
  return themeIds;
}

async function insertOrgWheel(tx: Db, tenantId: string, spec: DemoWheel, derivedFromId: string | null) {
  const [wheel] = await tx
    .insert(wheels)
    .values({
      tenantId,
      year: spec.year,
      derivedFromId,
      ambition: spec.ambition,
      analysis: spec.analysis,
      publishedAt: spec.publishedAt ? new Date(spec.publishedAt) : null,
    })
    .returning({ id: wheels.id });
  return { id: wheel.id, themeIds: await insertThemes(tx, tenantId, wheel.id, spec.themes) };
}

/**
 * Voorbeeldstad gets its 2025 wheel (read-only now, and missing the behaviour pillar), a full and
 * published 2026 wheel, and a wheel for the catering contract derived from the 2025 wheel.
 */
export async function seedDemoWaardenwiel(db: Db, ids: { orgIds: Map<string, string>; userIds: Map<string, string> }): Promise<void> {
  const tenantId = ids.orgIds.get("voorbeeldstad");
  const userId = ids.userIds.get(COORDINATOR);
  if (!tenantId || !userId) throw new Error("Demodata: Gemeente Voorbeeldstad of Joris Bakker ontbreekt.");
  await withTenant(
    { userId, orgId: tenantId, orgKind: "buyer" },
    async (tx) => {
      const older = await insertOrgWheel(tx, tenantId, VOORBEELDSTAD_2025, null);
      await insertOrgWheel(tx, tenantId, VOORBEELDSTAD_2026, older.id);
      const [catering] = await tx
        .select({ id: contracts.id, startDate: contracts.startDate })
        .from(contracts)
        .where(and(eq(contracts.tenantId, tenantId), eq(contracts.title, CATERING_TITLE)));
      if (!catering) return;
      const [contractWheel] = await tx
        .insert(wheels)
        .values({
          tenantId,
          year: Number(catering.startDate.slice(0, 4)),
          contractId: catering.id,
          derivedFromId: older.id,
          ambition: CATERING_WHEEL.ambition,
        })
        .returning({ id: wheels.id });
      await insertThemes(tx, tenantId, contractWheel.id, CATERING_WHEEL.themes, older.themeIds);
    },
    db,
  );
}
