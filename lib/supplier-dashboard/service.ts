// The supplier dashboard ("Prestaties"): only for supplier organisations, over the contracts they
// are party to, read in the supplier's tenant transaction so row-level security applies too.
import type { Db } from "@/db/client";
import { ForbiddenError } from "@/lib/errors";
import { amsterdamToday } from "@/lib/time";
import type { TenantScope } from "@/lib/tenancy";
import { loadSupplierDashboard, type SupplierContractRow } from "./queries";

const BUYER_FORBIDDEN = "Prestaties is het overzicht voor leveranciers; opdrachtgevers gebruiken het dashboard.";

/** The on-track share of the latest final review, or null when it scored nothing. */
function onTrackShare(row: Pick<SupplierContractRow, "onTrack" | "scored">): number | null {
  return row.scored === 0 ? null : row.onTrack / row.scored;
}

function summarise(rows: SupplierContractRow[]) {
  const sum = (key: keyof SupplierContractRow) => rows.reduce((total, r) => total + (r[key] as number), 0);
  return {
    contracts: rows.length,
    buyers: new Set(rows.map((r) => r.buyerName)).size,
    onTime: sum("onTime"),
    late: sum("late"),
    missing: sum("missing"),
    malusCents: sum("malusCents"),
    openActions: sum("openActions"),
    overdueActions: sum("overdueActions"),
  };
}

export async function readSupplierDashboard(
  tx: Db,
  { org, today = amsterdamToday() }: { org: { id: string; kind: TenantScope["orgKind"] }; today?: string },
) {
  if (org.kind !== "supplier") throw new ForbiddenError(BUYER_FORBIDDEN);
  const rows = await loadSupplierDashboard(tx, { supplierOrgId: org.id, today });
  return { rows: rows.map((r) => ({ ...r, share: onTrackShare(r) })), totals: summarise(rows) };
}
