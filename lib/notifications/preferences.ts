import { eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { notificationPreferences, type NotificationDelivery, type NotificationKind } from "@/db/schema";
import { DEFAULT_DELIVERY } from "./kinds";

/** How the user wants each kind e-mailed: their choice, or the kind's default. Read in the user's own scope. */
export async function deliveryPreferences(db: Db, { userId }: { userId: string }): Promise<Record<NotificationKind, NotificationDelivery>> {
  const rows = await db.select().from(notificationPreferences).where(eq(notificationPreferences.userId, userId));
  const chosen = { ...DEFAULT_DELIVERY };
  for (const row of rows) chosen[row.kind] = row.delivery;
  return chosen;
}
