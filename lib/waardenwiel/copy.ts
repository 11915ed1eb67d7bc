// Filling a new wheel: from the example template, as a copy of an earlier wheel, or as a
// contract wheel that keeps the organisation's outer themes.
import type { Db } from "@/db/client";
import { wheelGoals, wheelSubthemes, wheelThemes } from "@/db/schema";
import type { WheelDetail } from "./queries";
import type { TemplateTheme } from "./templates";

type Target = { tenantId: string; wheelId: string };

export async function insertTemplateThemes(tx: Db, target: Target, themes: readonly TemplateTheme[]): Promise<void> {
  for (const [position, theme] of themes.entries()) {
    const [row] = await tx
      .insert(wheelThemes)
      .values({
        tenantId: target.tenantId,
        wheelId: target.wheelId,
        name: theme.name,
        description: theme.description,
        pillar: theme.pillar,
        position,
      })
      .returning({ id: wheelThemes.id });
    if (theme.subthemes.length === 0) continue;
    await tx
      .insert(wheelSubthemes)
      .values(theme.subthemes.map((name, i) => ({ tenantId: target.tenantId, themeId: row.id, name, position: i })));
  }
}

/** A full copy for next year's wheel: themes with priorities, sub-themes and goals. */
export async function copyWheelContent(tx: Db, source: WheelDetail, target: Target): Promise<void> {
  for (const theme of source.themes) {
    const [row] = await tx
      .insert(wheelThemes)
      .values({
        tenantId: target.tenantId,
        wheelId: target.wheelId,
        name: theme.name,
        description: theme.description,
        pillar: theme.pillar,
        position: theme.position,
        priorityRank: theme.priorityRank,
        priorityTied: theme.priorityTied,
      })
      .returning({ id: wheelThemes.id });
    if (theme.subthemes.length > 0) {
      await tx.insert(wheelSubthemes).values(
        theme.subthemes.map((s) => ({
          tenantId: target.tenantId,
          themeId: row.id,
          name: s.name,
          description: s.description,
          position: s.position,
        })),
      );
    }
    if (theme.goals.length > 0) {
      await tx.insert(wheelGoals).values(
        theme.goals.map((g) => ({
          tenantId: target.tenantId,
          themeId: row.id,
          kind: g.kind,
          description: g.description,
          indicatorId: g.indicatorId,
          targetValue: g.targetValue,
          targetYear: g.targetYear,
          baseYear: g.baseYear,
          baseValue: g.baseValue,
          position: g.position,
        })),
      );
    }
  }
}

/**
 * A contract wheel keeps the organisation's outer themes, each linked to its original through
 * org_theme_id; concretisation, priorities and goals are the contract's own, so they start empty.
 */
export async function copyOuterThemes(tx: Db, source: WheelDetail, target: Target): Promise<number> {
  if (source.themes.length === 0) return 0;
  await tx.insert(wheelThemes).values(
    source.themes.map((theme) => ({
      tenantId: target.tenantId,
      wheelId: target.wheelId,
      name: theme.name,
      description: theme.description,
      pillar: theme.pillar,
      position: theme.position,
      orgThemeId: theme.id,
    })),
  );
  return source.themes.length;
}
