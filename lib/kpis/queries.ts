// Reads of contract KPIs, their themes, growth paths and tender promises. Every read goes through
// the contract the viewer may see (lib/contracts/queries), so another tenant's id, or a contract
// a supplier is no party to, is "not found" in the data layer as well as under row-level security.
import { and, asc, eq, inArray, isNull, or } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import type { Db } from "@/db/client";
import {
  contracts,
  growthPathVersions,
  indicators,
  kpis,
  kpiThemes,
  promises,
  people,
  wheels,
  wheelThemes,
  type GrowthPathVersionRow,
  type Kpi,
} from "@/db/schema";
import { getContract, type ContractViewer } from "@/lib/contracts/queries";
import { UUID_PATTERN } from "@/lib/contracts/rules";
import { NotFoundError } from "@/lib/errors";
import { contractQuarters, quarterFromKey } from "@/lib/periods";
import { targetsByQuarter, type GrowthPathVersion } from "./growth-path";
import { pathInterpolation, type KpiKind } from "./rules";

const proposer = alias(people, "proposer");
const decider = alias(people, "decider");

export type KpiContractRow = Awaited<ReturnType<typeof getContract>>;

/** The raw KPI row, if the viewer may see its contract; anything else is "not found". */
export async function getKpiRow(db: Db, { viewer, kpiId }: { viewer: ContractViewer; kpiId: string }): Promise<Kpi> {
  if (!UUID_PATTERN.test(kpiId)) throw new NotFoundError("Deze KPI bestaat niet.");
  const party = viewer.orgKind === "buyer" ? eq(kpis.tenantId, viewer.orgId) : eq(contracts.supplierOrgId, viewer.orgId);
  const [row] = await db
    .select({ kpi: kpis })
    .from(kpis)
    .innerJoin(contracts, and(eq(contracts.tenantId, kpis.tenantId), eq(contracts.id, kpis.contractId)))
    .where(and(eq(kpis.id, kpiId), party))
    .limit(1);
  if (!row) throw new NotFoundError("Deze KPI bestaat niet.");
  return row.kpi;
}

/** The themes of the contract's own Waardenwiel (empty when no contract wheel was derived yet). */
export async function contractWheelThemes(db: Db, contract: { tenantId: string; id: string }) {
  return db
    .select({ id: wheelThemes.id, name: wheelThemes.name, pillar: wheelThemes.pillar })
    .from(wheelThemes)
    .innerJoin(wheels, and(eq(wheels.tenantId, wheelThemes.tenantId), eq(wheels.id, wheelThemes.wheelId)))
    .where(and(eq(wheels.tenantId, contract.tenantId), eq(wheels.contractId, contract.id)))
    .orderBy(asc(wheelThemes.position), asc(wheelThemes.name));
}

/** Stored versions as the pure growth-path rules take them (quarters as objects; a score path stepwise, also when stored before that rule). */
export function toPathVersion(
  row: GrowthPathVersionRow,
  kpi: { kind: KpiKind; baselineQuarter: string | null; baselineValue: string | null },
): GrowthPathVersion {
  const baseline = { quarter: kpi.baselineQuarter, value: kpi.baselineValue };
  return {
    version: row.versionNumber,
    effectiveFrom: quarterFromKey(row.effectiveFrom),
    interpolation: pathInterpolation(kpi.kind, row.interpolation),
    reason: row.reason,
    milestones: row.milestones.map((m) => ({ quarter: quarterFromKey(m.quarter), value: m.value })),
    baseline: baseline.quarter && baseline.value !== null ? { quarter: quarterFromKey(baseline.quarter), value: baseline.value } : null,
  };
}

async function kpiDetails(db: Db, contract: KpiContractRow, rows: KpiWithNames[]) {
  const ids = rows.map((r) => r.id);
  const [themeRows, versionRows] = ids.length
    ? await Promise.all([
        db
          .select({ kpiId: kpiThemes.kpiId, id: wheelThemes.id, name: wheelThemes.name, pillar: wheelThemes.pillar })
          .from(kpiThemes)
          .innerJoin(wheelThemes, and(eq(wheelThemes.tenantId, kpiThemes.tenantId), eq(wheelThemes.id, kpiThemes.themeId)))
          .where(and(eq(kpiThemes.tenantId, contract.tenantId), inArray(kpiThemes.kpiId, ids)))
          .orderBy(asc(wheelThemes.position)),
        db
          .select()
          .from(growthPathVersions)
          .where(and(eq(growthPathVersions.tenantId, contract.tenantId), inArray(growthPathVersions.kpiId, ids)))
          .orderBy(asc(growthPathVersions.versionNumber)),
      ])
    : [[], []];
  const quarters = contractQuarters(contract.startDate, contract.endDate);
  return rows.map((row) => {
    const versions = versionRows.filter((v) => v.kpiId === row.id).map((v) => ({ row: v, path: toPathVersion(v, row) }));
    return {
      ...row,
      themes: themeRows.filter((t) => t.kpiId === row.id).map(({ id, name, pillar }) => ({ id, name, pillar })),
      versions: versions.map((v) => ({
        version: v.row.versionNumber,
        effectiveFrom: v.row.effectiveFrom,
        interpolation: v.row.interpolation,
        milestones: v.row.milestones,
        reason: v.row.reason,
        createdAt: v.row.createdAt,
      })),
      targets: targetsByQuarter(
        versions.map((v) => v.path),
        quarters.map((q) => q.quarter),
      ),
    };
  });
}

