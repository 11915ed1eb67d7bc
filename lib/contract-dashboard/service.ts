// The contract dashboard for an action context (the API route and the tests) and for a page. Every
// buyer member reads it, and every member of the supplier party: getContract decides who sees the
// contract, and the tenant transaction puts row-level security behind it.
import type { Db } from "@/db/client";
import { viewerOf, type ContractViewer } from "@/lib/contracts/queries";
import { amsterdamToday } from "@/lib/time";
import { inTenant, type TenantScope } from "@/lib/tenancy";
import { loadContractDashboard } from "./queries";
import { dashboardJson, shapeContractDashboard } from "./shape";

type Reader = { db: Db; userId: string; org: { id: string; kind: TenantScope["orgKind"] } };

/** Read inside a transaction the caller opened (pages use readAs). */
export async function readContractDashboard(tx: Db, viewer: ContractViewer, contractId: string, today: string = amsterdamToday()) {
  const { contract, raw } = await loadContractDashboard(tx, viewer, contractId);
  return { contract, dashboard: shapeContractDashboard(contract, raw, today) };
}

export async function contractDashboard(ctx: Reader, contractId: string, today?: string) {
  return inTenant(ctx, (tx) => readContractDashboard(tx, viewerOf(ctx), contractId, today));
}

export async function contractDashboardJson(ctx: Reader, contractId: string, today?: string) {
  const { contract, dashboard } = await contractDashboard(ctx, contractId, today);
  return dashboardJson(contract, dashboard);
}
