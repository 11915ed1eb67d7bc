import { and, asc, eq, sql } from "drizzle-orm";
import type { Db } from "@/db/client";
import { benchmarkCells, benchmarkOwnFigures, indicators } from "@/db/schema";

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

/**
 * The buyer's own figure per indicator as the last refresh counted it (the median of its
 * contracts' year results), read in its own tenant transaction: the table answers it alone.
 */
export async function ownBenchmarkValues(
  db: Db,
  { tenantId, year, purchasingPackage }: { tenantId: string; year: number; purchasingPackage: string },
) {
  return db
    .select({
      indicatorId: benchmarkOwnFigures.indicatorId,
      name: indicators.name,
      unitLabel: indicators.unitLabel,
      contracts: benchmarkOwnFigures.contracts,
      value: benchmarkOwnFigures.value,
    })
    .from(benchmarkOwnFigures)
    .innerJoin(indicators, eq(indicators.id, benchmarkOwnFigures.indicatorId))
    .where(
      and(
        eq(benchmarkOwnFigures.tenantId, tenantId),
        eq(benchmarkOwnFigures.year, year),
        eq(benchmarkOwnFigures.purchasingPackage, purchasingPackage),
      ),
    )
    .orderBy(asc(indicators.name));
}

/**
 * The years and packages with figures to show: the stored cells (`compared`), and the buyer's own
 * figures (`own`, also where their cell has fewer than five buyers), newest year first.
 */
export async function benchmarkChoices(db: Db, { tenantId }: { tenantId: string }) {
  const rows = await db
    .select({
      year: benchmarkCells.year,
      purchasingPackage: benchmarkCells.purchasingPackage,
      source: sql<"cell" | "own">`'cell'`.as("source"),
    })
    .from(benchmarkCells)
    .union(
      db
        .select({
          year: benchmarkOwnFigures.year,
          purchasingPackage: benchmarkOwnFigures.purchasingPackage,
          source: sql<"cell" | "own">`'own'`.as("source"),
        })
        .from(benchmarkOwnFigures)
        .where(eq(benchmarkOwnFigures.tenantId, tenantId)),
    );
  const byKey = new Map<string, { year: number; purchasingPackage: string; compared: boolean; own: boolean }>();
  for (const { year, purchasingPackage, source } of rows) {
    const seen = byKey.get(`${year}:${purchasingPackage}`) ?? { year, purchasingPackage, compared: false, own: false };
    byKey.set(`${year}:${purchasingPackage}`, { ...seen, [source === "cell" ? "compared" : "own"]: true });
  }
  return [...byKey.values()].sort((a, b) => b.year - a.year || a.purchasingPackage.localeCompare(b.purchasingPackage));
}
