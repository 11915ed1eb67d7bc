// Checklist results as the pages show them: rows for the charts and tables, and the sentences
// that stand in for a chart for screen-reader users. Pure, so the wording is unit-tested.
import { CHECKLIST_SCALE, CHECKLIST_STATEMENTS, CHECKLIST_THEMES } from "./content";
import { formatNumber } from "@/lib/format";
import type { ChecklistTrend, ScoreSummary, StatementSummary, ThemeSummary } from "./rules";

export type DistributionRow = {
  key: string;
  /** Short label on the chart axis: "1.1" or "Strategie". */
  label: string;
  /** Full text for the table: the statement or the theme question. */
  text: string;
  count: number;
  mean: number | null;
  /** Number of answers per score, 1 to 4. */
  scores: [number, number, number, number];
};

function row(key: string, label: string, text: string, summary: ScoreSummary): DistributionRow {
  const d = summary.distribution;
  return { key, label, text, count: summary.count, mean: summary.mean, scores: [d[1], d[2], d[3], d[4]] };
}

export function statementRows(summaries: readonly StatementSummary[]): DistributionRow[] {
  return summaries.map((s) => {
    const statement = CHECKLIST_STATEMENTS.find((x) => x.id === s.statementId)!;
    return row(s.statementId, s.statementId, statement.text, s);
  });
}

export function themeRows(summaries: readonly ThemeSummary[]): DistributionRow[] {
  return summaries.map((s) => {
    const theme = CHECKLIST_THEMES.find((x) => x.id === s.themeId)!;
    return row(s.themeId, theme.shortName, theme.title, s);
  });
}

/** "2,5" or "geen antwoorden". */
function formatMean(mean: number | null): string {
  return mean === null ? "geen antwoorden" : formatNumber(mean, 1);
}

/**
 * "Stelling 1.1: 3 antwoorden; 1× Oneens, 2× Eerder eens; gemiddeld 2,3." — only the scores that
 * were given, so the sentence stays short enough to listen to.
 */
export function describeDistribution(rows: readonly DistributionRow[], noun: "Stelling" | "Thema"): string {
  return rows
    .map((r) => {
      if (r.count === 0) return `${noun} ${r.label}: geen antwoorden.`;
      const parts = CHECKLIST_SCALE.flatMap((s, i) => (r.scores[i]! > 0 ? [`${r.scores[i]}× ${s.label}`] : []));
      const answers = `${r.count} ${r.count === 1 ? "antwoord" : "antwoorden"}`;
      return `${noun} ${r.label}: ${answers}; ${parts.join(", ")}; gemiddeld ${formatMean(r.mean)}.`;
    })
    .join(" ");
}

export type TrendRow = { roundId: string; label: string } & Record<string, number | string | null>;

/** One row per round with the mean per theme (keyed by theme id), for the line chart and its table. */
export function themeTrendRows(trend: ChecklistTrend): TrendRow[] {
  const first = trend.themes[CHECKLIST_THEMES[0].id];
  return first.map((point, index) => {
    const out: TrendRow = { roundId: point.roundId, label: point.label };
    for (const theme of CHECKLIST_THEMES) out[theme.id] = trend.themes[theme.id][index]!.mean;
    return out;
  });
}

export function describeTrend(rows: readonly TrendRow[]): string {
  if (rows.length === 0) return "Nog geen rondes met antwoorden.";
  return CHECKLIST_THEMES.map((theme) => {
    const points = rows.map((r) => `${r.label} ${formatMean(r[theme.id] as number | null)}`);
    return `${theme.shortName}: ${points.join(", ")}.`;
  }).join(" ");
}
