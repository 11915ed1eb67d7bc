import { and, asc, eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { roadmapItems, yearlyEvaluations } from "@/db/schema";
import { contractYears } from "./rules";

type OfContract = { tenantId: string; id: string; startDate: string; endDate: string };

/** Every year of the contract with its evaluation, if one was opened, for the contract page. */
export async function evaluationsOfContract(db: Db, contract: OfContract) {
  const rows = await db
    .select({ id: yearlyEvaluations.id, year: yearlyEvaluations.year, status: yearlyEvaluations.status })
    .from(yearlyEvaluations)
    .where(and(eq(yearlyEvaluations.tenantId, contract.tenantId), eq(yearlyEvaluations.contractId, contract.id)))
    .orderBy(asc(yearlyEvaluations.year));
  return contractYears(contract).map((year) => ({ year, evaluation: rows.find((r) => r.year === year) ?? null }));
}

export async function findEvaluationOfYear(db: Db, contract: Pick<OfContract, "tenantId" | "id">, year: number) {
  const [row] = await db
    .select()
    .from(yearlyEvaluations)
    .where(
      and(
        eq(yearlyEvaluations.tenantId, contract.tenantId),
        eq(yearlyEvaluations.contractId, contract.id),
        eq(yearlyEvaluations.year, year),
      ),
    );
  return row ?? null;
}

export async function roadmapStrategies(db: Db, contract: Pick<OfContract, "tenantId" | "id">) {
  const rows = await db
    .select({ strategy: roadmapItems.strategy })
    .from(roadmapItems)
    .where(and(eq(roadmapItems.tenantId, contract.tenantId), eq(roadmapItems.contractId, contract.id)));
  return rows.map((r) => r.strategy);
}
