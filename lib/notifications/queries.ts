// A person's own notifications in the organisation they work in. Row-level security shows only
// these; the filters say the same for the reader of the code and for the planner. A buyer's are
// rows of its own tenant (the recipient is the tenant or the contract's supplier); a supplier's
// lie with its buyers.
import { and, count, desc, eq, isNull } from "drizzle-orm";
import type { Db } from "@/db/client";
import { acrossTenants } from "@/db/cross-tenant";
import { notifications } from "@/db/schema";
import type { OrganisationKind } from "@/lib/auth/permissions";

type Reader = { userId: string; orgId: string; orgKind: OrganisationKind };

/** The reader's own notifications, as a condition; on a cluster a buyer's stay on its own shard. */
export const ownNotifications = (r: Reader) =>
  and(
    eq(notifications.userId, r.userId),
    r.orgKind === "supplier"
      ? acrossTenants("supplier-notifications", eq(notifications.recipientOrgId, r.orgId))
      : and(eq(notifications.tenantId, r.orgId), eq(notifications.recipientOrgId, r.orgId)),
  );

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
    .where(ownNotifications(reader))
    .orderBy(desc(notifications.createdAt), desc(notifications.id))
    .limit(limit);
}

export async function unreadNotificationCount(db: Db, reader: Reader): Promise<number> {
  const [row] = await db
    .select({ n: count() })
    .from(notifications)
    .where(and(ownNotifications(reader), isNull(notifications.readAt)));
  return row?.n ?? 0;
}
