// The organisation dashboard for an action context: buyers only (it aggregates the buyer's own
// contracts; a supplier's view across its buyers is a different dashboard), in the tenant's
// transaction so row-level security is the second wall around the tenant condition in the SQL.
import type { ActionContext } from "@/lib/action";
import { amsterdamToday } from "@/lib/kpis/proposal";
import { ForbiddenError } from "@/lib/errors";
import { inTenant } from "@/lib/tenancy";
import { parseFilters } from "./filters";
import { DASHBOARD_LIST_LIMIT, loadDashboard } from "./queries";
import { shapeDashboard } from "./shape";

export const SUPPLIER_FORBIDDEN = "Het organisatiedashboard is er voor de opdrachtgever.";

export type DashboardRequest = { search: URLSearchParams | Record<string, string | string[] | undefined>; today?: string; all?: boolean };

export async function organisationDashboard(ctx: Pick<ActionContext, "db" | "userId" | "org">, request: DashboardRequest) {
  if (ctx.org.kind !== "buyer") throw new ForbiddenError(SUPPLIER_FORBIDDEN);
  const today = request.today ?? amsterdamToday();
  const filters = parseFilters(request.search, today);
  const raw = await inTenant(ctx, (tx) =>
    loadDashboard(tx, { tenantId: ctx.org.id, filters, today, limit: request.all ? null : DASHBOARD_LIST_LIMIT }),
  );
  return shapeDashboard(raw, filters);
}
