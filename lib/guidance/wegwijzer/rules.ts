// The wegwijzer's assembly rule (PIANOo "Organisatie Strategische Inkoop", III.2 and the worked
// example of V): per activity in the order F, A, S, U, the general cell of that activity first,
// then the cell of the chosen option of each question in question order. Cells the document
// leaves empty give nothing. Pure: no I/O, content comes from ./content.ts and ./cells.ts.
import { ValidationError } from "@/lib/errors";
import {
  ACTIVITY_CODES,
  WEGWIJZER_ACTIVITIES,
  WEGWIJZER_QUESTIONS,
  type ActivityCode,
  type CellCode,
  type OptionNumber,
  type WegwijzerActivity,
  type WegwijzerCell,
} from "./content";
import { WEGWIJZER_CELLS } from "./cells";
import type { SourceReference } from "@/lib/guidance/source";

/** The chosen option (1 or 2) of each of the five questions, in question order. */
export type WegwijzerAnswers = readonly [OptionNumber, OptionNumber, OptionNumber, OptionNumber, OptionNumber];

export type AdviceCells = Record<ActivityCode, CellCode[]>;

type AdviceBlock = { code: CellCode; activity: ActivityCode; text: string; reference: SourceReference };

export type AdviceSection = { activity: WegwijzerActivity; blocks: AdviceBlock[] };

const CELLS_BY_CODE: ReadonlyMap<CellCode, WegwijzerCell> = new Map(WEGWIJZER_CELLS.map((cell) => [cell.code, cell]));

export function wegwijzerCell(code: CellCode): WegwijzerCell | undefined {
  return CELLS_BY_CODE.get(code);
}

/**
 * Checks that there are exactly five answers, each 1 or 2. Throws a ValidationError with a
 * Dutch message and a field error per wrong answer (`answers.<question number>`).
 */
export function parseWegwijzerAnswers(input: unknown): WegwijzerAnswers {
  const count = WEGWIJZER_QUESTIONS.length;
  if (!Array.isArray(input) || input.length !== count) {
    const got = Array.isArray(input) ? `${input.length} ${input.length === 1 ? "antwoord" : "antwoorden"}` : "geen lijst";
    throw new ValidationError(
      { answers: `Beantwoord alle ${count} vragen (ontvangen: ${got}).` },
      `De wegwijzer heeft precies ${count} antwoorden nodig, elk 1 of 2.`,
    );
  }
  const errors: Record<string, string> = {};
  input.forEach((answer, index) => {
    if (answer !== 1 && answer !== 2) errors[`answers.${index + 1}`] = `Kies bij vraag ${index + 1} optie 1 of 2.`;
  });
  if (Object.keys(errors).length > 0) {
    throw new ValidationError(errors, `De wegwijzer heeft precies ${count} antwoorden nodig, elk 1 of 2.`);
  }
  return input as unknown as WegwijzerAnswers;
}

/** The cell codes that give advice for these answers, per activity, in reading order. */
export function adviceCells(answers: readonly number[]): AdviceCells {
  const chosen = parseWegwijzerAnswers(answers);
  const result = {} as AdviceCells;
  for (const activity of ACTIVITY_CODES) {
    const candidates: CellCode[] = [
      `${activity}a`,
      ...WEGWIJZER_QUESTIONS.map((question, index): CellCode => `${activity}${question.number}${chosen[index]}`),
    ];
    result[activity] = candidates.filter((code) => CELLS_BY_CODE.get(code)?.advice != null);
  }
  return result;
}

/** The advice itself: per activity (F, A, S, U) its blocks with cell code, text and reference. */
export function assembleAdvice(answers: readonly number[]): AdviceSection[] {
  const cells = adviceCells(answers);
  return WEGWIJZER_ACTIVITIES.map((activity) => ({
    activity,
    blocks: cells[activity.code].map((code) => {
      const advice = CELLS_BY_CODE.get(code)!.advice!;
      return { code, activity: activity.code, text: advice.text, reference: advice.reference };
    }),
  }));
}

/** How many points the summary above the tips holds. */
const SUMMARY_POINTS = 3;

export type AdviceSummaryPoint = {
  question: number;
  /** The answer as the user chose it. */
  answer: string;
  /** What to do first because of that answer, in plain Dutch. */
  text: string;
  /** The cells behind the point, in reading order: the source reference. */
  cells: CellCode[];
  /** The activities whose tips work the point out. */
  activities: string[];
};

/**
 * What to do first, from the answers: the answers that bring the most tips across the activities
 * shape the organisation of the procurement most, so they lead (ties in question order). Each
 * point is that answer's summary with the cells it rests on. The general cells are the same for
 * every answer and stay with the tips below.
 */
export function summariseAdvice(answers: readonly number[]): AdviceSummaryPoint[] {
  const cells = adviceCells(answers);
  const chosen = parseWegwijzerAnswers(answers);
  const points = WEGWIJZER_QUESTIONS.flatMap((question, index) => {
    const option = question.options.find((o) => o.number === chosen[index])!;
    const own = ACTIVITY_CODES.flatMap((activity) =>
      cells[activity].filter((code) => {
        const cell = CELLS_BY_CODE.get(code)!;
        return cell.belongsTo !== "general" && cell.belongsTo.question === question.number;
      }),
    );
    if (own.length === 0 || option.summary === null) return [];
    const activities = WEGWIJZER_ACTIVITIES.filter((a) => own.some((code) => code.startsWith(a.code))).map((a) => a.name);
    return [{ question: question.number, answer: option.label, text: option.summary, cells: own, activities }];
  });
  return points
    .map((point, order) => ({ point, order }))
    .sort((a, b) => b.point.cells.length - a.point.cells.length || a.order - b.order)
    .slice(0, SUMMARY_POINTS)
    .map(({ point }) => point);
}
