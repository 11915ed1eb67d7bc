import { and, eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { indicators, organisationTargets } from "@/db/schema";
import { UUID_PATTERN } from "@/lib/contracts/rules";
import { NotFoundError } from "@/lib/errors";
import type { TargetLine } from "./rules";

const NOT_FOUND = "Deze doelstelling bestaat niet.";

const targetColumns = {
  id: organisationTargets.id,
  name: organisationTargets.name,
  description: organisationTargets.description,
  indicatorId: organisationTargets.indicatorId,
  baseYear: organisationTargets.baseYear,
  baseValue: organisationTargets.baseValue,
  milestones: organisationTargets.milestones,
  version: organisationTargets.version,
  updatedAt: organisationTargets.updatedAt,
  indicatorName: indicators.name,
  indicatorCode: indicators.code,
  unitCode: indicators.unitCode,
  unitLabel: indicators.unitLabel,
  direction: indicators.direction,
};

/** A stored target as the line the rules draw (numeric comes back from the database as text). */
export function lineOf(row: { baseYear: number; baseValue: string | number; milestones: TargetLine["milestones"] }): TargetLine {
  return {
    baseYear: row.baseYear,
    baseValue: Number(row.baseValue),
    milestones: row.milestones.map((m) => ({ year: Number(m.year), mode: m.mode, value: Number(m.value) })),
  };
}

function selectTargets(db: Db) {
  return db.select(targetColumns).from(organisationTargets).innerJoin(indicators, eq(indicators.id, organisationTargets.indicatorId));
}

export type TargetRow = Awaited<ReturnType<typeof listTargets>>[number];

/** The organisation targets of a buyer with their indicator, by name in Dutch order (any collation). */
export async function listTargets(db: Db, params: { tenantId: string }) {
  const rows = await selectTargets(db).where(eq(organisationTargets.tenantId, params.tenantId));
  return rows.sort((x, y) => x.name.localeCompare(y.name, "nl"));
}

/** One target of the buyer; another tenant's id looks exactly like a missing one. */
export async function getTargetInTenant(db: Db, params: { tenantId: string; id: string }) {
  if (!UUID_PATTERN.test(params.id)) throw new NotFoundError(NOT_FOUND);
  const [row] = await selectTargets(db)
    .where(and(eq(organisationTargets.tenantId, params.tenantId), eq(organisationTargets.id, params.id)))
    .limit(1);
  if (!row) throw new NotFoundError(NOT_FOUND);
  return row;
}
