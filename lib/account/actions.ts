// A user's own settings. Only the acting user's row is touched, whatever the input says.
import { eq } from "drizzle-orm";
import { z } from "zod";
import { users } from "@/db/schema";
import { recordAudit } from "@/lib/audit";
import { endAllSessions } from "@/lib/auth/user-sessions";
import { checkbox } from "@/lib/kpis/fields";
import { defineAction } from "@/lib/http/action";

const SetReminders = z.object({ wantsReminders: checkbox });

/** Turns the report reminder e-mails on or off for the acting user; any member may. */
export const setReminders = defineAction({
  name: "account.set_reminders",
  permission: "organisation.read",
  input: SetReminders,
  handler: async (tx, ctx, input) => {
    const [updated] = await tx
      .update(users)
      .set({ wantsReminders: input.wantsReminders })
      .where(eq(users.id, ctx.userId))
      .returning({ wantsReminders: users.wantsReminders });
    await recordAudit(tx, ctx, {
      tenantId: ctx.org.id,
      entity: "user",
      entityId: ctx.userId,
      action: "set_reminders",
      after: { wantsReminders: updated.wantsReminders },
    });
    return { wantsReminders: updated.wantsReminders };
  },
});

const SignOutEverywhere = z.object({});

/**
 * "Overal uitloggen": ends every session of the acting user, in every browser and on every
 * device, this one included (a lost laptop, a shared computer). Any member may, for themselves.
 */
export const signOutEverywhere = defineAction({
  name: "account.sign_out_everywhere",
  permission: "organisation.read",
  input: SignOutEverywhere,
  handler: async (tx, ctx) => {
    const sessions = await endAllSessions(tx, { userId: ctx.userId });
    await recordAudit(tx, ctx, {
      tenantId: ctx.org.id,
      entity: "user",
      entityId: ctx.userId,
      action: "sign_out_everywhere",
      after: { sessions },
    });
    return { sessions };
  },
});
