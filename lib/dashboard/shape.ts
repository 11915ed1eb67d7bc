// The dashboard as the page and the JSON route give it: the raw sections of the one statement,
// with the few things computed in JavaScript on small data (shares, trends, the target line from
// lib/targets) and Dutch labels. No database access here.
import { packageLabel } from "@/lib/contracts/rules";
import { isPercentage } from "@/lib/indicators/rules";
import { lineOf } from "@/lib/targets/queries";
import { describeTarget, targetForYear, targetPoints, targetYears } from "@/lib/targets/rules";
import { pillarLabel } from "@/lib/waardenwiel/rules";
import { filtersToSearch, periodQuarters, type DashboardFilters } from "./filters";
import { quarterKey } from "@/lib/periods";
import { shareBand, shareOf, trendOf, verifiedShare } from "./rules";
import type { RawDashboard, RawTarget } from "./types";
import type { PeriodCorrection } from "@/lib/period-close/corrections";

function targetView(raw: RawTarget) {
  const line = lineOf(raw);
  const span = targetYears(line);
  const actualYears = raw.actuals.map((a) => a.year);
  const from = Math.min(span.from, ...actualYears);
  const to = Math.max(span.to, ...actualYears);
  const actuals = new Map(raw.actuals.map((a) => [a.year, a]));
  const given = new Map(targetPoints(line).map((p) => [p.year, p.kind]));
  const years = [];
  for (let year = from; year <= to; year++) {
    const actual = actuals.get(year);
    const target = targetForYear(line, year) ?? null;
    const kind = given.get(year) ?? (target === null ? ("before" as const) : ("between" as const));
    const quarters = actual?.quarters ?? 0;
    // A year with fewer than four quarters reported is incomplete: marked in the table, and for an
    // additive indicator left out of the chart, where a part-year total would look like a drop.
    const incomplete = actual !== undefined && quarters < 4;
    // For a total (tonnes, kWh) the contracts cover part of what the organisation stated for its
    // base year (scope 1–3): their share says how much of the target the figures can speak for.
    const baseShare = raw.aggregation === "sum" && actual?.value != null && raw.baseValue > 0 ? actual.value / raw.baseValue : null;
    years.push({
      year,
      kind,
      target,
      actual: actual?.value ?? null,
      contracts: actual?.contracts ?? 0,
      quarters,
      incomplete,
      charted: !(incomplete && raw.aggregation === "sum"),
      baseShare,
      values: actual?.values ?? 0,
      verifiedValues: actual?.verifiedValues ?? 0,
      verifiedShare: verifiedShare(actual?.values ?? 0, actual?.verifiedValues ?? 0),
    });
  }
  const percentage = isPercentage(raw);
  return {
    id: raw.id,
    name: raw.name,
    indicatorName: raw.indicatorName,
    unitLabel: raw.unitLabel,
    aggregation: raw.aggregation,
    direction: raw.direction,
    percentage,
    textAlternative: describeTarget(line, raw.unitLabel, raw.indicatorName, percentage),
    years,
    /** No contract feeds the target yet: the page says why and how to link one. */
    fed: raw.actuals.length > 0,
  };
}

/** The closes in force and the corrections to closed quarters (lib/period-close). */
export type DashboardCloses = { closed: string[]; corrections: PeriodCorrection[] };

export function shapeDashboard(raw: RawDashboard, filters: DashboardFilters, closes: DashboardCloses = { closed: [], corrections: [] }) {
  const quarters = periodQuarters(filters).map(quarterKey);
  const themes = raw.wheel.themes.map((t) => {
    const share = shareOf(t.onTrack, t.scored);
    const previous = shareOf(t.prevOnTrack, t.prevScored);
    return { ...t, pillarLabel: pillarLabel(t.pillar), share, previous, trend: trendOf(share, previous), band: shareBand(share) };
  });
  return {
    filters,
    search: filtersToSearch(filters).toString(),
    quarters,
    /** The quarters of the period that are closed: their figures come from the close's record. */
    closedQuarters: quarters.filter((q) => closes.closed.includes(q)),
    /** Changes to closed quarters, shown in the open quarter of the period they fall in. */
    corrections: closes.corrections.filter((c) => c.quarter >= filters.from && c.quarter <= filters.to),
    options: {
      ...raw.options,
      /** How many suppliers the buyer's contracts name; the page's list may hold fewer (./suppliers.ts). */
      supplierCount: raw.options.suppliers.length,
      packages: raw.options.packages.map((value) => ({ value, label: packageLabel(value) })),
      indicators: raw.packages.options,
    },
    wheel: { year: raw.wheel.year, themes },
    targets: raw.targets.map(targetView),
    packages: {
      indicator: raw.packages.indicator,
      bars: raw.packages.bars.map((b) => ({
        ...b,
        verifiedShare: verifiedShare(b.values, b.verifiedValues),
        label: packageLabel(b.package),
      })),
    },
    promises: raw.promises,
    verification: { ...raw.verification, share: verifiedShare(raw.verification.values, raw.verification.verifiedValues) },
    malus: raw.malus,
    scores: { bySupplier: raw.scores.bySupplier, byPackage: raw.scores.byPackage.map((g) => ({ ...g, name: packageLabel(g.name) })) },
    discipline: raw.discipline,
    heatmap: raw.heatmap,
    gaps: raw.gaps.map((g) => ({ ...g, pillarLabel: pillarLabel(g.pillar) })),
    attention: raw.attention,
  };
}

export type DashboardView = ReturnType<typeof shapeDashboard>;
