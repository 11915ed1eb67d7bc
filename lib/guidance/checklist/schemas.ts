// Input of the checklist actions, read the way the browser posts the forms: every value a string.
// Ids of rounds are plain strings here on purpose: a malformed id is "not found" (the
// query says so), exactly like another tenant's id, never a validation message that tells them apart.
import { CHECKLIST_STATEMENTS, type ChecklistScore, type ChecklistStatementId } from "./content";
import { numbersAsText, optionalText, requiredText, version, z } from "@/lib/zod";

/** The form fields of a checklist statement: "score:1.1" and "comment:1.1". */
const scoreField = (statementId: string) => `score:${statementId}`;
const commentField = (statementId: string) => `comment:${statementId}`;

export const OpenChecklistRound = z.object({ title: requiredText("de titel", "title") });
export type OpenChecklistRound = z.infer<typeof OpenChecklistRound>;

export const CloseChecklistRound = z.object({
  roundId: z.string({ error: "Onbekende ronde." }),
  version,
});
export type CloseChecklistRound = z.infer<typeof CloseChecklistRound>;

type ChecklistAnswerInput = { statementId: ChecklistStatementId; score: ChecklistScore; comment: string | null };

const answerFields: Record<string, z.ZodType> = {};
for (const statement of CHECKLIST_STATEMENTS) {
  answerFields[scoreField(statement.id)] = z.preprocess(
    numbersAsText,
    z
      .enum(["1", "2", "3", "4"], { error: `Kies bij stelling ${statement.id} een score van 1 (Oneens) tot en met 4 (Helemaal eens).` })
      .optional(),
  );
  answerFields[commentField(statement.id)] = optionalText("de opmerking", "short");
}

// Checked even when a score is wrong elsewhere, so the form shows every error in one round.
const everyErrorAtOnce = {
  when: (payload: z.core.ParsePayload) => typeof payload.value === "object" && payload.value !== null,
};

/**
 * One person's answers in a round. Statements left open are simply not saved (partial answers
 * are fine); a comment needs a score, because an answer is a score with an optional comment.
 */
export const AnswerChecklist = z
  .object({ roundId: z.string({ error: "Onbekende ronde." }), ...answerFields })
  .superRefine((value, ctx) => {
    const fields = value as Record<string, unknown>;
    for (const statement of CHECKLIST_STATEMENTS) {
      if (fields[commentField(statement.id)] && !fields[scoreField(statement.id)]) {
        ctx.addIssue({
          code: "custom",
          path: [commentField(statement.id)],
          message: `Kies bij stelling ${statement.id} ook een score; een opmerking hoort bij een score.`,
        });
      }
    }
  }, everyErrorAtOnce)
  .transform((value) => {
    const fields = value as Record<string, unknown>;
    const answers: ChecklistAnswerInput[] = CHECKLIST_STATEMENTS.flatMap((statement) => {
      const score = fields[scoreField(statement.id)];
      if (typeof score !== "string") return [];
      const comment = fields[commentField(statement.id)];
      return [{ statementId: statement.id, score: Number(score) as ChecklistScore, comment: (comment as string | null) ?? null }];
    });
    return { roundId: value.roundId, answers };
  });
export type AnswerChecklist = z.infer<typeof AnswerChecklist>;
