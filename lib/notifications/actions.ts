// What a person does with their own notifications: open one (marked read), mark all read, choose
// per kind how they are e-mailed. Any member may, for themselves only: row-level security admits
// nobody else's rows, and another person's id answers "not found" like a missing one.
import { and, eq, isNull, sql } from "drizzle-orm";
import { notificationPreferences, notifications } from "@/db/schema";
import { recordAudit } from "@/lib/audit";
import { NotFoundError } from "@/lib/errors";
import { defineAction } from "@/lib/http/action";
import { ownNotifications } from "./queries";
import { MarkAllNotificationsRead, OpenNotification, SetNotificationPreferences } from "./schemas";

/** Opening a notification marks it read and answers where it leads. Reading is not audited: nothing changes for anyone else. */
export const openNotification = defineAction({
  name: "notifications.open",
  permission: "organisation.read",
  input: OpenNotification,
  handler: async (tx, ctx, input) => {
    const [row] = await tx
      .update(notifications)
      .set({ readAt: sql`coalesce(${notifications.readAt}, now())` })
      .where(
        and(
          eq(notifications.tenantId, input.tenantId),
          eq(notifications.id, input.id),
          eq(notifications.userId, ctx.userId),
          eq(notifications.recipientOrgId, ctx.org.id),
        ),
      )
      .returning({ link: notifications.link });
    if (!row) throw new NotFoundError("Deze melding bestaat niet (meer).");
    return { link: row.link };
  },
});

export const markAllNotificationsRead = defineAction({
  name: "notifications.mark_all_read",
  permission: "organisation.read",
  input: MarkAllNotificationsRead,
  handler: async (tx, ctx) => {
    const marked = await tx
      .update(notifications)
      .set({ readAt: sql`now()` })
      .where(and(ownNotifications({ userId: ctx.userId, orgId: ctx.org.id, orgKind: ctx.org.kind }), isNull(notifications.readAt)))
      .returning({ id: notifications.id });
    await recordAudit(tx, ctx, {
      tenantId: ctx.org.id,
      entity: "user",
      entityId: ctx.userId,
      action: "notifications_read_all",
      after: { marked: marked.length },
    });
    return { marked: marked.length };
  },
});

export const setNotificationPreferences = defineAction({
  name: "account.set_notification_preferences",
  permission: "organisation.read",
  input: SetNotificationPreferences,
  handler: async (tx, ctx, input) => {
    const chosen = Object.entries(input).filter((e): e is [keyof typeof input, NonNullable<(typeof input)[keyof typeof input]>] =>
      Boolean(e[1]),
    );
    for (const [kind, delivery] of chosen) {
      await tx
        .insert(notificationPreferences)
        .values({ userId: ctx.userId, kind, delivery })
        .onConflictDoUpdate({
          target: [notificationPreferences.userId, notificationPreferences.kind],
          set: { delivery, updatedAt: sql`now()` },
        });
    }
    const after = Object.fromEntries(chosen);
    await recordAudit(tx, ctx, {
      tenantId: ctx.org.id,
      entity: "user",
      entityId: ctx.userId,
      action: "set_notification_preferences",
      after,
    });
    return after;
  },
});
