import { and, asc, eq, sql } from "drizzle-orm";
import { queryRows, type Db } from "@/db/client";
import { benchmarkCells, indicators } from "@/db/schema";

/** The stored cells of a year and purchasing package, with their indicator (five or more buyers each). */
export async function benchmarkCellsOf(db: Db, { year, purchasingPackage }: { year: number; purchasingPackage: string }) {
  return db
    .select({
      indicatorId: benchmarkCells.indicatorId,
      code: indicators.code,
      name: indicators.name,
      unitLabel: indicators.unitLabel,
      direction: indicators.direction,
      organisations: benchmarkCells.organisations,
      contracts: benchmarkCells.contracts,
      p25: benchmarkCells.p25,
      median: benchmarkCells.median,
      p75: benchmarkCells.p75,
      refreshedAt: benchmarkCells.refreshedAt,
    })
    .from(benchmarkCells)
    .innerJoin(indicators, eq(indicators.id, benchmarkCells.indicatorId))
    .where(and(eq(benchmarkCells.year, year), eq(benchmarkCells.purchasingPackage, purchasingPackage)))
    .orderBy(asc(indicators.name));
}

export type OwnValue = {
  indicator_id: string;
  code: string;
  name: string;
  unit_label: string;
  direction: "lower_better" | "higher_better";
  contracts: number;
  value: string;
};

/**
 * The buyer's own figure per indicator, as the benchmark counts it (the median of its contracts'
 * year values), read in its own tenant transaction: the view sees its own contracts only.
 */
export async function ownBenchmarkValues(
  db: Db,
  { tenantId, year, purchasingPackage }: { tenantId: string; year: number; purchasingPackage: string },
): Promise<OwnValue[]> {
  return queryRows<OwnValue>(
    db,
    sql`select cv.indicator_id, i.code, i.name, i.unit_label, i.direction, count(*)::int as contracts,
               percentile_cont(0.5) within group (order by cv.value)::text as value
          from benchmark_contract_values cv
          join indicators i on i.id = cv.indicator_id
         where cv.tenant_id = ${tenantId} and cv.year = ${year} and cv.purchasing_package = ${purchasingPackage}
         group by cv.indicator_id, i.code, i.name, i.unit_label, i.direction
         order by i.name`,
  );
}

/** The years and packages the benchmark has figures for, newest year first. */
export async function benchmarkChoices(db: Db) {
  return db
    .selectDistinct({ year: benchmarkCells.year, purchasingPackage: benchmarkCells.purchasingPackage })
    .from(benchmarkCells)
    .orderBy(sql`${benchmarkCells.year} desc`, asc(benchmarkCells.purchasingPackage));
}
