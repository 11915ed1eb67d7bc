// What the dashboard page needs, shaped on the server so app/ stays free of database code.
import type { Actor } from "@/lib/auth/actor";
import { withTenant } from "@/lib/tenancy";
import { organisationDashboard } from "./service";

export async function dashboardPage(actor: Actor, search: Record<string, string | string[] | undefined>) {
  return withTenant(actor, (tx) => organisationDashboard(tx, actor, { search, shortSupplierList: true }));
}
