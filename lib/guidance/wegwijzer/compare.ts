// Comparing two wegwijzer runs: which advice cells an activity gains or loses when the answers
// change. Pure; the cells themselves come from adviceCells.
import { ACTIVITY_CODES, WEGWIJZER_QUESTIONS, type ActivityCode, type CellCode } from "./content";
import { adviceCells } from "./rules";

type CellChange = { code: CellCode; change: "kept" | "added" | "removed" };

export type ActivityComparison = {
  activity: ActivityCode;
  /** The earlier run's cells in its order, each marked kept or removed. */
  earlier: CellChange[];
  /** The later run's cells in its order, each marked kept or added. */
  later: CellChange[];
  added: CellCode[];
  removed: CellCode[];
};

export type AnswerChange = { question: number; earlier: number; later: number };

/** Per activity (F, A, S, U) what the later answers add to and remove from the earlier advice. */
export function compareAdviceCells(earlierAnswers: readonly number[], laterAnswers: readonly number[]): ActivityComparison[] {
  const before = adviceCells(earlierAnswers);
  const after = adviceCells(laterAnswers);
  return ACTIVITY_CODES.map((activity) => {
    const was = new Set(before[activity]);
    const is = new Set(after[activity]);
    return {
      activity,
      earlier: before[activity].map((code) => ({ code, change: is.has(code) ? "kept" : "removed" })),
      later: after[activity].map((code) => ({ code, change: was.has(code) ? "kept" : "added" })),
      added: after[activity].filter((code) => !was.has(code)),
      removed: before[activity].filter((code) => !is.has(code)),
    };
  });
}

/** The questions answered differently, in question order. */
export function changedAnswers(earlierAnswers: readonly number[], laterAnswers: readonly number[]): AnswerChange[] {
  return WEGWIJZER_QUESTIONS.flatMap((question, index) =>
    earlierAnswers[index] === laterAnswers[index]
      ? []
      : [{ question: question.number, earlier: earlierAnswers[index]!, later: laterAnswers[index]! }],
  );
}
