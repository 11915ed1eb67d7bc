// Goals of a theme (step 6, "concretiseer doelen"): qualitative, or quantitative on an indicator
// of the catalogue with a base year and value and a target year and value.
import { and, count, eq, max } from "drizzle-orm";
import type { Db } from "@/db/client";
import { wheelGoals, wheelThemes, type Wheel } from "@/db/schema";
import { recordAudit } from "@/lib/audit";
import { UUID_PATTERN } from "@/lib/contracts/rules";
import { NotFoundError, ValidationError } from "@/lib/errors";
import { editWheel } from "./edit";
import { getIndicatorForTenant } from "./queries";
import { checkQuantitativeGoal } from "./rules";
import { AddGoal, RemoveGoal, UpdateGoal } from "./schemas";
import { themeOfWheel } from "./theme-actions";
import { defineAction } from "@/lib/http/action";

const MAX_GOALS_PER_THEME = 10;
const EDIT_ANY_WHEEL = "contract_wheel.edit" as const;

async function goalOfWheel(tx: Db, wheel: Wheel, goalId: string) {
  if (!UUID_PATTERN.test(goalId)) throw new NotFoundError("Dit doel bestaat niet.");
  const [row] = await tx
    .select({ goal: wheelGoals })
    .from(wheelGoals)
    .innerJoin(wheelThemes, and(eq(wheelThemes.tenantId, wheelGoals.tenantId), eq(wheelThemes.id, wheelGoals.themeId)))
    .where(and(eq(wheelGoals.tenantId, wheel.tenantId), eq(wheelThemes.wheelId, wheel.id), eq(wheelGoals.id, goalId)));
  if (!row) throw new NotFoundError("Dit doel bestaat niet.");
  return row.goal;
}

/** The stored columns of a goal: a qualitative goal carries no numbers, a quantitative one is checked against its indicator. */
async function goalValues(tx: Db, tenantId: string, input: AddGoal | UpdateGoal) {
  if (input.kind === "qualitative") {
    return {
      kind: input.kind,
      description: input.description,
      indicatorId: null,
      targetValue: null,
      targetYear: null,
      baseYear: null,
      baseValue: null,
    };
  }
  const indicator = await getIndicatorForTenant(tx, { tenantId, id: input.indicatorId! });
  if (!indicator) throw new ValidationError({ indicatorId: "Kies een indicator uit de lijst." });
  const checked = checkQuantitativeGoal(
    { targetValue: input.targetValue!, baseValue: input.baseValue!, targetYear: input.targetYear!, baseYear: input.baseYear! },
    indicator,
  );
  if (!checked.ok) throw new ValidationError(checked.fieldErrors);
  return { kind: input.kind, description: input.description, indicatorId: indicator.id, ...checked.value };
}

export const addGoal = defineAction({
  name: "wheel.add_goal",
  permission: EDIT_ANY_WHEEL,
  input: AddGoal,
  async handler(tx, ctx, input) {
    return editWheel(tx, ctx, input, async (wheel) => {
      const theme = await themeOfWheel(tx, wheel, input.themeId);
      const values = await goalValues(tx, wheel.tenantId, input);
      const where = and(eq(wheelGoals.tenantId, wheel.tenantId), eq(wheelGoals.themeId, theme.id));
      const [{ n, last }] = await tx
        .select({ n: count(), last: max(wheelGoals.position) })
        .from(wheelGoals)
        .where(where);
      if (Number(n) >= MAX_GOALS_PER_THEME) {
        throw new ValidationError({ description: `Een thema heeft hoogstens ${MAX_GOALS_PER_THEME} doelen.` });
      }
      const [goal] = await tx
        .insert(wheelGoals)
        .values({ ...values, tenantId: wheel.tenantId, themeId: theme.id, position: (last ?? -1) + 1 })
        .returning();
      await recordAudit(tx, ctx, { tenantId: wheel.tenantId, entity: "wheel_goal", entityId: goal.id, action: "create", after: goal });
      return { id: goal.id };
    });
  },
});

export const updateGoal = defineAction({
  name: "wheel.update_goal",
  permission: EDIT_ANY_WHEEL,
  input: UpdateGoal,
  async handler(tx, ctx, input) {
    return editWheel(tx, ctx, input, async (wheel) => {
      const before = await goalOfWheel(tx, wheel, input.goalId);
      const values = await goalValues(tx, wheel.tenantId, input);
      const [after] = await tx
        .update(wheelGoals)
        .set(values)
        .where(and(eq(wheelGoals.tenantId, wheel.tenantId), eq(wheelGoals.id, before.id)))
        .returning();
      await recordAudit(tx, ctx, { tenantId: wheel.tenantId, entity: "wheel_goal", entityId: before.id, action: "update", before, after });
      return { id: before.id };
    });
  },
});

export const removeGoal = defineAction({
  name: "wheel.remove_goal",
  permission: EDIT_ANY_WHEEL,
  input: RemoveGoal,
  async handler(tx, ctx, input) {
    return editWheel(tx, ctx, input, async (wheel) => {
      const before = await goalOfWheel(tx, wheel, input.goalId);
      await tx.delete(wheelGoals).where(and(eq(wheelGoals.tenantId, wheel.tenantId), eq(wheelGoals.id, before.id)));
      await recordAudit(tx, ctx, { tenantId: wheel.tenantId, entity: "wheel_goal", entityId: before.id, action: "delete", before });
      return { id: before.id };
    });
  },
});
