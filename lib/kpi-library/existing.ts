// Names already in use on a contract: a KPI that is proposed or active. A rejected or retired KPI
// may come back under the same name; two live KPIs with one name would make reports ambiguous.
import { and, eq, inArray } from "drizzle-orm";
import type { Db } from "@/db/client";
import { kpis } from "@/db/schema";

/** The comparable form of a KPI name: case, repeated spaces and surrounding blanks ignored. */
export function nameKey(name: string): string {
  return name.trim().replace(/\s+/g, " ").toLocaleLowerCase("nl");
}

export async function liveKpiNames(tx: Db, contract: { tenantId: string; id: string }): Promise<Set<string>> {
  const rows = await tx
    .select({ name: kpis.name })
    .from(kpis)
    .where(and(eq(kpis.tenantId, contract.tenantId), eq(kpis.contractId, contract.id), inArray(kpis.status, ["proposed", "active"])));
  return new Set(rows.map((r) => nameKey(r.name)));
}
