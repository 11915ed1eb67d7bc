import { and, asc, count, desc, eq, inArray, isNull, or, sql } from "drizzle-orm";
import type { Db } from "@/db/client";
import { indicators, wheelGoals, wheels, wheelSubthemes, wheelThemes, type Wheel } from "@/db/schema";
import { getContract, type ContractViewer } from "@/lib/contracts/queries";
import { UUID_PATTERN } from "@/lib/contracts/rules";
import { NotFoundError } from "@/lib/errors";

const WHEEL_NOT_FOUND = "Dit waardenwiel bestaat niet.";

/** The raw row of a buyer's own wheel; another tenant's id looks exactly like a missing one. */
export async function getWheelInTenant(db: Db, params: { tenantId: string; id: string }): Promise<Wheel> {
  if (!UUID_PATTERN.test(params.id)) throw new NotFoundError(WHEEL_NOT_FOUND);
  const [row] = await db
    .select()
    .from(wheels)
    .where(and(eq(wheels.tenantId, params.tenantId), eq(wheels.id, params.id)))
    .limit(1);
  if (!row) throw new NotFoundError(WHEEL_NOT_FOUND);
  return row;
}

/** The organisation wheels of a tenant, newest year first, with their number of themes. */
export async function listOrgWheels(db: Db, params: { tenantId: string }) {
  return db
    .select({
      id: wheels.id,
      year: wheels.year,
      ambition: wheels.ambition,
      publishedAt: wheels.publishedAt,
      updatedAt: wheels.updatedAt,
      themeCount: count(wheelThemes.id),
    })
    .from(wheels)
    .leftJoin(wheelThemes, and(eq(wheelThemes.tenantId, wheels.tenantId), eq(wheelThemes.wheelId, wheels.id)))
    .where(and(eq(wheels.tenantId, params.tenantId), isNull(wheels.contractId)))
    .groupBy(wheels.tenantId, wheels.id)
    .orderBy(desc(wheels.year));
}

/** The latest year that has an organisation wheel, or null. */
export async function latestOrgWheelYear(db: Db, { tenantId }: { tenantId: string }): Promise<number | null> {
  const [row] = await db
    .select({ year: sql<number | null>`max(${wheels.year})` })
    .from(wheels)
    .where(and(eq(wheels.tenantId, tenantId), isNull(wheels.contractId)));
  return row?.year === null || row?.year === undefined ? null : Number(row.year);
}

export async function findOrgWheelRow(db: Db, params: { tenantId: string; year: number }): Promise<Wheel | null> {
  const [row] = await db
    .select()
    .from(wheels)
    .where(and(eq(wheels.tenantId, params.tenantId), isNull(wheels.contractId), eq(wheels.year, params.year)))
    .limit(1);
  return row ?? null;
}

/** A wheel with its themes (in ring order), their sub-themes and goals with the goal's indicator. */
export async function wheelDetail(db: Db, wheel: Wheel) {
  const themes = await db
    .select()
    .from(wheelThemes)
    .where(and(eq(wheelThemes.tenantId, wheel.tenantId), eq(wheelThemes.wheelId, wheel.id)))
    .orderBy(asc(wheelThemes.position), asc(wheelThemes.createdAt));
  const themeIds = themes.map((t) => t.id);
  const subthemes = themeIds.length
    ? await db
        .select()
        .from(wheelSubthemes)
        .where(and(eq(wheelSubthemes.tenantId, wheel.tenantId), inArray(wheelSubthemes.themeId, themeIds)))
        .orderBy(asc(wheelSubthemes.position), asc(wheelSubthemes.name))
    : [];
  const goals = themeIds.length
    ? await db
        .select({
          goal: wheelGoals,
          indicator: {
            id: indicators.id,
            code: indicators.code,
            name: indicators.name,
            unitLabel: indicators.unitLabel,
            unitCode: indicators.unitCode,
          },
        })
        .from(wheelGoals)
        .leftJoin(indicators, eq(indicators.id, wheelGoals.indicatorId))
        .where(and(eq(wheelGoals.tenantId, wheel.tenantId), inArray(wheelGoals.themeId, themeIds)))
        .orderBy(asc(wheelGoals.position), asc(wheelGoals.description))
    : [];
  return {
    ...wheel,
    themes: themes.map((theme) => ({
      ...theme,
      subthemes: subthemes.filter((s) => s.themeId === theme.id),
      goals: goals.filter((g) => g.goal.themeId === theme.id).map((g) => ({ ...g.goal, indicator: g.indicator })),
    })),
  };
}

export type WheelDetail = Awaited<ReturnType<typeof wheelDetail>>;
export type WheelDetailTheme = WheelDetail["themes"][number];

/** The organisation wheel of a year with everything on it, or null when that year has none. */
export async function getOrgWheelByYear(db: Db, params: { tenantId: string; year: number }): Promise<WheelDetail | null> {
  const row = await findOrgWheelRow(db, params);
  return row ? wheelDetail(db, row) : null;
}

/**
 * The wheel of a contract the viewer may see: the buyer's own contract, or one a supplier is
 * party to (row-level security enforces the same). The wheel is null when none was derived yet.
 */
export async function getContractWheel(db: Db, { viewer, contractId }: { viewer: ContractViewer; contractId: string }) {
  const contract = await getContract(db, { viewer, id: contractId });
  const [row] = await db
    .select()
    .from(wheels)
    .where(and(eq(wheels.tenantId, contract.tenantId), eq(wheels.contractId, contract.id)))
    .limit(1);
  return { contract, wheel: row ? await wheelDetail(db, row) : null };
}

/** The organisation wheel a contract wheel is derived from: that of the contract's start year, else the latest. */
export async function orgWheelForContract(db: Db, params: { tenantId: string; startYear: number }): Promise<Wheel | null> {
  const exact = await findOrgWheelRow(db, { tenantId: params.tenantId, year: params.startYear });
  if (exact) return exact;
  const [latest] = await db
    .select()
    .from(wheels)
    .where(and(eq(wheels.tenantId, params.tenantId), isNull(wheels.contractId)))
    .orderBy(desc(wheels.year))
    .limit(1);
  return latest ?? null;
}

/** Indicators a buyer can put on a goal: the global catalogue plus its own. */
export async function listIndicatorsForPicker(db: Db, { orgId }: { orgId: string }) {
  return db
    .select({
      id: indicators.id,
      code: indicators.code,
      name: indicators.name,
      unitCode: indicators.unitCode,
      unitLabel: indicators.unitLabel,
      minValue: indicators.minValue,
      maxValue: indicators.maxValue,
    })
    .from(indicators)
    .where(or(isNull(indicators.ownerOrgId), eq(indicators.ownerOrgId, orgId)))
    .orderBy(asc(indicators.name));
}

export async function getIndicatorForTenant(db: Db, params: { tenantId: string; id: string }) {
  if (!UUID_PATTERN.test(params.id)) return null;
  const [row] = await db
    .select()
    .from(indicators)
    .where(and(eq(indicators.id, params.id), or(isNull(indicators.ownerOrgId), eq(indicators.ownerOrgId, params.tenantId))))
    .limit(1);
  return row ?? null;
}
