// Input of the wegwijzer actions, read the way the browser posts the form: every value a string.
import { numbersAsText, optionalText, requiredText, uuid, z } from "@/lib/zod";
import { WEGWIJZER_QUESTIONS } from "./content";

/** The form field of a wegwijzer question: q1 … q5. */
export const questionField = (number: number) => `q${number}`;

const questionFields = Object.fromEntries(
  WEGWIJZER_QUESTIONS.map((q) => [
    questionField(q.number),
    z.preprocess(numbersAsText, z.enum(["1", "2"], { error: `Kies bij vraag ${q.number} een van de twee antwoorden.` }).transform(Number)),
  ]),
) as Record<string, z.ZodType<number>>;

export const SaveWegwijzerRun = z
  .object({
    title: requiredText("de titel", "title"),
    notes: optionalText("de notities", "long"),
    contractId: z
      .string()
      .optional()
      .transform((v) => (v ? v : null))
      .pipe(uuid.nullable()),
    ...questionFields,
  })
  .transform(({ title, notes, contractId, ...rest }) => ({
    title,
    notes,
    contractId,
    answers: WEGWIJZER_QUESTIONS.map((q) => (rest as Record<string, number>)[questionField(q.number)]!),
  }));
export type SaveWegwijzerRun = z.infer<typeof SaveWegwijzerRun>;
