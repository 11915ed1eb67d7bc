// Demo KPIs for every demo contract, written through lib/kpis/store (the same checks and audit
// trail as the app) in the scope of whoever proposed them, so row-level security applies. Also
// adds the catering contract that starts two quarters from today: the place where buyer and
// supplier can still agree KPIs in the demo.
import { and, eq, isNull } from "drizzle-orm";
import type { Db } from "../client";
import { contracts, growthPathVersions, indicators, kpis, promises, type Contract } from "../schema";
import { contractWheelThemes } from "../../lib/kpis/queries";
import { insertKpi, type KpiWriter } from "../../lib/kpis/store";
import { addQuarters, quarterEndDate, quarterFromKey, quarterKey, quarterOf, quarterStartDate } from "../../lib/periods";
import { amsterdamToday } from "../../lib/time";
import { withTenant } from "../../lib/tenancy";
import { DEMO_KPIS, FUTURE_CONTRACT, type DemoKpi } from "./demo-kpis-data";
import { DEMO_KPIS_MORE, FUTURE_CONTRACT_KPIS } from "./demo-kpis-data-more";

type Ids = { orgIds: Map<string, string>; userIds: Map<string, string> };

// The supplier user who proposes and accepts KPIs for each demo supplier.
const SUPPLIER_USERS: Record<string, string> = {
  groen: "mehmet.yilmaz@groencateraars.example",
  schoon: "sophie@schoonenfris.example",
  vandijk: "kees@wegenbouwvandijk.example",
};

export async function seedDemoKpis(db: Db, ids: Ids): Promise<void> {
  const future = await insertFutureContract(db, ids);
  for (const spec of [...DEMO_KPIS, ...DEMO_KPIS_MORE]) {
    const contract = await findContract(db, ids, spec.buyer, spec.contract);
    for (const kpi of spec.kpis) await seedKpi(db, ids, contract, kpi);
  }
  for (const kpi of FUTURE_CONTRACT_KPIS) await seedKpi(db, ids, future, kpi);
}

function buyerWriter(ids: Ids, contract: Contract): KpiWriter {
  return { userId: contract.contractManagerId, org: { id: contract.tenantId, kind: "buyer" } };
}

function supplierWriter(ids: Ids, contract: Contract): KpiWriter | null {
  if (!contract.supplierOrgId) return null;
  const key = [...ids.orgIds.entries()].find(([, id]) => id === contract.supplierOrgId)?.[0];
  return { userId: ids.userIds.get(SUPPLIER_USERS[key ?? ""]) ?? null, org: { id: contract.supplierOrgId, kind: "supplier" } };
}

async function findContract(db: Db, ids: Ids, buyerKey: string, title: string): Promise<Contract> {
  const tenantId = ids.orgIds.get(buyerKey)!;
  const scope = { userId: "00000000-0000-0000-0000-000000000000", orgId: tenantId, orgKind: "buyer" as const };
  const [row] = await withTenant(
    scope,
    (tx) =>
      tx
        .select()
        .from(contracts)
        .where(and(eq(contracts.tenantId, tenantId), eq(contracts.title, title))),
    db,
  );
  if (!row) throw new Error(`Demodata: contract "${title}" ontbreekt.`);
  return row;
}

/** Starts on the first day of the quarter after next, so it stays "not started" for a while. */
async function insertFutureContract(db: Db, ids: Ids): Promise<Contract> {
  const first = addQuarters(quarterOf(amsterdamToday()), 2);
  const tenantId = ids.orgIds.get("voorbeeldstad")!;
  const managerId = ids.userIds.get(FUTURE_CONTRACT.manager)!;
  return withTenant(
    { userId: managerId, orgId: tenantId, orgKind: "buyer" },
    async (tx) => {
      const [row] = await tx
        .insert(contracts)
        .values({
          tenantId,
          title: FUTURE_CONTRACT.title,
          reference: FUTURE_CONTRACT.reference,
          purchasingPackage: "catering",
          cooperationForm: "relationeel",
          startDate: quarterStartDate(first),
          endDate: quarterEndDate(addQuarters(first, FUTURE_CONTRACT.years * 4 - 1)),
          valueCents: FUTURE_CONTRACT.valueCents,
          status: "draft",
          contractManagerId: managerId,
          supplierOrgId: ids.orgIds.get(FUTURE_CONTRACT.supplier)!,
        })
        .returning();
      return row;
    },
    db,
  );
}

