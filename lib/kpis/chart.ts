// Chart data and the text alternative of a KPI's growth path, computed on the server so the
// client chart only draws. Numbers here are for drawing only; the exact values stay decimal
// strings in the table next to the chart.
import { formatMeasure, formatNumber } from "@/lib/format";
import { compareQuarters, quarterFromKey, quarterLabel, type Quarter } from "@/lib/periods";
import { INTERPOLATIONS, targetsByQuarter, type GrowthPathVersion, type QuarterTarget } from "./growth-path";
import { pathInterpolation, type KpiKind } from "./rules";

type PathKpi = {
  name: string;
  indicator: { unitLabel: string } | null;
  baselineQuarter: string | null;
  baselineValue: string | null;
  versions: Array<{
    version: number;
    effectiveFrom: string;
    interpolation: "step" | "linear";
    milestones: Array<{ quarter: string; value: string }>;
    reason: string | null;
  }>;
  targets: QuarterTarget[];
};

export function unitOf(kpi: { kind: string; indicator: { unitLabel: string } | null }): string {
  return kpi.kind === "qualitative" ? "score 1–4" : (kpi.indicator?.unitLabel ?? "");
}

type Meanings = Partial<Record<string, string>> | null;

/**
 * A target as shown in a table: "45 %", "1,7 kg CO2e per maaltijd", or for a qualitative KPI the
 * score with what it means: "score 3 (in uitvoering)".
 */
export function formatTarget(
  value: string | number,
  kpi: { kind: string; indicator: { unitLabel: string } | null; scoreMeanings?: Meanings },
): string {
  if (kpi.kind !== "qualitative") return formatMeasure(value, unitOf(kpi));
  // A meaning written as a sentence loses its full stop inside the brackets.
  const meaning = kpi.scoreMeanings?.[String(Number(value))]?.trim().replace(/\.$/, "");
  return `score ${formatNumber(Number(value), 4)}${meaning ? ` (${meaning})` : ""}`;
}

/** A score as a choice in a list: "3 – in uitvoering", or "3" while its meaning is not written yet. */
export function scoreChoiceLabel(score: string, meanings: Meanings): string {
  const meaning = meanings?.[score]?.trim();
  return meaning ? `${score} – ${meaning}` : score;
}

function asPathVersion(kpi: PathKpi & { kind: KpiKind }, v: PathKpi["versions"][number]): GrowthPathVersion {
  return {
    version: v.version,
    effectiveFrom: quarterFromKey(v.effectiveFrom),
    interpolation: pathInterpolation(kpi.kind, v.interpolation),
    milestones: v.milestones.map((m) => ({ quarter: quarterFromKey(m.quarter), value: m.value })),
    baseline:
      kpi.baselineQuarter && kpi.baselineValue !== null ? { quarter: quarterFromKey(kpi.baselineQuarter), value: kpi.baselineValue } : null,
  };
}

export function growthPathChart(kpi: PathKpi & { kind: KpiKind }, quarters: Quarter[]) {
  const unit = unitOf(kpi);
  const targets = kpi.targets.map((t) => (t.target === undefined ? null : Number(t.target)));
  const milestones = kpi.targets.map((t) => t.isMilestone);
  const versions = [...kpi.versions].sort((a, b) => a.version - b.version);
  // Each replaced version is drawn from the quarter before its successor took over, so the
  // dashed line starts where the solid one turns away from it.
  const superseded = versions.slice(0, -1).map((v, i) => {
    const next = quarterFromKey(versions[i + 1].effectiveFrom);
    const own = targetsByQuarter([asPathVersion(kpi, v)], quarters);
    return {
      version: v.version,
      label: `Versie ${v.version} (vervangen vanaf ${quarterLabel(next)})`,
      values: own.map((t) => (t.target !== undefined && compareQuarters(t.quarter, next) >= -1 ? Number(t.target) : null)),
    };
  });
  const changes = versions.slice(1).map((v) => ({ key: v.effectiveFrom, version: v.version }));
  return { unit, targets, milestones, superseded, changes, description: describePath(kpi, unit) };
}

/** The text alternative of the chart: where the path starts and ends, and its milestones. */
function describePath(kpi: PathKpi & { kind: KpiKind }, unit: string): string {
  const known = kpi.targets.filter((t) => t.target !== undefined);
  if (known.length === 0) return `${kpi.name}: nog geen groeipad vastgelegd.`;
  const first = known[0];
  const last = known[known.length - 1];
  const current = [...kpi.versions].sort((a, b) => b.version - a.version)[0];
  const points = kpi.targets
    .filter((t) => t.isMilestone && t.target !== undefined)
    .map((t) => `${quarterLabel(t.quarter)} ${formatMeasure(t.target!, unit)}`);
  let text = `Groeipad van ${kpi.name}: het doel gaat van ${formatMeasure(first.target!, unit)} in ${quarterLabel(first.quarter)} naar ${formatMeasure(last.target!, unit)} in ${quarterLabel(last.quarter)}`;
  if (points.length > 0) text += `, met mijlpalen ${points.join(", ")}`;
  text += `. ${current ? INTERPOLATIONS[pathInterpolation(kpi.kind, current.interpolation)] : ""}.`;
  if (kpi.versions.length > 1)
    text += ` Versie ${current.version} geldt vanaf ${quarterLabel(quarterFromKey(current.effectiveFrom))}; eerdere doelen blijven staan.`;
  return text;
}
