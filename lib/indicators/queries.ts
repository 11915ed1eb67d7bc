import { and, count, eq, inArray, isNotNull, isNull, or, type SQL } from "drizzle-orm";
import type { Db } from "@/db/client";
import { contracts, indicators, kpis, organisationTargets, reportValues, wheelGoals } from "@/db/schema";
import type { OrganisationKind } from "@/lib/auth/permissions";
import { UUID_PATTERN } from "@/lib/contracts/rules";
import { ForbiddenError, NotFoundError } from "@/lib/errors";

export type CatalogueViewer = { orgId: string; orgKind: OrganisationKind };

const NOT_FOUND = "Deze indicator bestaat niet.";

const indicatorColumns = {
  id: indicators.id,
  ownerOrgId: indicators.ownerOrgId,
  code: indicators.code,
  name: indicators.name,
  description: indicators.description,
  unitCode: indicators.unitCode,
  unitLabel: indicators.unitLabel,
  direction: indicators.direction,
  aggregation: indicators.aggregation,
  minValue: indicators.minValue,
  maxValue: indicators.maxValue,
  activityUnitCode: indicators.activityUnitCode,
  activityUnitLabel: indicators.activityUnitLabel,
  absoluteIndicatorId: indicators.absoluteIndicatorId,
  absoluteFactor: indicators.absoluteFactor,
};

export type CatalogueIndicator = Awaited<ReturnType<typeof listCatalogue>>[number];

/**
 * The same rule as the row-level security policy: the global set, a buyer's own indicators, and
 * for a supplier the own indicators of the buyers it has a contract with.
 */
function visibleTo(db: Db, viewer: CatalogueViewer): SQL {
  const owners =
    viewer.orgKind === "buyer"
      ? eq(indicators.ownerOrgId, viewer.orgId)
      : // A subquery, not a join: a supplier with several contracts must not see an indicator twice.
        inArray(
          indicators.ownerOrgId,
          db.select({ tenantId: contracts.tenantId }).from(contracts).where(eq(contracts.supplierOrgId, viewer.orgId)),
        );
  return or(isNull(indicators.ownerOrgId), owners)!;
}

/** The catalogue a viewer may use: global indicators and the visible own ones, by name. */
export async function listCatalogue(db: Db, viewer: CatalogueViewer) {
  return db.select(indicatorColumns).from(indicators).where(visibleTo(db, viewer)).orderBy(indicators.name);
}

/** One indicator a buyer may point a target or goal at; another tenant's looks like a missing one. */
export async function getUsableIndicator(db: Db, params: { tenantId: string; id: string }) {
  if (!UUID_PATTERN.test(params.id)) throw new NotFoundError(NOT_FOUND);
  const [row] = await db
    .select(indicatorColumns)
    .from(indicators)
    .where(and(eq(indicators.id, params.id), or(isNull(indicators.ownerOrgId), eq(indicators.ownerOrgId, params.tenantId))))
    .limit(1);
  if (!row) throw new NotFoundError(NOT_FOUND);
  return row;
}

/** An indicator of the tenant's own, for writes. The global catalogue is shared and read-only. */
export async function getOwnIndicator(db: Db, params: { tenantId: string; id: string }) {
  const row = await getUsableIndicator(db, params);
  if (row.ownerOrgId === null) {
    throw new ForbiddenError("Indicatoren uit de landelijke catalogus kun je niet wijzigen of verwijderen.");
  }
  return row;
}

/** Where a tenant uses an indicator: organisation targets and quantitative Waardenwiel goals. */
export async function indicatorUsage(db: Db, params: { tenantId: string; id: string }) {
  const [[targets], [goals]] = await Promise.all([
    db
      .select({ n: count() })
      .from(organisationTargets)
      .where(and(eq(organisationTargets.tenantId, params.tenantId), eq(organisationTargets.indicatorId, params.id))),
    db
      .select({ n: count() })
      .from(wheelGoals)
      .where(and(eq(wheelGoals.tenantId, params.tenantId), eq(wheelGoals.indicatorId, params.id))),
  ]);
  return { targets: Number(targets?.n ?? 0), goals: Number(goals?.n ?? 0) };
}

/** The names of the tenant's own intensities that add up into this indicator. */
export async function intensitiesInto(db: Db, params: { tenantId: string; id: string }): Promise<string[]> {
  const rows = await db
    .select({ name: indicators.name })
    .from(indicators)
    .where(and(eq(indicators.ownerOrgId, params.tenantId), eq(indicators.absoluteIndicatorId, params.id)))
    .orderBy(indicators.name);
  return rows.map((r) => r.name);
}

/** Whether a value or a quantity was reported, even in a draft, on a KPI of the tenant's with this indicator. */
export async function hasReportedValues(db: Db, params: { tenantId: string; indicatorId: string }): Promise<boolean> {
  const [row] = await db
    .select({ id: reportValues.id })
    .from(reportValues)
    .innerJoin(kpis, and(eq(kpis.tenantId, reportValues.tenantId), eq(kpis.id, reportValues.kpiId)))
    .where(
      and(
        eq(reportValues.tenantId, params.tenantId),
        eq(kpis.indicatorId, params.indicatorId),
        or(isNotNull(reportValues.value), isNotNull(reportValues.quantity)),
      ),
    )
    .limit(1);
  return row !== undefined;
}

/** Whether a code is taken in the global catalogue or among the tenant's own (except one id). */
export async function codeTaken(db: Db, params: { tenantId: string; code: string; exceptId?: string }) {
  const rows = await db
    .select({ id: indicators.id })
    .from(indicators)
    .where(and(eq(indicators.code, params.code), or(isNull(indicators.ownerOrgId), eq(indicators.ownerOrgId, params.tenantId))));
  return rows.some((r) => r.id !== params.exceptId);
}
