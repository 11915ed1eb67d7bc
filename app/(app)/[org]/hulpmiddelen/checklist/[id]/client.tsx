"use client";

import { FormAlert, SubmitButton, useFormAction, type FormState } from "@/app/_components/ui/form";

type Action = (state: FormState, form: FormData) => Promise<FormState>;

type Statement = { id: string; text: string; items: string[]; notes: string[]; tips: { text: string; reference: string }[] };
type Theme = { id: string; title: string; shortName: string; statements: Statement[] };
type Answer = { score: number; comment: string };

/**
 * All twelve statements in one form. Whatever is chosen is saved, the rest can follow later;
 * the inputs keep what was typed when the server refuses something.
 */
export function AnswerForm(props: {
  action: Action;
  themes: Theme[];
  scale: { score: number; label: string }[];
  mine: Record<string, Answer>;
}) {
  const { state, pending, onSubmit, fieldError } = useFormAction(props.action);
  return (
    <form className="checklist-form" onSubmit={onSubmit} noValidate>
      {props.themes.map((theme) => (
        <section key={theme.id} className="card" aria-labelledby={`thema-${theme.id}`}>
          <h2 id={`thema-${theme.id}`}>
            {theme.shortName}: {theme.title}
          </h2>
          {theme.statements.map((statement) => {
            const scoreName = `score:${statement.id}`;
            const commentName = `comment:${statement.id}`;
            const scoreError = fieldError(scoreName);
            const commentError = fieldError(commentName);
            const mine = props.mine[statement.id];
            return (
              <fieldset key={statement.id} className="statement" aria-describedby={scoreError ? `${scoreName}-error` : undefined}>
                <legend>
                  <span className="statement-number">{statement.id}</span> {statement.text}
                </legend>
                {statement.items.length > 0 ? (
                  <ul className="statement-items">
                    {statement.items.map((item) => (
                      <li key={item}>{item}</li>
                    ))}
                  </ul>
                ) : null}
                {statement.notes.length > 0 ? (
                  <ul className="statement-notes small muted">
                    {statement.notes.map((note) => (
                      <li key={note}>{note}</li>
                    ))}
                  </ul>
                ) : null}
                <div className="score-options">
                  {props.scale.map((option) => (
                    <label key={option.score}>
                      <input
                        type="radio"
                        name={scoreName}
                        value={option.score}
                        defaultChecked={mine?.score === option.score}
                        aria-invalid={scoreError ? true : undefined}
                      />
                      {option.score} {option.label}
                    </label>
                  ))}
                </div>
                {scoreError ? (
                  <p className="field-error" id={`${scoreName}-error`}>
                    {scoreError}
                  </p>
                ) : null}
                <div className="field">
                  <label htmlFor={`field-${commentName}`}>Opmerking bij stelling {statement.id} (optioneel)</label>
                  <textarea
                    id={`field-${commentName}`}
                    name={commentName}
                    rows={2}
                    maxLength={2000}
                    defaultValue={mine?.comment ?? ""}
                    aria-invalid={Boolean(commentError)}
                    aria-describedby={commentError ? `field-${commentName}-error` : undefined}
                  />
                  {commentError ? (
                    <p className="field-error" id={`field-${commentName}-error`}>
                      {commentError}
                    </p>
                  ) : null}
                </div>
                <details className="tips">
                  <summary>Tips bij stelling {statement.id}</summary>
                  <ul>
                    {statement.tips.map((tip) => (
                      <li key={tip.text}>
                        {tip.text} <span className="advice-source">Bron: {tip.reference}</span>
                      </li>
                    ))}
                  </ul>
                </details>
              </fieldset>
            );
          })}
        </section>
      ))}
      {/* Next to the button, where the person is when the answer comes back. */}
      <div className="form-footer">
        <FormAlert state={state} />
        <div className="actions">
          <SubmitButton pending={pending}>Antwoorden opslaan</SubmitButton>
          <span className="small muted">Je kunt ook een deel opslaan en later verder gaan.</span>
        </div>
      </div>
    </form>
  );
}
