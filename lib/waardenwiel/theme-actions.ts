// Themes on the outer ring, their sub-themes (the "taartpunten") and their priorities.
import { and, asc, count, eq, max } from "drizzle-orm";
import type { Db } from "@/db/client";
import { wheelSubthemes, wheelThemes, type Wheel } from "@/db/schema";
import { recordAudit, recordAudits } from "@/lib/audit";
import { NotFoundError, ValidationError } from "@/lib/errors";
import { UUID_PATTERN } from "@/lib/contracts/rules";
import { editWheel } from "./edit";
import { normalisePriorities, priorityErrors } from "./rules";
import { AddSubtheme, AddTheme, MoveTheme, RemoveSubtheme, RemoveTheme, SetPriorities, UpdateSubtheme, UpdateTheme } from "./schemas";
import { defineAction } from "@/lib/http/action";

const MAX_THEMES = 12;
const MAX_SUBTHEMES = 8;
const EDIT_ANY_WHEEL = "contract_wheel.edit" as const;

/** A theme of this very wheel; anything else (another wheel, another tenant, a malformed id) is not found. */
export async function themeOfWheel(tx: Db, wheel: Wheel, themeId: string) {
  if (!UUID_PATTERN.test(themeId)) throw new NotFoundError("Dit thema bestaat niet.");
  const [theme] = await tx
    .select()
    .from(wheelThemes)
    .where(and(eq(wheelThemes.tenantId, wheel.tenantId), eq(wheelThemes.wheelId, wheel.id), eq(wheelThemes.id, themeId)));
  if (!theme) throw new NotFoundError("Dit thema bestaat niet.");
  return theme;
}

async function subthemeOfWheel(tx: Db, wheel: Wheel, subthemeId: string) {
  if (!UUID_PATTERN.test(subthemeId)) throw new NotFoundError("Dit subthema bestaat niet.");
  const [row] = await tx
    .select({ subtheme: wheelSubthemes })
    .from(wheelSubthemes)
    .innerJoin(wheelThemes, and(eq(wheelThemes.tenantId, wheelSubthemes.tenantId), eq(wheelThemes.id, wheelSubthemes.themeId)))
    .where(and(eq(wheelSubthemes.tenantId, wheel.tenantId), eq(wheelThemes.wheelId, wheel.id), eq(wheelSubthemes.id, subthemeId)));
  if (!row) throw new NotFoundError("Dit subthema bestaat niet.");
  return row.subtheme;
}

export const addTheme = defineAction({
  name: "wheel.add_theme",
  permission: EDIT_ANY_WHEEL,
  input: AddTheme,
  async handler(tx, ctx, input) {
    return editWheel(tx, ctx, input, async (wheel) => {
      const where = and(eq(wheelThemes.tenantId, wheel.tenantId), eq(wheelThemes.wheelId, wheel.id));
      const [{ n, last }] = await tx
        .select({ n: count(), last: max(wheelThemes.position) })
        .from(wheelThemes)
        .where(where);
      if (Number(n) >= MAX_THEMES) {
        throw new ValidationError({ name: `Een wiel heeft hoogstens ${MAX_THEMES} thema's; meer is op de ring niet meer te lezen.` });
      }
      const [theme] = await tx
        .insert(wheelThemes)
        .values({
          tenantId: wheel.tenantId,
          wheelId: wheel.id,
          name: input.name,
          description: input.description,
          pillar: input.pillar,
          position: (last ?? -1) + 1,
        })
        .returning();
      await recordAudit(tx, ctx, { tenantId: wheel.tenantId, entity: "wheel_theme", entityId: theme.id, action: "create", after: theme });
      return { id: theme.id };
    });
  },
});

export const updateTheme = defineAction({
  name: "wheel.update_theme",
  permission: EDIT_ANY_WHEEL,
  input: UpdateTheme,
  async handler(tx, ctx, input) {
    return editWheel(tx, ctx, input, async (wheel) => {
      const before = await themeOfWheel(tx, wheel, input.themeId);
      // A contract wheel keeps the organisation's outer themes: their name and pillar stay.
      if (before.orgThemeId && (before.name !== input.name || before.pillar !== input.pillar)) {
        throw new ValidationError({
          name: "Dit thema komt uit het Waardenwiel van de organisatie; naam en pijler blijven gelijk. Pas de beschrijving aan of voeg een eigen thema toe.",
        });
      }
      const [after] = await tx
        .update(wheelThemes)
        .set({ name: input.name, description: input.description, pillar: input.pillar })
        .where(and(eq(wheelThemes.tenantId, wheel.tenantId), eq(wheelThemes.id, before.id)))
        .returning();
      await recordAudit(tx, ctx, { tenantId: wheel.tenantId, entity: "wheel_theme", entityId: before.id, action: "update", before, after });
      return { id: before.id };
    });
  },
});

