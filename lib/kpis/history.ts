// The KPI set of any quarter, derived from the KPIs' own history (active_from, retired_from and
// their reasons) rather than stored per quarter: "which KPIs counted in 2027 K2, which were
// added and which retired, when and why" (seed 002 §4.1.6: KPIs "van de lijst gevoerd" and
// "aangevoerd" per year or quarter). Pure.
import { compareQuarters, quarterFromKey, type Quarter, type QuarterTiming } from "@/lib/periods";
import { isActiveInQuarter } from "./rules";

export type KpiHistoryFields = {
  id: string;
  name: string;
  status: "proposed" | "active" | "rejected" | "retired";
  activeFrom: string | null;
  retiredFrom: string | null;
  retiredReason: string | null;
};

export type QuarterKpiSet<K extends KpiHistoryFields> = {
  /** KPIs that count in the quarter: reported on, scored, possibly a malus. */
  active: K[];
  /** Active KPIs whose first quarter this is. */
  added: K[];
  /** KPIs whose first quarter without them this is, with the reason they were retired. */
  retired: K[];
};

/** Only accepted KPIs have a history; a proposal or a rejected KPI never counted in any quarter. */
function everActive<K extends KpiHistoryFields>(kpi: K): kpi is K & { activeFrom: string } {
  return (kpi.status === "active" || kpi.status === "retired") && kpi.activeFrom !== null;
}

export function kpiSetForQuarter<K extends KpiHistoryFields>(kpis: K[], quarter: Quarter): QuarterKpiSet<K> {
  const accepted = kpis.filter(everActive);
  const span = (k: K & { activeFrom: string }) => ({
    activeFrom: quarterFromKey(k.activeFrom),
    retiredFrom: k.retiredFrom ? quarterFromKey(k.retiredFrom) : null,
  });
  return {
    active: accepted.filter((k) => isActiveInQuarter(span(k), quarter)),
    added: accepted.filter((k) => compareQuarters(quarterFromKey(k.activeFrom), quarter) === 0),
    retired: accepted.filter((k) => k.retiredFrom !== null && compareQuarters(quarterFromKey(k.retiredFrom), quarter) === 0),
  };
}

export type KpiHistoryEvent = { quarter: string; kind: "added" | "retired"; kpiId: string; name: string; reason: string | null };

/** Every addition and retirement over the contract, in quarter order (additions first within a quarter). */
export function kpiHistoryEvents(kpis: KpiHistoryFields[]): KpiHistoryEvent[] {
  const events: KpiHistoryEvent[] = [];
  for (const k of kpis.filter(everActive)) {
    events.push({ quarter: k.activeFrom, kind: "added", kpiId: k.id, name: k.name, reason: null });
    if (k.retiredFrom) events.push({ quarter: k.retiredFrom, kind: "retired", kpiId: k.id, name: k.name, reason: k.retiredReason });
  }
  return events.sort(
    (a, b) =>
      compareQuarters(quarterFromKey(a.quarter), quarterFromKey(b.quarter)) ||
      (a.kind === b.kind ? a.name.localeCompare(b.name) : a.kind === "added" ? -1 : 1),
  );
}

/**
 * The KPI set of a quarter in one sentence, in the tense of the quarter: a quarter to come has no
 * data yet, so it says which KPIs will count rather than that none counted.
 */
export function describeQuarterSet(active: Array<{ name: string }>, timing: QuarterTiming): string {
  const names = active.map((k) => k.name).join(", ");
  if (timing === "future") {
    return active.length === 0
      ? "Dit kwartaal is nog niet begonnen; er zijn nog geen gegevens en nog geen afgesproken KPI's die dan meetellen."
      : `Dit kwartaal is nog niet begonnen; er zijn nog geen gegevens. ${active.length === 1 ? "Dan telt 1 afgesproken KPI mee" : `Dan tellen ${active.length} afgesproken KPI's mee`}: ${names}.`;
  }
  if (active.length === 0)
    return timing === "past" ? "In dit kwartaal telde geen enkele KPI." : "In dit kwartaal telt nog geen enkele KPI.";
  return `${active.length === 1 ? "1 actieve KPI" : `${active.length} actieve KPI's`}: ${names}.`;
}
