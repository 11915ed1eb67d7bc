// Scoring of the strategic-procurement checklist (PIANOo, section IV). Several people of one buyer
// answer the same round; we summarise per statement and per theme (distribution and mean) and
// follow the means over rounds. The document defines no total: the theme figures are our own
// summary (THEME_SUMMARY_NOTE) and must be shown as such.
import { ValidationError } from "@/lib/errors";
import {
  CHECKLIST_SCALE,
  CHECKLIST_STATEMENTS,
  CHECKLIST_THEMES,
  THEME_SUMMARY_NOTE,
  type ChecklistScore,
  type ChecklistStatementId,
  type ChecklistThemeId,
} from "./content";

/** One person's answers in a round; a statement may be left open. */
export type ChecklistAnswers = Partial<Record<ChecklistStatementId, ChecklistScore>>;
export type ChecklistResponse = { respondentId: string; answers: ChecklistAnswers };
export type ChecklistRound = { id: string; label: string; responses: readonly ChecklistResponse[] };

type ScoreDistribution = Record<ChecklistScore, number>;
/** `mean` is null when nobody answered. */
export type ScoreSummary = { count: number; distribution: ScoreDistribution; mean: number | null };

export type StatementSummary = ScoreSummary & { statementId: ChecklistStatementId };
export type ThemeSummary = ScoreSummary & { themeId: ChecklistThemeId; note: typeof THEME_SUMMARY_NOTE };

type TrendPoint = { roundId: string; label: string; count: number; mean: number | null; change: number | null };
export type ChecklistTrend = {
  statements: Record<ChecklistStatementId, TrendPoint[]>;
  themes: Record<ChecklistThemeId, TrendPoint[]>;
};

const STATEMENT_IDS = new Set<string>(CHECKLIST_STATEMENTS.map((s) => s.id));
const SCORES = new Set<number>(CHECKLIST_SCALE.map((s) => s.score));

function isChecklistScore(value: unknown): value is ChecklistScore {
  return typeof value === "number" && SCORES.has(value);
}

/**
 * Validates one person's answers: only known statements, each scored 1–4 (whole numbers).
 * Field errors are keyed `answers.<statement id>`.
 */
export function parseChecklistAnswers(input: unknown): ChecklistAnswers {
  if (typeof input !== "object" || input === null || Array.isArray(input)) {
    throw new ValidationError({ answers: "Geef de antwoorden per stelling op." }, "De antwoorden zijn niet leesbaar.");
  }
  const errors: Record<string, string> = {};
  for (const [id, score] of Object.entries(input)) {
    if (!STATEMENT_IDS.has(id)) errors[`answers.${id}`] = `Stelling ${id} bestaat niet in de checklist.`;
    else if (score !== undefined && score !== null && !isChecklistScore(score)) {
      errors[`answers.${id}`] = `Kies bij stelling ${id} een score van 1 (Oneens) tot en met 4 (Helemaal eens).`;
    }
  }
  if (Object.keys(errors).length > 0) throw new ValidationError(errors);
  const answers: ChecklistAnswers = {};
  for (const [id, score] of Object.entries(input)) {
    if (isChecklistScore(score)) answers[id as ChecklistStatementId] = score;
  }
  return answers;
}

export function summarizeScores(scores: readonly ChecklistScore[]): ScoreSummary {
  const distribution: ScoreDistribution = { 1: 0, 2: 0, 3: 0, 4: 0 };
  let total = 0;
  for (const score of scores) {
    distribution[score] += 1;
    total += score;
  }
  return { count: scores.length, distribution, mean: scores.length === 0 ? null : total / scores.length };
}

function scoresFor(responses: readonly ChecklistResponse[], statementIds: readonly ChecklistStatementId[]): ChecklistScore[] {
  return responses.flatMap((response) =>
    statementIds.map((id) => response.answers[id]).filter((score): score is ChecklistScore => score !== undefined),
  );
}

/** Per statement, in the document's order. */
export function statementSummaries(responses: readonly ChecklistResponse[]): StatementSummary[] {
  return CHECKLIST_STATEMENTS.map((statement) => ({
    statementId: statement.id,
    ...summarizeScores(scoresFor(responses, [statement.id])),
  }));
}

/**
 * Per theme, in the document's order: all answers to the theme's statements pooled, so the mean
 * matches the distribution shown next to it. Our own summary, not a score from the document.
 */
export function themeSummaries(responses: readonly ChecklistResponse[]): ThemeSummary[] {
  return CHECKLIST_THEMES.map((theme) => {
    const ids = CHECKLIST_STATEMENTS.filter((s) => s.theme === theme.id).map((s) => s.id);
    return { themeId: theme.id, note: THEME_SUMMARY_NOTE, ...summarizeScores(scoresFor(responses, ids)) };
  });
}

/**
 * Means per statement and per theme over rounds, in the order given (oldest first). `change` is
 * the difference with the previous round's mean, null when either has no answers.
 */
export function checklistTrend(rounds: readonly ChecklistRound[]): ChecklistTrend {
  const perRound = rounds.map((round) => ({
    round,
    statements: statementSummaries(round.responses),
    themes: themeSummaries(round.responses),
  }));
  const series = (pick: (index: number) => ScoreSummary[], position: number): TrendPoint[] => {
    let previous: number | null = null;
    return perRound.map(({ round }, index) => {
      const summary = pick(index)[position]!;
      const change = summary.mean !== null && previous !== null ? summary.mean - previous : null;
      previous = summary.mean;
      return { roundId: round.id, label: round.label, count: summary.count, mean: summary.mean, change };
    });
  };
  const statements = {} as ChecklistTrend["statements"];
  CHECKLIST_STATEMENTS.forEach((statement, position) => {
    statements[statement.id] = series((index) => perRound[index]!.statements, position);
  });
  const themes = {} as ChecklistTrend["themes"];
  CHECKLIST_THEMES.forEach((theme, position) => {
    themes[theme.id] = series((index) => perRound[index]!.themes, position);
  });
  return { statements, themes };
}
