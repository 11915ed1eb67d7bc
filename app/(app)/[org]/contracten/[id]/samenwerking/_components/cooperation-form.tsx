"use client";

import { Field, FormAlert, SubmitButton, useFormAction, type FormState } from "@/app/_components/ui/form";

export type CooperationChoice = { value: string; label: string; summary: string; traits: readonly string[] };
export type DreamPartnerField = { topic: string; label: string; guidance: string; examples: readonly string[]; value: string };

/** The buyer records the cooperation form and the six droompartner topics in one save. */
export function CooperationForm(props: {
  action: (state: FormState, form: FormData) => Promise<FormState>;
  version: number;
  cooperationForm: string;
  choices: CooperationChoice[];
  topics: DreamPartnerField[];
  questions: readonly string[];
  sources: { cooperation: string; dreamPartner: string };
}) {
  const { state, pending, onSubmit, fieldError } = useFormAction(props.action);
  const formError = fieldError("cooperationForm");
  return (
    <form className="stack stack-wide" onSubmit={onSubmit} noValidate>
      <FormAlert state={state} />
      <input type="hidden" name="version" value={props.version} />
      <fieldset className="field" aria-describedby={formError ? "field-cooperationForm-error" : "cooperation-questions"}>
        <legend>Samenwerkingsvorm</legend>
        <div className="hint" id="cooperation-questions">
          <p className="small">Drie vragen helpen kiezen: {props.questions.join(" ")}</p>
        </div>
        <div className="choice-cards">
          {props.choices.map((choice) => (
            <label key={choice.value} className="choice-card">
              <span className="choice-card-head">
                <input type="radio" name="cooperationForm" value={choice.value} defaultChecked={props.cooperationForm === choice.value} />
                <strong>{choice.label}</strong>
              </span>
              <span className="small">{choice.summary}</span>
              <ul className="small muted">
                {choice.traits.map((trait) => (
                  <li key={trait}>{trait}</li>
                ))}
              </ul>
            </label>
          ))}
        </div>
        <span className="hint">{props.sources.cooperation}</span>
        {formError ? (
          <p className="field-error" id="field-cooperationForm-error">
            {formError}
          </p>
        ) : null}
      </fieldset>
      <h2>Droompartner</h2>
      <p className="small muted">
        Wat zoek je in de partner? Vul de zes onderwerpen voor dit contract zelf in: de voorbeelden zijn een startpunt, geen standaard.{" "}
        {props.sources.dreamPartner}
      </p>
      {props.topics.map((t) => (
        <div key={t.topic} className="dream-topic">
          <Field name={t.topic} label={t.label} hint={t.guidance} error={fieldError(t.topic)}>
            {(aria) => <textarea {...aria} name={t.topic} rows={3} defaultValue={t.value} maxLength={4000} />}
          </Field>
          <details className="small">
            <summary>Voorbeelden bij {t.label.toLowerCase()}</summary>
            <ul>
              {t.examples.map((example) => (
                <li key={example}>{example}</li>
              ))}
            </ul>
          </details>
        </div>
      ))}
      <div className="actions">
        <SubmitButton pending={pending}>Samenwerking opslaan</SubmitButton>
      </div>
    </form>
  );
}
