// What the dashboard page needs, shaped on the server so app/ stays free of database code.
import { getDb } from "@/db/client";
import type { Actor } from "@/lib/auth/actor";
import { organisationDashboard } from "./service";

export async function dashboardPage(actor: Actor, search: Record<string, string | string[] | undefined>) {
  return organisationDashboard({ ...actor, db: await getDb() }, { search });
}