export const removeTheme = defineAction({
  name: "wheel.remove_theme",
  permission: EDIT_ANY_WHEEL,
  input: RemoveTheme,
  async handler(tx, ctx, input) {
    return editWheel(tx, ctx, input, async (wheel) => {
      const before = await themeOfWheel(tx, wheel, input.themeId);
      if (before.orgThemeId) {
        const message = "Dit thema komt uit het Waardenwiel van de organisatie en blijft op de ring van het contract.";
        throw new ValidationError({ _form: message }, message);
      }
      // Contract themes that concretised this organisation theme stay, with their own name and
      // goals; only their link goes, here rather than by ON DELETE SET NULL, which Citus refuses.
      const unlinked = await tx
        .update(wheelThemes)
        .set({ orgThemeId: null })
        .where(and(eq(wheelThemes.tenantId, wheel.tenantId), eq(wheelThemes.orgThemeId, before.id)))
        .returning({ id: wheelThemes.id });
      await recordAudits(
        tx,
        ctx,
        unlinked.map((theme) => ({
          tenantId: wheel.tenantId,
          entity: "wheel_theme" as const,
          entityId: theme.id,
          action: "update",
          before: { orgThemeId: before.id },
          after: { orgThemeId: null },
        })),
      );
      // Sub-themes and goals go with it (foreign keys cascade); the audit keeps the theme itself.
      await tx.delete(wheelThemes).where(and(eq(wheelThemes.tenantId, wheel.tenantId), eq(wheelThemes.id, before.id)));
      await recordAudit(tx, ctx, { tenantId: wheel.tenantId, entity: "wheel_theme", entityId: before.id, action: "delete", before });
      return { id: before.id };
    });
  },
});

/** Moves a theme one place along the ring, renumbering positions 0..n-1 on the way. */
export const moveTheme = defineAction({
  name: "wheel.move_theme",
  permission: EDIT_ANY_WHEEL,
  input: MoveTheme,
  async handler(tx, ctx, input) {
    return editWheel(tx, ctx, input, async (wheel) => {
      await themeOfWheel(tx, wheel, input.themeId);
      const themes = await tx
        .select({ id: wheelThemes.id, position: wheelThemes.position })
        .from(wheelThemes)
        .where(and(eq(wheelThemes.tenantId, wheel.tenantId), eq(wheelThemes.wheelId, wheel.id)))
        .orderBy(asc(wheelThemes.position), asc(wheelThemes.createdAt));
      const order = themes.map((t) => t.id);
      const from = order.indexOf(input.themeId);
      const to = input.direction === "up" ? from - 1 : from + 1;
      if (to >= 0 && to < order.length) [order[from], order[to]] = [order[to], order[from]];
      for (const [position, id] of order.entries()) {
        if (themes.find((t) => t.id === id)?.position === position) continue;
        await tx
          .update(wheelThemes)
          .set({ position })
          .where(and(eq(wheelThemes.tenantId, wheel.tenantId), eq(wheelThemes.id, id)));
      }
      await recordAudit(tx, ctx, {
        tenantId: wheel.tenantId,
        entity: "wheel_theme",
        entityId: input.themeId,
        action: "move",
        before: { order: themes.map((t) => t.id) },
        after: { order },
      });
      return { id: input.themeId };
    });
  },
});

