import { eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { users } from "@/db/schema";

/** Whether the user receives report reminder e-mails (on unless turned off). */
export async function getReminderSetting(db: Db, { userId }: { userId: string }): Promise<boolean> {
  const [row] = await db.select({ wantsReminders: users.wantsReminders }).from(users).where(eq(users.id, userId));
  return row?.wantsReminders ?? true;
}
