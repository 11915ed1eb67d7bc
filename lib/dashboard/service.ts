// The organisation dashboard: buyers only (it aggregates the buyer's own
// contracts; a supplier's view across its buyers is a different dashboard), in the tenant's
// transaction so row-level security is the second wall around the tenant condition in the SQL.
// A dashboard computed for the same tenant, filters, day and data version is served from the
// process's cache (lib/dashboard/cache.ts): one small statement instead of three large ones.
import type { Db } from "@/db/client";
import type { Actor } from "@/lib/auth/actor";
import { amsterdamToday } from "@/lib/time";
import { ForbiddenError } from "@/lib/errors";
import { colleagueEmails } from "@/lib/members/queries";
import { dashboardCache, dataVersion } from "./cache";
import { parseFilters } from "./filters";
import { DASHBOARD_LIST_LIMIT, loadDashboard } from "./queries";
import { shapeDashboard, type DashboardView } from "./shape";
import { withShortSupplierList } from "./suppliers";
import { periodCloseState } from "@/lib/period-close/corrections";

const SUPPLIER_FORBIDDEN = "Het organisatiedashboard is er voor de opdrachtgever.";

export type DashboardRequest = {
  search: URLSearchParams | Record<string, string | string[] | undefined>;
  today?: string;
  all?: boolean;
  /** Many suppliers: list only the chosen one, the page searches for the others (./suppliers.ts). */
  shortSupplierList?: boolean;
};

/** The organisation dashboard and its supplier search are the buyer's own. */
export function assertBuyer(ctx: Pick<Actor, "org">): void {
  if (ctx.org.kind !== "buyer") throw new ForbiddenError(SUPPLIER_FORBIDDEN);
}

/** Read inside the actor's tenant transaction (a page's withTenant, a route's handler). */
export async function organisationDashboard(tx: Db, ctx: Pick<Actor, "org">, request: DashboardRequest): Promise<DashboardView> {
  assertBuyer(ctx);
  const dashboard = await cachedDashboard(tx, ctx.org.id, request);
  return request.shortSupplierList ? withShortSupplierList(tx, ctx.org.id, dashboard) : dashboard;
}

/** The whole dashboard, from the process's cache while the tenant's data version holds. */
async function cachedDashboard(tx: Db, tenantId: string, request: DashboardRequest): Promise<DashboardView> {
  const today = request.today ?? amsterdamToday();
  const filters = parseFilters(request.search, today);
  const limit = request.all ? null : DASHBOARD_LIST_LIMIT;
  const version = await dataVersion(tx, { tenantId, prepareDashboard: true });
  const key = JSON.stringify([tenantId, version, today, limit, filters]);
  const cached = dashboardCache.get<DashboardView>(key);
  if (cached) return cached;
  const raw = await loadDashboard(tx, { tenantId, filters, today, limit }, undefined, { dashboardPrepared: true });
  const closes = await periodCloseState(tx, { tenantId });
  const dashboard = shapeDashboard(
    { ...raw, options: { ...raw.options, managers: await labelledManagers(tx, tenantId, raw.options.managers) } },
    filters,
    closes,
  );
  dashboardCache.set(key, dashboard);
  return dashboard;
}

/** Contract managers without a name by their e-mail address (the buyer's own members), else "Naam onbekend". */
async function labelledManagers(tx: Db, organisationId: string, managers: Array<{ id: string; name: string }>) {
  const nameless = managers.filter((m) => m.name === "");
  if (nameless.length === 0) return managers;
  const emails = await colleagueEmails(tx, { organisationId, userIds: nameless.map((m) => m.id) });
  return managers.map((m) => (m.name === "" ? { ...m, name: emails.get(m.id) ?? "Naam onbekend" } : m));
}