function selectKpis(db: Db) {
  return db
    .select({
      kpi: kpis,
      indicator: {
        code: indicators.code,
        name: indicators.name,
        unitLabel: indicators.unitLabel,
        direction: indicators.direction,
        unitCode: indicators.unitCode,
        activityUnitLabel: indicators.activityUnitLabel,
        minValue: indicators.minValue,
        maxValue: indicators.maxValue,
      },
      proposedByName: proposer.name,
      decidedByName: decider.name,
    })
    .from(kpis)
    .leftJoin(indicators, eq(indicators.id, kpis.indicatorId))
    .leftJoin(proposer, eq(proposer.id, kpis.proposedByUserId))
    .leftJoin(decider, eq(decider.id, kpis.decidedByUserId));
}

type KpiWithNames = Kpi & {
  indicator: {
    code: string;
    name: string;
    unitLabel: string;
    direction: "lower_better" | "higher_better";
    /** The range a reported value must stay in (lib/indicators/rules.ts valueRange). */
    unitCode: string;
    /** Per what an intensity is ("maaltijden"): its KPI reports the quarter's quantity too. */
    activityUnitLabel: string | null;
    minValue: string | null;
    maxValue: string | null;
  } | null;
  proposedByName: string | null;
  decidedByName: string | null;
};

const flatten = (r: {
  kpi: Kpi;
  indicator: KpiWithNames["indicator"];
  proposedByName: string | null;
  decidedByName: string | null;
}): KpiWithNames => ({
  ...r.kpi,
  indicator: r.indicator?.code ? r.indicator : null,
  proposedByName: r.proposedByName,
  decidedByName: r.decidedByName,
});

/** The KPIs of a contract with indicator, themes, growth-path versions and the target of every contract quarter. */
export async function listContractKpis(db: Db, { viewer, contractId }: { viewer: ContractViewer; contractId: string }) {
  const contract = await getContract(db, { viewer, id: contractId });
  const rows = await selectKpis(db)
    .where(and(eq(kpis.tenantId, contract.tenantId), eq(kpis.contractId, contract.id)))
    .orderBy(asc(kpis.createdAt), asc(kpis.name));
  return { contract, kpis: await kpiDetails(db, contract, rows.map(flatten)) };
}

export type ContractKpi = Awaited<ReturnType<typeof listContractKpis>>["kpis"][number];

/** One KPI of a contract; a KPI of another contract (or another tenant) is "not found". */
export async function getContractKpi(db: Db, { viewer, contractId, kpiId }: { viewer: ContractViewer; contractId: string; kpiId: string }) {
  const contract = await getContract(db, { viewer, id: contractId });
  if (!UUID_PATTERN.test(kpiId)) throw new NotFoundError("Deze KPI bestaat niet.");
  const [row] = await selectKpis(db).where(and(eq(kpis.tenantId, contract.tenantId), eq(kpis.contractId, contract.id), eq(kpis.id, kpiId)));
  if (!row) throw new NotFoundError("Deze KPI bestaat niet.");
  const [kpi] = await kpiDetails(db, contract, [flatten(row)]);
  return { contract, kpi };
}

/** The tender promises of a contract, with their indicator and the KPIs made from them. */
export async function listPromises(db: Db, { viewer, contractId }: { viewer: ContractViewer; contractId: string }) {
  const contract = await getContract(db, { viewer, id: contractId });
  const rows = await db
    .select({
      promise: promises,
      indicator: { name: indicators.name, unitLabel: indicators.unitLabel, direction: indicators.direction },
    })
    .from(promises)
    .innerJoin(indicators, eq(indicators.id, promises.indicatorId))
    .where(and(eq(promises.tenantId, contract.tenantId), eq(promises.contractId, contract.id)))
    .orderBy(asc(promises.createdAt));
  const linked = rows.length
    ? await db
        .select({ id: kpis.id, name: kpis.name, status: kpis.status, promiseId: kpis.promiseId })
        .from(kpis)
        .where(
          and(
            eq(kpis.tenantId, contract.tenantId),
            eq(kpis.contractId, contract.id),
            inArray(
              kpis.promiseId,
              rows.map((r) => r.promise.id),
            ),
          ),
        )
    : [];
  return {
    contract,
    promises: rows.map((r) => ({ ...r.promise, indicator: r.indicator, kpis: linked.filter((k) => k.promiseId === r.promise.id) })),
  };
}

/** The raw promise row, if the viewer may see its contract. */
export async function getPromiseRow(db: Db, { viewer, promiseId }: { viewer: ContractViewer; promiseId: string }) {
  if (!UUID_PATTERN.test(promiseId)) throw new NotFoundError("Deze toezegging bestaat niet.");
  const party = viewer.orgKind === "buyer" ? eq(promises.tenantId, viewer.orgId) : eq(contracts.supplierOrgId, viewer.orgId);
  const [row] = await db
    .select({ promise: promises, indicator: { name: indicators.name, unitLabel: indicators.unitLabel, direction: indicators.direction } })
    .from(promises)
    .innerJoin(contracts, and(eq(contracts.tenantId, promises.tenantId), eq(contracts.id, promises.contractId)))
    .innerJoin(indicators, eq(indicators.id, promises.indicatorId))
    .where(and(eq(promises.id, promiseId), party))
    .limit(1);
  if (!row) throw new NotFoundError("Deze toezegging bestaat niet.");
  return { ...row.promise, indicator: row.indicator };
}

/** Indicators a KPI of this buyer's contract can use: the global catalogue plus the buyer's own. */
export async function kpiIndicatorOptions(db: Db, { buyerId }: { buyerId: string }) {
  return db
    .select({ id: indicators.id, name: indicators.name, unitLabel: indicators.unitLabel, own: indicators.ownerOrgId })
    .from(indicators)
    .where(or(isNull(indicators.ownerOrgId), eq(indicators.ownerOrgId, buyerId)))
    .orderBy(asc(indicators.name));
}
