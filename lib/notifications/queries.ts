// A person's own notifications in the organisation they work in. Row-level security shows only
// these; the filters say the same for the reader of the code and for the planner.
import { and, count, desc, eq, isNull } from "drizzle-orm";
import type { Db } from "@/db/client";
import { notifications } from "@/db/schema";

type Reader = { userId: string; orgId: string };

const mine = (r: Reader) => and(eq(notifications.userId, r.userId), eq(notifications.recipientOrgId, r.orgId));

export async function listNotifications(db: Db, reader: Reader, limit = 100) {
  return db
    .select({
      id: notifications.id,
      tenantId: notifications.tenantId,
      kind: notifications.kind,
      title: notifications.title,
      link: notifications.link,
      readAt: notifications.readAt,
      createdAt: notifications.createdAt,
    })
    .from(notifications)
    .where(mine(reader))
    .orderBy(desc(notifications.createdAt), desc(notifications.id))
    .limit(limit);
}

export async function unreadNotificationCount(db: Db, reader: Reader): Promise<number> {
  const [row] = await db
    .select({ n: count() })
    .from(notifications)
    .where(and(mine(reader), isNull(notifications.readAt)));
  return row?.n ?? 0;
}