export async function seedKpi(db: Db, ids: Ids, contract: Contract, spec: DemoKpi): Promise<void> {
  const buyer = buyerWriter(ids, contract);
  const supplier = supplierWriter(ids, contract);
  const writer = spec.proposedBy === "supplier" && supplier ? supplier : buyer;
  const other = writer === buyer ? supplier : buyer;
  const first = quarterOf(contract.startDate);
  const quarter = (ref: string | number) => (typeof ref === "number" ? quarterKey(addQuarters(first, ref)) : ref);
  const scope = { userId: writer.userId ?? contract.contractManagerId!, orgId: writer.org.id, orgKind: writer.org.kind };
  await withTenant(
    scope,
    async (tx) => {
      const [indicator] = spec.indicator
        ? await tx
            .select({ id: indicators.id })
            .from(indicators)
            .where(and(eq(indicators.code, spec.indicator), isNull(indicators.ownerOrgId)))
        : [];
      if (spec.indicator && !indicator) throw new Error(`Demodata: onbekende indicator ${spec.indicator}.`);
      const themes = spec.themes ? (await contractWheelThemes(tx, contract)).filter((t) => spec.themes!.includes(t.name)) : [];
      const promiseId = spec.promise ? await insertPromise(tx, contract, indicator.id, spec.promise) : null;
      const row = await insertKpi(tx, writer, {
        contract,
        source: spec.promise ? "promise" : "seed",
        name: spec.name,
        description: spec.description ?? spec.promise?.description ?? null,
        indicatorId: indicator?.id ?? null,
        kind: spec.kind ?? "quantitative",
        obligation: spec.obligation,
        scoreMeanings: spec.scoreMeanings ?? null,
        baselineQuarter: spec.baseline ? quarter(spec.baseline[0]) : null,
        baselineValue: spec.baseline?.[1] ?? null,
        measurement: spec.measurement ?? null,
        evidenceRequired: spec.evidence ?? null,
        evidenceMandatory: Boolean(spec.evidence),
        malusRule: spec.malus ?? null,
        // Accepted before the contract started: in force from its first quarter.
        status: spec.status,
        activeFrom: spec.status === "active" ? quarterKey(first) : null,
        decidedByUserId: other?.userId ?? null,
        themeIds: themes.map((t) => t.id),
        growthPath: spec.path
          ? {
              interpolation: spec.path.interpolation,
              milestones: spec.path.milestones.map(([q, value]) => ({ quarter: quarter(q), value })),
            }
          : null,
        promiseId,
      });
      if (spec.laterVersion) {
        await tx.insert(growthPathVersions).values({
          tenantId: row.tenantId,
          kpiId: row.id,
          versionNumber: 2,
          effectiveFrom: spec.laterVersion.effectiveFrom,
          interpolation: spec.laterVersion.interpolation,
          milestones: spec.laterVersion.milestones.map(([q, value]) => ({ quarter: quarter(q), value })),
          reason: spec.laterVersion.reason,
          createdByUserId: buyer.userId,
        });
      }
      if (spec.retired) {
        await tx
          .update(kpis)
          .set({ status: "retired", retiredFrom: spec.retired.from, retiredReason: spec.retired.reason, version: row.version + 1 })
          .where(and(eq(kpis.tenantId, row.tenantId), eq(kpis.id, row.id)));
      }
    },
    db,
  );
}

async function insertPromise(tx: Db, contract: Contract, indicatorId: string, promise: NonNullable<DemoKpi["promise"]>): Promise<string> {
  const [row] = await tx
    .insert(promises)
    .values({
      tenantId: contract.tenantId,
      contractId: contract.id,
      indicatorId,
      description: promise.description,
      value: promise.value,
      dueQuarter: promise.dueQuarter ? quarterKey(quarterFromKey(promise.dueQuarter)) : null,
      source: promise.source,
    })
    .returning({ id: promises.id });
  return row.id;
}
