// What the KPI pages of a contract need from the server, read inside the actor's tenant
// transaction so app/ stays free of database code, plus which controls this actor gets. The
// controls only hide what the actions would refuse anyway.
import { contractSide } from "@/lib/auth/permissions";
import { cache } from "react";
import type { Actor } from "@/lib/auth/actor";
import { orNotFound, requireActor } from "@/lib/auth/session";
import { managesContract } from "@/lib/contracts/policy";
import { viewerOf } from "@/lib/contracts/queries";
import { contractQuarters, quarterFromKey, quarterKey, quarterLabel, quarterOf, quarterTiming } from "@/lib/periods";
import { kpiHistoryEvents, kpiSetForQuarter } from "./history";
import { agreedTermsDiff, agreedTermsOf } from "./agreed-terms";
import {
  isChangeToAgreedKpi,
  kpiChangeRoute,
  mayDecideOnKpi,
  mayProposeKpi,
  mayWithdrawKpiChange,
  shapesContractKpis,
  type KpiChange,
} from "./policy";
import { amsterdamToday } from "@/lib/time";
import { contractHasStarted } from "./proposal";
import {
  contractWheelThemes,
  getContractKpi,
  kpiIndicatorOptions,
  listContractKpis,
  listPromises,
  type ContractKpi,
  type KpiContractRow,
} from "./queries";
import { innovationsOfKpi } from "@/lib/innovations/queries";
import { withTenant } from "@/lib/tenancy";

function timeline(contract: KpiContractRow) {
  const today = amsterdamToday();
  const quarters = contractQuarters(contract.startDate, contract.endDate).map((q) => ({
    key: q.key,
    label: quarterLabel(q.quarter),
    partial: q.partial,
  }));
  return { today, quarters, started: contractHasStarted(contract, today), currentQuarter: quarterKey(quarterOf(today)) };
}

/** How a change by this actor would land: not offered, saved, a proposal, or reopening an agreed KPI. */
type ChangeMode = "none" | "direct" | "proposal" | "reopen";

/** Per KPI: what this actor may do with it now (./policy.ts decides; the actions refuse the rest). */
function kpiControls(actor: Actor, contract: KpiContractRow, kpi: ContractKpi, today: string) {
  const shaping = shapesContractKpis(actor, contract);
  const side = contractSide(actor.org.kind);
  const mode = (change: KpiChange): ChangeMode => {
    if (!shaping) return "none";
    const route = kpiChangeRoute(side, kpi, contract, change, today);
    return route.route === "refused" ? "none" : route.route === "direct" ? "direct" : route.reopens ? "reopen" : "proposal";
  };
  return {
    mayDecide: shaping && mayDecideOnKpi(side, kpi, contract),
    mayWithdraw: shaping && mayWithdrawKpiChange(side, kpi, contract),
    edit: mode("terms"),
    path: mode("growth_path"),
    malus: managesContract(actor, contract, "kpis.malus") && kpi.obligation === "resultaat" ? mode("malus") : ("none" as ChangeMode),
    themes: mode("themes"),
  };
}

export const kpiListPage = cache(async (orgSlug: string, contractId: string, quarterParam?: string) => {
  const actor = await requireActor(orgSlug);
  const data = await orNotFound(
    withTenant(actor, async (tx) => {
      const list = await listContractKpis(tx, { viewer: viewerOf(actor), contractId });
      const [indicators, themes] = await Promise.all([
        kpiIndicatorOptions(tx, { buyerId: list.contract.tenantId }),
        contractWheelThemes(tx, list.contract),
      ]);
      return { ...list, indicators, themes };
    }),
  );
  const time = timeline(data.contract);
  const keys = time.quarters.map((q) => q.key);
  const fallback = keys.includes(time.currentQuarter) ? time.currentQuarter : keys[0];
  const selectedQuarter = quarterParam && keys.includes(quarterParam) ? quarterParam : fallback;
  return {
    actor,
    ...data,
    ...time,
    mayPropose: shapesContractKpis(actor, data.contract) && mayProposeKpi(data.contract),
    mayRecordPromises: managesContract(actor, data.contract, "promises.edit"),
    kpis: data.kpis.map((kpi) => ({ ...kpi, controls: kpiControls(actor, data.contract, kpi, time.today) })),
    selectedQuarter,
    quarterSet: kpiSetForQuarter(data.kpis, quarterFromKey(selectedQuarter)),
    selectedTiming: quarterTiming(quarterFromKey(selectedQuarter), time.today),
    history: kpiHistoryEvents(data.kpis),
  };
});

export type KpiListPage = Awaited<ReturnType<typeof kpiListPage>>;

export const kpiDetailPage = cache(async (orgSlug: string, contractId: string, kpiId: string) => {
  const actor = await requireActor(orgSlug);
  const data = await orNotFound(
    withTenant(actor, async (tx) => {
      const found = await getContractKpi(tx, { viewer: viewerOf(actor), contractId, kpiId });
      const [indicators, themes, innovations] = await Promise.all([
        kpiIndicatorOptions(tx, { buyerId: found.contract.tenantId }),
        contractWheelThemes(tx, found.contract),
        innovationsOfKpi(tx, { tenantId: found.contract.tenantId, kpiId: found.kpi.id }),
      ]);
      const agreed = isChangeToAgreedKpi(found.kpi) ? agreedTermsOf(found.kpi) : null;
      return { ...found, indicators, themes, agreed, innovations };
    }),
  );
  const time = timeline(data.contract);
  return {
    actor,
    ...data,
    ...time,
    controls: kpiControls(actor, data.contract, data.kpi, time.today),
    changed: data.agreed
      ? agreedTermsDiff(data.agreed, { terms: data.kpi, themeIds: data.kpi.themes.map((t) => t.id), growthPath: data.kpi.versions })
      : [],
  };
});

export type KpiDetailPage = Awaited<ReturnType<typeof kpiDetailPage>>;

export const promisesPage = cache(async (orgSlug: string, contractId: string) => {
  const actor = await requireActor(orgSlug);
  const data = await orNotFound(
    withTenant(actor, async (tx) => {
      const list = await listPromises(tx, { viewer: viewerOf(actor), contractId });
      return { ...list, indicators: await kpiIndicatorOptions(tx, { buyerId: list.contract.tenantId }) };
    }),
  );
  return { actor, ...data, ...timeline(data.contract), mayEdit: managesContract(actor, data.contract, "promises.edit") };
});
