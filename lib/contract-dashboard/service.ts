// The contract dashboard for the API route and for a page, read in the caller's tenant transaction. Every
// buyer member reads it, and every member of the supplier party: getContract decides who sees the
// contract, and the tenant transaction puts row-level security behind it.
import type { Db } from "@/db/client";
import type { ContractViewer } from "@/lib/contracts/queries";
import { amsterdamToday } from "@/lib/time";
import { loadContractDashboard } from "./queries";
import { dashboardJson, shapeContractDashboard } from "./shape";

/** Read inside the caller's tenant transaction (a page's withTenant, a route's handler). */
export async function readContractDashboard(
  tx: Db,
  { viewer, contractId, today = amsterdamToday() }: { viewer: ContractViewer; contractId: string; today?: string },
) {
  const { contract, raw } = await loadContractDashboard(tx, { viewer, contractId });
  return { contract, dashboard: shapeContractDashboard(contract, raw, today) };
}

/** The contract dashboard as the REST API answers it. */
export async function contractDashboardJson(tx: Db, params: { viewer: ContractViewer; contractId: string; today?: string }) {
  const { contract, dashboard } = await readContractDashboard(tx, params);
  return dashboardJson(contract, dashboard);
}
