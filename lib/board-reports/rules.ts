// The board report's snapshot from the organisation dashboard, and its highlights and risks in
// words. Pure: what the record holds is decided here and stored as text and numbers, so the
// report reads the same on every later day.
import type { BoardReportSnapshot } from "@/db/schema/board-reports";
import type { DashboardView } from "@/lib/dashboard/shape";
import { formatShare } from "@/lib/dashboard/rules";
import { formatMeasure, formatPercent } from "@/lib/format";

type TargetView = DashboardView["targets"][number];

/** Below this share of verified values the board hears that the figures rest on unchecked data. */
const LOW_VERIFIED_SHARE = 0.5;

/** The latest year with both a target and an actual, and whether the actual meets it. */
export function targetStanding(target: {
  direction: string;
  years: ReadonlyArray<Pick<TargetView["years"][number], "year" | "target" | "actual"> & { baseShare?: number | null }>;
}) {
  const year = target.years.filter((y) => y.actual !== null && y.target !== null).at(-1);
  if (!year) return null;
  const met = target.direction === "lower_better" ? year.actual! <= year.target! : year.actual! >= year.target!;
  return { year: year.year, actual: year.actual!, target: year.target!, met, baseShare: year.baseShare ?? null };
}

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

function highlightsAndRisks(view: DashboardView): { highlights: string[]; risks: string[] } {
  const highlights: string[] = [];
  const risks: string[] = [];
  for (const target of view.targets) {
    const standing = targetStanding(target);
    if (!standing) continue;
    // A total the contracts cover only part of says little on its own: the coverage goes with it.
    const coverage =
      standing.baseShare === null ? "" : ` (de contracten dekken ${formatPercent(standing.baseShare * 100, 1)} van het basisjaar)`;
    const line = `${target.name}: ${formatMeasure(standing.actual, target.unitLabel)} in ${standing.year}, doel ${formatMeasure(standing.target, target.unitLabel)}${coverage}.`;
    (standing.met ? highlights : risks).push(standing.met ? `Op koers — ${line}` : `Niet op koers — ${line}`);
  }
  for (const theme of view.wheel.themes) {
    if (theme.band.band === "high") highlights.push(`Thema ${theme.name}: ${formatShare(theme.share)} van de KPI's op koers.`);
    if (theme.band.band === "low") risks.push(`Thema ${theme.name}: ${formatShare(theme.share)} van de KPI's op koers.`);
  }
  const kept = view.promises.total - view.promises.short - view.promises.noData;
  if (kept > 0) highlights.push(`${plural(kept, "toezegging", "toezeggingen")} uit de aanbesteding waargemaakt.`);
  if (view.promises.short > 0) risks.push(`${plural(view.promises.short, "toezegging wordt", "toezeggingen worden")} niet waargemaakt.`);
  for (const gap of view.gaps) risks.push(`Thema ${gap.name} heeft de hoogste prioriteit, maar geen actieve KPI draagt eraan bij.`);
  if (view.attention.total > 0) {
    risks.push(
      `${plural(view.attention.total, "contract vraagt", "contracten vragen")} aandacht (KPI's niet op koers, rapportages of acties te laat).`,
    );
  }
  const share = view.verification.share;
  if (share !== null && share < LOW_VERIFIED_SHARE) {
    risks.push(
      `Slechts ${formatShare(share)} van de geaccepteerde waarden is geverifieerd: de cijfers rusten grotendeels op ongecontroleerde opgaven.`,
    );
  }
  return { highlights, risks };
}

/** The figures of the report as they are now: what the record keeps, never recomputed. */
export function boardSnapshot(view: DashboardView): BoardReportSnapshot {
  return {
    period: { from: view.filters.from, to: view.filters.to },
    verifiedOnly: view.filters.verifiedOnly,
    contracts: view.options.contracts,
    targets: view.targets.map((t) => ({
      name: t.name,
      indicatorName: t.indicatorName,
      unitLabel: t.unitLabel,
      percentage: t.percentage,
      years: t.years
        .filter((y) => y.actual !== null || y.kind === "base" || y.kind === "milestone")
        .map((y) => ({
          year: y.year,
          target: y.target,
          actual: y.actual,
          contracts: y.contracts,
          quarters: y.quarters,
          baseShare: y.baseShare,
          values: y.values,
          verifiedValues: y.verifiedValues,
        })),
    })),
    ...highlightsAndRisks(view),
    malus: {
      totalCents: Number(view.malus.totalCents),
      contractsWithMalus: view.malus.contractsWithMalus,
      perQuarter: view.malus.perQuarter.map((q) => ({ quarter: q.quarter, cents: Number(q.cents), contracts: q.contracts })),
    },
    verification: { values: view.verification.values, verifiedValues: view.verification.verifiedValues },
    promises: { total: view.promises.total, short: view.promises.short, noData: view.promises.noData },
  };
}
