// The organisation dashboard: buyers only (it aggregates the buyer's own
// contracts; a supplier's view across its buyers is a different dashboard), in the tenant's
// transaction so row-level security is the second wall around the tenant condition in the SQL.
// A dashboard computed for the same tenant, filters, day and data version is served from the
// process's cache (lib/dashboard/cache.ts): one small statement instead of three large ones.
import { getDb, runsOnPglite, type Db } from "@/db/client";
import { amsterdamToday } from "@/lib/time";
import { ForbiddenError } from "@/lib/errors";
import { colleagueEmails } from "@/lib/members/queries";
import { dashboardCache, dataVersion } from "./cache";
import { parseFilters } from "./filters";
import { DASHBOARD_LIST_LIMIT, loadDashboard, loadDashboardConcurrently, type InTenant } from "./queries";
import { shapeDashboard, type DashboardView } from "./shape";
import { withShortSupplierList } from "./suppliers";
import { periodCloseState } from "@/lib/period-close/corrections";
import { withTenant, type ActingIn } from "@/lib/tenancy";

const SUPPLIER_FORBIDDEN = "Het organisatiedashboard is er voor de opdrachtgever.";

export type DashboardRequest = {
  search: URLSearchParams | Record<string, string | string[] | undefined>;
  today?: string;
  all?: boolean;
  /** Many suppliers: list only the chosen one, the page searches for the others (./suppliers.ts). */
  shortSupplierList?: boolean;
};

/** The organisation dashboard and its supplier search are the buyer's own. */
export function assertBuyer(ctx: Pick<ActingIn, "org">): void {
  if (ctx.org.kind !== "buyer") throw new ForbiddenError(SUPPLIER_FORBIDDEN);
}

/** Read inside the actor's tenant transaction (a route's handler, a board report, a test). */
export async function organisationDashboard(tx: Db, ctx: Pick<ActingIn, "org">, request: DashboardRequest): Promise<DashboardView> {
  return dashboardIn((work) => work(tx), ctx, request, { concurrent: false });
}

/**
 * The dashboard a page shows, in transactions of its own: the data version in one, which writes
 * the summaries of changed quarters and commits them, then on a miss the statement groups at the
 * same time, each on a connection of its own (loadDashboardConcurrently). PGlite has one
 * connection, so there they run one after the other in one transaction.
 */
export async function pageDashboard(actor: ActingIn, request: DashboardRequest, db?: Db): Promise<DashboardView> {
  const database = db ?? (await getDb());
  const inTenant: InTenant = (work) => withTenant(actor, work, database);
  if (runsOnPglite(database)) return inTenant((tx) => organisationDashboard(tx, actor, request));
  return dashboardIn(inTenant, actor, request, { concurrent: true });
}

async function dashboardIn(
  inTenant: InTenant,
  ctx: Pick<ActingIn, "org">,
  request: DashboardRequest,
  { concurrent }: { concurrent: boolean },
): Promise<DashboardView> {
  assertBuyer(ctx);
  const dashboard = await cachedDashboard(inTenant, ctx.org.id, request, concurrent);
  return request.shortSupplierList ? withShortSupplierList(inTenant, ctx.org.id, dashboard) : dashboard;
}

/** The whole dashboard, from the process's cache while the tenant's data version holds. */
async function cachedDashboard(
  inTenant: InTenant,
  tenantId: string,
  request: DashboardRequest,
  concurrent: boolean,
): Promise<DashboardView> {
  const today = request.today ?? amsterdamToday();
  const filters = parseFilters(request.search, today);
  const limit = request.all ? null : DASHBOARD_LIST_LIMIT;
  const version = await inTenant((tx) => dataVersion(tx, { tenantId, prepareDashboard: true }));
  const key = JSON.stringify([tenantId, version, today, limit, filters]);
  const cached = dashboardCache.get<DashboardView>(key);
  if (cached) return cached;
  const params = { tenantId, filters, today, limit };
  const closesOf = (tx: Db) => periodCloseState(tx, { tenantId });
  const [raw, closes] = concurrent
    ? await Promise.all([loadDashboardConcurrently(inTenant, params), inTenant(closesOf)])
    : [await inTenant((tx) => loadDashboard(tx, params, undefined, { dashboardPrepared: true })), await inTenant(closesOf)];
  const managers = await labelledManagers(inTenant, tenantId, raw.options.managers);
  const dashboard = shapeDashboard({ ...raw, options: { ...raw.options, managers } }, filters, closes);
  dashboardCache.set(key, dashboard);
  return dashboard;
}

/** Contract managers without a name by their e-mail address (the buyer's own members), else "Naam onbekend". */
async function labelledManagers(inTenant: InTenant, organisationId: string, managers: Array<{ id: string; name: string }>) {
  const nameless = managers.filter((m) => m.name === "");
  if (nameless.length === 0) return managers;
  const emails = await inTenant((tx) => colleagueEmails(tx, { organisationId, userIds: nameless.map((m) => m.id) }));
  return managers.map((m) => (m.name === "" ? { ...m, name: emails.get(m.id) ?? "Naam onbekend" } : m));
}
