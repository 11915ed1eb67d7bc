// A user's own settings. Only the acting user's row is touched, whatever the input says.
import { eq } from "drizzle-orm";
import { z } from "zod";
import { users } from "@/db/schema";
import { defineAction } from "@/lib/action";
import { recordAudit } from "@/lib/audit";
import { checkbox } from "@/lib/kpis/fields";
import { inTenant } from "@/lib/tenancy";

export const SetReminders = z.object({ wantsReminders: checkbox });
export type SetReminders = z.infer<typeof SetReminders>;

/** Turns the report reminder e-mails on or off for the acting user; any member may. */
export const setReminders = defineAction({
  name: "account.set_reminders",
  permission: "organisation.read",
  input: SetReminders,
  handler: async (ctx, input) => {
    return inTenant(ctx, async (tx) => {
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
    });
  },
});
