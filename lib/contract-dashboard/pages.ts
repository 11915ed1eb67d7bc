// What the contract dashboard page needs, read in the actor's tenant transaction so app/ stays free
// of database code, plus the chart series as plain numbers (the client chart only draws).
import { orNotFound, readAs, requireActor } from "@/lib/auth/session";
import { viewerOf } from "@/lib/contracts/queries";
import { amsterdamToday } from "@/lib/kpis/proposal";
import { quarterKey, quarterOf } from "@/lib/periods";
import { readContractDashboard } from "./service";

const number = (value: string | null) => (value === null ? null : Number(value));

export async function contractDashboardPage(orgSlug: string, contractId: string) {
  const actor = await requireActor(orgSlug);
  const today = amsterdamToday();
  const { contract, dashboard } = await orNotFound(readAs(actor, (tx) => readContractDashboard(tx, viewerOf(actor), contractId, today)));
  const kpis = dashboard.kpis.map((kpi) => ({
    ...kpi,
    chart: {
      targets: kpi.points.map((p) => number(p.target)),
      actuals: kpi.points.map((p) => number(p.reported)),
      milestones: kpi.points.map((p) => p.isMilestone),
      domain: kpi.kind === "qualitative" ? ([1, 4] as [number, number]) : undefined,
    },
  }));
  return { actor, contract, ...dashboard, kpis, today, currentQuarter: quarterKey(quarterOf(today)) };
}
