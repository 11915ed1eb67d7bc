// KPI changes after the start as contract amendments: KPIs added and retired (by a review or an
// accepted proposal) and every growth-path version after the first, with the reason the parties gave.
import { kpiHistoryEvents } from "@/lib/kpis/history";
import { quarterFromKey, quarterLabel } from "@/lib/periods";
import { amsterdamIsoString } from "@/lib/time";
import { text, type AgreedKpi } from "./rows";

type Amendment = { id: string; date?: string; description: string; rationale?: string };

/** Oldest first; `firstQuarter` is the contract's: a KPI counting from it was part of the contract, not a change. */
export function amendments(kpis: AgreedKpi[], firstQuarter: string): Amendment[] {
  const byId = new Map(kpis.map((k) => [k.id, k]));
  const list: Array<{ at: number; amendment: Amendment }> = [];
  const add = (at: Date | null, id: string, description: string, reason: string | null | undefined) => {
    const rationale = text(reason);
    list.push({
      at: at?.getTime() ?? 0,
      amendment: { id, ...(at ? { date: amsterdamIsoString(at) } : {}), description, ...(rationale ? { rationale } : {}) },
    });
  };
  for (const event of kpiHistoryEvents(kpis)) {
    const kpi = byId.get(event.kpiId)!;
    const quarter = quarterLabel(quarterFromKey(event.quarter));
    if (event.kind === "retired") {
      add(kpi.retiredAt, `kpi-retired-${kpi.id}`, `KPI "${kpi.name}" vervallen, telt niet meer mee vanaf ${quarter}.`, event.reason);
    } else if (event.quarter > firstQuarter) {
      const reason = text(kpi.addedReason) ?? kpi.versions.find((v) => v.versionNumber === 1)?.reason;
      add(kpi.addedAt, `kpi-added-${kpi.id}`, `KPI "${kpi.name}" toegevoegd, geldt vanaf ${quarter}.`, reason);
    }
  }
  for (const kpi of kpis) {
    for (const v of kpi.versions.filter((version) => version.versionNumber > 1)) {
      const from = quarterLabel(quarterFromKey(v.effectiveFrom));
      add(
        v.createdAt,
        `growth-path-${kpi.id}-v${v.versionNumber}`,
        `Groeipad van KPI "${kpi.name}" gewijzigd (versie ${v.versionNumber}), geldt vanaf ${from}.`,
        v.reason,
      );
    }
  }
  return list.sort((a, b) => a.at - b.at).map((entry) => entry.amendment);
}