export const setPriorities = defineAction({
  name: "wheel.set_priorities",
  permission: EDIT_ANY_WHEEL,
  input: SetPriorities,
  async handler(tx, ctx, input) {
    return editWheel(tx, ctx, input, async (wheel) => {
      const themes = await tx
        .select()
        .from(wheelThemes)
        .where(and(eq(wheelThemes.tenantId, wheel.tenantId), eq(wheelThemes.wheelId, wheel.id)));
      const known = new Set(themes.map((t) => t.id));
      // Themes missing from the form keep their rank; ids of other wheels are not found.
      for (const entry of input.entries) if (!known.has(entry.themeId)) throw new NotFoundError("Dit thema bestaat niet.");
      const posted = new Map(input.entries.map((e) => [e.themeId, e]));
      const all = themes.map((t) => posted.get(t.id) ?? { themeId: t.id, rank: t.priorityRank, tied: t.priorityTied });
      const errors = priorityErrors(all);
      if (Object.keys(errors).length > 0)
        throw new ValidationError(errors, "Twee of meer thema's hebben dezelfde rang zonder dat ze als gelijk zijn gemarkeerd.");
      const next = normalisePriorities(all);
      for (const entry of next) {
        const theme = themes.find((t) => t.id === entry.themeId)!;
        if (theme.priorityRank === entry.rank && theme.priorityTied === entry.tied) continue;
        await tx
          .update(wheelThemes)
          .set({ priorityRank: entry.rank, priorityTied: entry.tied })
          .where(and(eq(wheelThemes.tenantId, wheel.tenantId), eq(wheelThemes.id, entry.themeId)));
      }
      await recordAudit(tx, ctx, {
        tenantId: wheel.tenantId,
        entity: "wheel",
        entityId: wheel.id,
        action: "set_priorities",
        before: themes.map((t) => ({ themeId: t.id, rank: t.priorityRank, tied: t.priorityTied })),
        after: next,
      });
      return { id: wheel.id };
    });
  },
});

export const addSubtheme = defineAction({
  name: "wheel.add_subtheme",
  permission: EDIT_ANY_WHEEL,
  input: AddSubtheme,
  async handler(tx, ctx, input) {
    return editWheel(tx, ctx, input, async (wheel) => {
      const theme = await themeOfWheel(tx, wheel, input.themeId);
      const where = and(eq(wheelSubthemes.tenantId, wheel.tenantId), eq(wheelSubthemes.themeId, theme.id));
      const [{ n, last }] = await tx
        .select({ n: count(), last: max(wheelSubthemes.position) })
        .from(wheelSubthemes)
        .where(where);
      if (Number(n) >= MAX_SUBTHEMES) {
        throw new ValidationError({ name: `Een thema heeft hoogstens ${MAX_SUBTHEMES} subthema's; kies de belangrijkste.` });
      }
      const [row] = await tx
        .insert(wheelSubthemes)
        .values({
          tenantId: wheel.tenantId,
          themeId: theme.id,
          name: input.name,
          description: input.description,
          position: (last ?? -1) + 1,
        })
        .returning();
      await recordAudit(tx, ctx, { tenantId: wheel.tenantId, entity: "wheel_subtheme", entityId: row.id, action: "create", after: row });
      return { id: row.id };
    });
  },
});

export const updateSubtheme = defineAction({
  name: "wheel.update_subtheme",
  permission: EDIT_ANY_WHEEL,
  input: UpdateSubtheme,
  async handler(tx, ctx, input) {
    return editWheel(tx, ctx, input, async (wheel) => {
      const before = await subthemeOfWheel(tx, wheel, input.subthemeId);
      const [after] = await tx
        .update(wheelSubthemes)
        .set({ name: input.name, description: input.description })
        .where(and(eq(wheelSubthemes.tenantId, wheel.tenantId), eq(wheelSubthemes.id, before.id)))
        .returning();
      await recordAudit(tx, ctx, {
        tenantId: wheel.tenantId,
        entity: "wheel_subtheme",
        entityId: before.id,
        action: "update",
        before,
        after,
      });
      return { id: before.id };
    });
  },
});

export const removeSubtheme = defineAction({
  name: "wheel.remove_subtheme",
  permission: EDIT_ANY_WHEEL,
  input: RemoveSubtheme,
  async handler(tx, ctx, input) {
    return editWheel(tx, ctx, input, async (wheel) => {
      const before = await subthemeOfWheel(tx, wheel, input.subthemeId);
      await tx.delete(wheelSubthemes).where(and(eq(wheelSubthemes.tenantId, wheel.tenantId), eq(wheelSubthemes.id, before.id)));
      await recordAudit(tx, ctx, { tenantId: wheel.tenantId, entity: "wheel_subtheme", entityId: before.id, action: "delete", before });
      return { id: before.id };
    });
  },
});
