// The growth paths of a contract's KPIs as small lanes under the roadmap, on the same time axis:
// the roadmap is read as a timeline together with the growth paths, so one can see which action
// is meant to lift which target. Pure.
import { scaledToNumber, toScaled } from "@/lib/decimal";
import { formatNumber } from "@/lib/format";
import type { QuarterTarget } from "@/lib/kpis/growth-path";
import { quarterStartDate } from "@/lib/periods";
import { positionOnContract } from "./rules";

/** A KPI with the target of every contract quarter, as lib/kpis/queries computes them. */
export type GrowthPathInput = { id: string; name: string; unitLabel: string | null; targets: QuarterTarget[] };

export type GrowthPathLane = {
  id: string;
  name: string;
  /** The name cut to fit the lane label. */
  shortName: string;
  rangeText: string;
  /** x on the contract axis (0–1), y within the KPI's own range (0 lowest, 1 highest). */
  points: Array<{ key: string; x: number; y: number; milestone: boolean }>;
};

const MAX_LABEL = 22;

function shorten(name: string): string {
  return name.length <= MAX_LABEL ? name : `${name.slice(0, MAX_LABEL - 1).trimEnd()}…`;
}

/** Short units ("%", "kg") go with the number; long ones ("kg CO2e per maaltijd") would not fit the label. */
function laneValue(value: number, unitLabel: string | null): string {
  if (!unitLabel || unitLabel.length > 6) return formatNumber(value);
  return `${formatNumber(value)} ${unitLabel}`;
}

/** One lane per KPI that has a path; each quarter's target at the start of the quarter. */
export function growthPathLanes(contract: { startDate: string; endDate: string }, kpis: GrowthPathInput[]): GrowthPathLane[] {
  const lanes: GrowthPathLane[] = [];
  for (const kpi of kpis) {
    const targets = kpi.targets.filter((t) => t.target !== undefined);
    if (targets.length === 0) continue;
    const values = targets.map((t) => scaledToNumber(toScaled(t.target!)));
    const min = Math.min(...values);
    const max = Math.max(...values);
    const span = max - min;
    const points = targets.map((t, i) => ({
      key: t.key,
      x: positionOnContract(quarterStartDate(t.quarter) < contract.startDate ? contract.startDate : quarterStartDate(t.quarter), contract),
      // A flat path sits in the middle of its lane.
      y: span === 0 ? 0.5 : (values[i] - min) / span,
      milestone: t.isMilestone,
    }));
    // The line runs on to the end of the contract at the last target.
    const last = points[points.length - 1];
    if (last.x < 1) points.push({ key: "einde", x: 1, y: last.y, milestone: false });
    const first = values[0];
    const end = values[values.length - 1];
    lanes.push({
      id: kpi.id,
      name: kpi.name,
      shortName: shorten(kpi.name),
      rangeText: first === end ? laneValue(first, kpi.unitLabel) : `${laneValue(first, kpi.unitLabel)} → ${laneValue(end, kpi.unitLabel)}`,
      points,
    });
  }
  return lanes;
}
