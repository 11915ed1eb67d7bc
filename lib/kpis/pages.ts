// What the KPI pages of a contract need from the server, read inside the actor's tenant
// transaction so app/ stays free of database code, plus which controls this actor gets. The
// controls only hide what the actions would refuse anyway.
import { cache } from "react";
import type { Actor } from "@/lib/auth/actor";
import { can } from "@/lib/auth/permissions";
import { orNotFound, readAs, requireActor } from "@/lib/auth/session";
import { viewerOf } from "@/lib/contracts/queries";
import { contractQuarters, quarterFromKey, quarterKey, quarterLabel, quarterOf } from "@/lib/periods";
import { kpiHistoryEvents, kpiSetForQuarter } from "./history";
import { amsterdamToday, contractHasStarted, firstChangeableQuarter, mayDecideOnProposal } from "./proposal";
import {
  contractWheelThemes,
  getContractKpi,
  kpiIndicatorOptions,
  listContractKpis,
  listPromises,
  type ContractKpi,
  type KpiContractRow,
} from "./queries";

/** May this actor shape the KPIs of this contract at all (propose, accept, edit)? */
function shapes(actor: Actor, contract: KpiContractRow): boolean {
  if (!can(actor.org.kind, actor.role, "kpis.propose")) return false;
  return actor.org.kind === "supplier" || actor.role === "admin" || contract.contractManagerId === actor.userId;
}

function buyerManages(actor: Actor, contract: KpiContractRow, permission: "kpis.malus" | "promises.edit"): boolean {
  return actor.org.kind === "buyer" && can(actor.org.kind, actor.role, permission) && (actor.role === "admin" || contract.contractManagerId === actor.userId);
}

function timeline(contract: KpiContractRow) {
  const today = amsterdamToday();
  const quarters = contractQuarters(contract.startDate, contract.endDate).map((q) => ({ key: q.key, label: quarterLabel(q.quarter), partial: q.partial }));
  return { today, quarters, started: contractHasStarted(contract, today), currentQuarter: quarterKey(quarterOf(today)) };
}

/** Per KPI: what this actor may do with it now. */
function kpiControls(actor: Actor, contract: KpiContractRow, kpi: ContractKpi, started: boolean) {
  const shaping = shapes(actor, contract);
  const editable = kpi.status === "proposed" || (kpi.status === "active" && !started);
  return {
    mayDecide: shaping && kpi.status === "proposed" && mayDecideOnProposal(kpi.proposedByKind, actor.org.kind),
    mayEdit: shaping && editable,
    mayMalus: buyerManages(actor, contract, "kpis.malus") && editable && kpi.obligation === "resultaat",
    // Before the start (or for a proposal) the path is replaced; once an active KPI runs, the
    // buyer adds a version from a coming quarter.
    pathMode:
      !shaping || kpi.status === "rejected" || kpi.status === "retired"
        ? ("none" as const)
        : kpi.status === "proposed" || !started
          ? ("replace" as const)
          : actor.org.kind === "buyer"
            ? ("new_version" as const)
            : ("none" as const),
    mayTheme: shaping && kpi.status !== "rejected",
  };
}

export const kpiListPage = cache(async (orgSlug: string, contractId: string, quarterParam?: string) => {
  const actor = await requireActor(orgSlug);
  const data = await orNotFound(
    readAs(actor, async (tx) => {
      const list = await listContractKpis(tx, viewerOf(actor), contractId);
      const [indicators, themes] = await Promise.all([kpiIndicatorOptions(tx, list.contract.tenantId), contractWheelThemes(tx, list.contract)]);
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
    mayPropose: shapes(actor, data.contract),
    mayRecordPromises: buyerManages(actor, data.contract, "promises.edit"),
    kpis: data.kpis.map((kpi) => ({ ...kpi, controls: kpiControls(actor, data.contract, kpi, time.started) })),
    selectedQuarter,
    quarterSet: kpiSetForQuarter(data.kpis, quarterFromKey(selectedQuarter)),
    history: kpiHistoryEvents(data.kpis),
  };
});

export type KpiListPage = Awaited<ReturnType<typeof kpiListPage>>;

export const kpiDetailPage = cache(async (orgSlug: string, contractId: string, kpiId: string) => {
  const actor = await requireActor(orgSlug);
  const data = await orNotFound(
    readAs(actor, async (tx) => {
      const found = await getContractKpi(tx, viewerOf(actor), contractId, kpiId);
      const [indicators, themes] = await Promise.all([kpiIndicatorOptions(tx, found.contract.tenantId), contractWheelThemes(tx, found.contract)]);
      return { ...found, indicators, themes };
    }),
  );
  const time = timeline(data.contract);
  return {
    actor,
    ...data,
    ...time,
    firstChangeableQuarter: quarterKey(firstChangeableQuarter(data.contract, time.today)),
    controls: kpiControls(actor, data.contract, data.kpi, time.started),
  };
});

export type KpiDetailPage = Awaited<ReturnType<typeof kpiDetailPage>>;

export const promisesPage = cache(async (orgSlug: string, contractId: string) => {
  const actor = await requireActor(orgSlug);
  const data = await orNotFound(
    readAs(actor, async (tx) => {
      const list = await listPromises(tx, viewerOf(actor), contractId);
      return { ...list, indicators: await kpiIndicatorOptions(tx, list.contract.tenantId) };
    }),
  );
  return { actor, ...data, ...timeline(data.contract), mayEdit: buyerManages(actor, data.contract, "promises.edit") };
});
