// GET /api/v1/[org]/notifications: the signed-in person's own notifications in this organisation,
// newest first, and how many are unread. The header's bell reads it after the page is shown.
import { z } from "zod";
import { defineRoute } from "@/lib/http/route";
import { listNotifications, unreadNotificationCount } from "./queries";

const NotificationOut = z.object({
  id: z.guid(),
  kind: z.string(),
  title: z.string(),
  link: z.string(),
  read: z.boolean(),
  createdAt: z.string(),
});

const NotificationsOut = z.object({ unread: z.number().int(), items: z.array(NotificationOut) });

export const notificationsRoute = defineRoute({
  name: "GET /api/v1/[org]/notifications",
  permission: "organisation.read",
  scope: null,
  output: NotificationsOut,
  async handler(tx, ctx) {
    const reader = { userId: ctx.userId, orgId: ctx.org.id, orgKind: ctx.org.kind };
    const [unread, rows] = await Promise.all([unreadNotificationCount(tx, reader), listNotifications(tx, reader, 20)]);
    return {
      unread,
      items: rows.map((n) => ({
        id: n.id,
        kind: n.kind,
        title: n.title,
        link: n.link,
        read: n.readAt !== null,
        createdAt: n.createdAt.toISOString(),
      })),
    };
  },
});
