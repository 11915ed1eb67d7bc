// What the roadmap pages need, shaped on the server so app/ stays free of database code.
import type { Actor } from "@/lib/auth/actor";
import { getContract, viewerOf } from "@/lib/contracts/queries";
import { amsterdamToday } from "@/lib/time";
import { growthPathLanes } from "./growth-lanes";
import { mayEditRoadmap } from "./policy";
import { contractWheelThemes, getRoadmapItem, listRoadmapItems } from "./queries";
import { listContractKpis } from "@/lib/kpis/queries";
import { formatDate } from "@/lib/format";
import {
  describeTimeline,
  isOverdue,
  ROADMAP_STATUS_KEYS,
  ROADMAP_STATUSES,
  timelineLayout,
  XCURVE_KEYS,
  XCURVE_SOURCE,
  XCURVE_STRATEGIES,
} from "./rules";
import { innovationsOfRoadmapItem } from "@/lib/innovations/queries";
import { withTenant } from "@/lib/tenancy";

export async function roadmapPage(actor: Actor, contractId: string, groupBy: "strategy" | "theme") {
  return withTenant(actor, async (tx) => {
    const contract = await getContract(tx, { viewer: viewerOf(actor), id: contractId });
    const scope = { tenantId: contract.tenantId, contractId: contract.id };
    const [items, themes, paths] = await Promise.all([
      listRoadmapItems(tx, scope),
      contractWheelThemes(tx, scope),
      listContractKpis(tx, { viewer: viewerOf(actor), contractId: contract.id }),
    ]);
    // Rejected and retired KPIs have no path ahead of them; proposals show what is on the table.
    const current = paths.kpis
      .filter((k) => k.status === "proposed" || k.status === "active")
      .map((k) => ({ id: k.id, name: k.name, unitLabel: k.indicator?.unitLabel ?? null, targets: k.targets }));
    const today = amsterdamToday();
    const layout = timelineLayout(contract, items, groupBy, today);
    return {
      contract,
      today,
      items: items.map((item) => ({ ...item, overdue: isOverdue(item, today) })),
      themes,
      layout,
      description: describeTimeline(layout),
      growthPaths: growthPathLanes(contract, current),
      canEdit: mayEditRoadmap(actor, contract),
    };
  });
}

/** One item with the form's choices; another contract's or tenant's item id is a 404. */
export async function roadmapItemPage(actor: Actor, contractId: string, itemId: string) {
  return withTenant(actor, async (tx) => {
    const contract = await getContract(tx, { viewer: viewerOf(actor), id: contractId });
    const scope = { tenantId: contract.tenantId, contractId: contract.id };
    const [item, themes] = await Promise.all([getRoadmapItem(tx, { ...scope, id: itemId }), contractWheelThemes(tx, scope)]);
    const innovations = await innovationsOfRoadmapItem(tx, { tenantId: contract.tenantId, roadmapItemId: item.id });
    return { contract, item, themes, innovations, canEdit: mayEditRoadmap(actor, contract), today: amsterdamToday() };
  });
}

/** The choices of the roadmap form: strategies with their X-curve question, themes, statuses, period. */
export function roadmapFormChoices(contract: { startDate: string; endDate: string }, themes: Array<{ id: string; name: string }>) {
  return {
    strategies: XCURVE_KEYS.map((key) => ({ value: key, label: XCURVE_STRATEGIES[key].label, question: XCURVE_STRATEGIES[key].question })),
    themes: themes.map((t) => ({ value: t.id, label: t.name })),
    statuses: ROADMAP_STATUS_KEYS.map((key) => ({ value: key, label: ROADMAP_STATUSES[key] })),
    period: {
      min: contract.startDate,
      max: contract.endDate,
      text: `${formatDate(contract.startDate)} – ${formatDate(contract.endDate)}`,
    },
    source: XCURVE_SOURCE,
  };
}
