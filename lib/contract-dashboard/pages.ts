// What the contract dashboard page needs, read in the actor's tenant transaction so app/ stays free
// of database code, with each KPI as a compact panel (./panel.ts).
import { orNotFound, requireActor } from "@/lib/auth/session";
import { viewerOf } from "@/lib/contracts/queries";
import { amsterdamToday } from "@/lib/time";
import { quarterKey, quarterOf } from "@/lib/periods";
import { kpiPanel } from "./panel";
import { readContractDashboard } from "./service";
import { withTenant } from "@/lib/tenancy";

export async function contractDashboardPage(orgSlug: string, contractId: string) {
  const actor = await requireActor(orgSlug);
  const today = amsterdamToday();
  const { contract, dashboard } = await orNotFound(
    withTenant(actor, (tx) => readContractDashboard(tx, { viewer: viewerOf(actor), contractId, today })),
  );
  return { actor, contract, ...dashboard, kpis: dashboard.kpis.map(kpiPanel), today, currentQuarter: quarterKey(quarterOf(today)) };
}
