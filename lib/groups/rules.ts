// Pure rules of buyer groups: which version of a standard is in force on a day, and whether a
// member's KPI falls below the minimum in force (a deviation).
import type { GroupStandard, KpiTemplate, StoredMilestone } from "@/db/schema";

type Dated = { number: number; effectiveFrom: string };

/**
 * The version in force on `today` (ISO date): the latest whose effective date has come. A version
 * dated later is the schedule that raises the minimum from that date; null before the first.
 */
export function versionInForce<V extends Dated>(versions: readonly V[], today: string): V | null {
  const due = versions.filter((v) => v.effectiveFrom <= today);
  return due.reduce<V | null>((best, v) => (!best || v.number > best.number ? v : best), null);
}

/** The next scheduled version after the one in force, if any: what the members prepare for. */
export function nextScheduled<V extends Dated>(versions: readonly V[], today: string): V | null {
  const later = versions.filter((v) => v.effectiveFrom > today).sort((a, b) => a.number - b.number);
  return later[0] ?? null;
}

/** A growth path's target in a quarter, read as steps: its last milestone at or before it. */
function targetIn(path: readonly StoredMilestone[], quarter: string): number | null {
  const due = path.filter((m) => m.quarter <= quarter).sort((x, y) => x.quarter.localeCompare(y.quarter));
  return due.length ? Number(due[due.length - 1].value) : null;
}

/**
 * Whether a KPI's growth path falls short of the standard's minimum in force, in the indicator's
 * direction: at any quarter where the minimum sets a value (its milestones placed in the KPI's
 * contract), the KPI's target then is worse. A KPI without a numeric path, or a minimum without
 * milestones (qualitative), is not compared: there is nothing to measure a shortfall by.
 */
export function fallsBelowMinimum(
  kpiPath: readonly StoredMilestone[],
  minimumPlaced: readonly StoredMilestone[],
  direction: "higher_better" | "lower_better" | null,
): boolean {
  if (direction === null) return false;
  return minimumPlaced.some((m) => {
    const target = targetIn(kpiPath, m.quarter);
    const minimum = Number(m.value);
    if (target === null || !Number.isFinite(target) || !Number.isFinite(minimum)) return false;
    return direction === "higher_better" ? target < minimum : target > minimum;
  });
}

/** The median of a non-empty list of numbers. */
export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

/** What a published version keeps of the group's template: its content, not its identity or version. */
export function standardOf(template: KpiTemplate): GroupStandard {
  const {
    tenantId: _tenantId,
    id: _id,
    version: _version,
    createdAt: _createdAt,
    groupId: _groupId,
    groupTemplateId: _groupTemplateId,
    groupStandardNumber: _groupStandardNumber,
    ...standard
  } = template;
  return standard;
}
