// The decision tree for a purchasing cooperation (handreiking buyer groups, "Gebruiksaanwijzing
// beslisboom"): three choices lead to the levels of cooperation (cumulative), the agreements the
// handreiking recommends and, for bundled volumes, the possible forms. Pure: no I/O.
import {
  BUNDLING_FORMS,
  CUMULATIVE_LEVELS,
  INPUT_STEP,
  LEVEL_AGREEMENTS,
  LEVEL_STEP,
  TERM_STEP,
  type Agreement,
  type CooperationLevel,
  type InputChoice,
  type Term,
  type TreeOption,
} from "./content";

export type TreeAnswers = {
  term: Term;
  input: InputChoice;
  level: CooperationLevel;
};

export type ParsedTreeAnswers =
  | { ok: true; answers: TreeAnswers }
  | {
      ok: false;
      errors: Partial<Record<keyof TreeAnswers, string>>;
      partial: Partial<TreeAnswers>;
    };

const isOption = <V extends string>(options: readonly TreeOption<V>[], value: unknown): value is V =>
  options.some((o) => o.value === value);

/** Checks the three choices; "input per project wisselen" exists only for the long term (stap 2). */
export function parseTreeAnswers(raw: Record<string, unknown>): ParsedTreeAnswers {
  const errors: Partial<Record<keyof TreeAnswers, string>> = {};
  const partial: Partial<TreeAnswers> = {};
  if (isOption(TERM_STEP.options, raw.term)) partial.term = raw.term;
  else errors.term = "Kies bij stap 1 korte of lange termijn.";
  if (isOption(INPUT_STEP.options, raw.input)) partial.input = raw.input;
  else errors.input = "Kies bij stap 2 de gewenste input per deelnemer.";
  if (isOption(LEVEL_STEP.options, raw.level)) partial.level = raw.level;
  else errors.level = "Kies bij stap 3 het niveau van samenwerking.";
  const inputOption = INPUT_STEP.options.find((o) => o.value === partial.input);
  if (partial.term && inputOption?.onlyFor && !inputOption.onlyFor.includes(partial.term)) {
    errors.input = "Input per project wisselen kan alleen bij een lange-termijnsamenwerking. Kies gelijke input of input uitbesteden.";
  }
  if (Object.keys(errors).length > 0) return { ok: false, errors, partial };
  return { ok: true, answers: partial as TreeAnswers };
}

export type CooperationOutcome = {
  answers: TreeAnswers;
  term: TreeOption<Term>;
  input: TreeOption<InputChoice>;
  level: TreeOption<CooperationLevel>;
  /** The chosen level and every level it needs, in order (the levels are cumulative). */
  levels: TreeOption<CooperationLevel>[];
  agreements: readonly Agreement[];
  /** Only for bundled volumes: the forms open to the chosen term; none named for the long term. */
  bundling: (typeof BUNDLING_FORMS)[Term] | null;
  /** The long-term branch is grey in the handreiking: shown, but marked as not validated. */
  notValidated: boolean;
};

export function cooperationOutcome(answers: TreeAnswers): CooperationOutcome {
  const parsed = parseTreeAnswers(answers);
  if (!parsed.ok) throw new RangeError(`Geen pad in de beslisboom: ${JSON.stringify(answers)}`);
  const term = TERM_STEP.options.find((o) => o.value === answers.term)!;
  const input = INPUT_STEP.options.find((o) => o.value === answers.input)!;
  const level = LEVEL_STEP.options.find((o) => o.value === answers.level)!;
  const upTo = CUMULATIVE_LEVELS.indexOf(answers.level);
  const levels = CUMULATIVE_LEVELS.slice(0, upTo + 1).map((value) => LEVEL_STEP.options.find((o) => o.value === value)!);
  return {
    answers,
    term,
    input,
    level,
    levels,
    agreements: LEVEL_AGREEMENTS[answers.level],
    bundling: answers.level === "bundelen" ? BUNDLING_FORMS[answers.term] : null,
    notValidated: Boolean(term.notValidated || input.notValidated),
  };
}

/** Every path through the tree, in the order of the options: 6 for the short term, 9 for the long. */
export function allTreePaths(): TreeAnswers[] {
  return TERM_STEP.options.flatMap((term) =>
    INPUT_STEP.options
      .filter((input) => !input.onlyFor || input.onlyFor.includes(term.value))
      .flatMap((input) =>
        LEVEL_STEP.options.map((level) => ({
          term: term.value,
          input: input.value,
          level: level.value,
        })),
      ),
  );
}
