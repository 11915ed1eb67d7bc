// The small buyers' contracts, KPIs and accepted reports (demo-benchmark-data.ts), then every demo
// buyer joins the benchmark as its coordinator would, and the figures are computed, so the demo's
// benchmark page shows cells of five or more organisations from the first start.
import { inArray } from "drizzle-orm";
import type { Db } from "../client";
import { contracts, organisations, type Contract } from "../schema";
import { refreshBenchmark } from "../../lib/benchmark/refresh";
import { recordAudit } from "../../lib/audit";
import { amsterdamToday } from "../../lib/time";
import { withTenant } from "../../lib/tenancy";
import { benchmarkContracts, benchmarkUsers } from "./demo-benchmark-data";
import { seedKpi } from "./demo-kpis";
import { seedContractReports } from "./demo-reports";

type Ids = { orgIds: Map<string, string>; userIds: Map<string, string> };

/** Who signs each demo buyer up for the benchmark: its coordinator. */
const COORDINATORS: Record<string, string> = {
  voorbeeldstad: "joris.bakker@voorbeeldstad.example",
  zuiderland: "lotte.smit@zuiderland.example",
  ...Object.fromEntries(benchmarkUsers.map((u) => [u.memberships[0][0], u.email])),
};

export async function seedDemoBenchmark(db: Db, ids: Ids): Promise<void> {
  const today = amsterdamToday();
  for (const spec of benchmarkContracts) {
    const contract = await insertContract(db, ids, spec);
    for (const kpi of spec.kpis) await seedKpi(db, ids, contract, kpi);
    await seedContractReports(db, contract, today, "accepted");
  }
  await joinBenchmark(db, ids);
  await refreshBenchmark(db);
}

async function insertContract(db: Db, ids: Ids, spec: (typeof benchmarkContracts)[number]) {
  const tenantId = ids.orgIds.get(spec.buyer)!;
  const managerId = ids.userIds.get(spec.manager)!;
  const { kpis: _kpis, buyer: _buyer, supplier, manager: _manager, ...fields } = spec;
  return withTenant(
    { userId: managerId, orgId: tenantId, orgKind: "buyer" },
    async (tx) => {
      const [row] = await tx
        .insert(contracts)
        .values({ ...fields, tenantId, status: "active", contractManagerId: managerId, supplierOrgId: ids.orgIds.get(supplier)! })
        .returning();
      return row as Contract & { supplierOrgId: string };
    },
    db,
  );
}

async function joinBenchmark(db: Db, ids: Ids) {
  const buyers = Object.keys(COORDINATORS).filter((key) => ids.orgIds.has(key));
  await db
    .update(organisations)
    .set({ benchmarkSince: new Date() })
    .where(
      inArray(
        organisations.id,
        buyers.map((key) => ids.orgIds.get(key)!),
      ),
    );
  for (const key of buyers) {
    const tenantId = ids.orgIds.get(key)!;
    const userId = ids.userIds.get(COORDINATORS[key]) ?? null;
    await withTenant(
      { userId: userId ?? "00000000-0000-0000-0000-000000000000", orgId: tenantId, orgKind: "buyer" },
      (tx) =>
        recordAudit(
          tx,
          { userId, org: { id: tenantId } },
          { tenantId, entity: "organisation", entityId: tenantId, action: "benchmark_join" },
        ),
      db,
    );
  }
}
