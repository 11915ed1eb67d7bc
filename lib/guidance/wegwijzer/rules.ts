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
