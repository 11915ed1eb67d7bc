"use client";

import { useState } from "react";
import { FieldWarning } from "@/app/_components/ui/field-warning";
import { Field, FormAlert, Options, SubmitButton, useFormAction, type FormState, type Option } from "@/app/_components/ui/form";
import { dueDateQuestion } from "@/lib/roadmap/rules";

export type RoadmapFormValues = {
  title: string;
  description: string;
  strategy: string;
  themeId: string;
  owner: string;
  ownerSide: string;
  dueDate: string;
  status: string;
  version?: number;
};

export type StrategyChoice = { value: string; label: string; question: string };

/** Add or change one roadmap action; the X-curve question of each strategy helps choose. */
export function RoadmapForm(props: {
  action: (state: FormState, form: FormData) => Promise<FormState>;
  initial: RoadmapFormValues;
  strategies: StrategyChoice[];
  themes: Option[];
  statuses: Option[];
  period: { min: string; max: string; text: string };
  source: string;
  submitLabel: string;
  resetOnSuccess?: boolean;
  /** Amsterdam's date, to ask about a due date in the past. */
  today: string;
}) {
  const { state, pending, onSubmit, fieldError } = useFormAction(props.action, { resetOnSuccess: props.resetOnSuccess });
  const v = props.initial;
  // Asked at the field, not in a dialog: the form stays as typed and saves when the date is meant.
  const [dueDate, setDueDate] = useState(v.dueDate);
  const [status, setStatus] = useState(v.status);
  const question = dueDateQuestion(dueDate, status, props.today);
  const strategyError = fieldError("strategy");
  const sideError = fieldError("ownerSide");
  return (
    <form
      className="stack stack-wide"
      onSubmit={onSubmit}
      noValidate
      onReset={() => {
        setDueDate(v.dueDate);
        setStatus(v.status);
      }}
    >
      <FormAlert state={state} />
      {v.version !== undefined ? <input type="hidden" name="version" value={v.version} /> : null}
      <Field name="title" label="Titel" error={fieldError("title")}>
        {(aria) => <input {...aria} name="title" defaultValue={v.title} maxLength={200} required />}
      </Field>
      <Field
        name="description"
        label="Toelichting"
        hint="Optioneel: wat houdt de actie in en wanneer is ze geslaagd?"
        error={fieldError("description")}
      >
        {(aria) => <textarea {...aria} name="description" rows={3} defaultValue={v.description} maxLength={2000} />}
      </Field>
      <fieldset className="field" aria-describedby={strategyError ? "field-strategy-error" : "strategy-source"}>
        <legend>Strategie op de X-curve</legend>
        <div className="radio-stack">
          {props.strategies.map((s) => (
            <label key={s.value}>
              <input type="radio" name="strategy" value={s.value} defaultChecked={v.strategy === s.value} />
              <span>
                <strong>{s.label}</strong> <span className="muted">– {s.question}</span>
              </span>
            </label>
          ))}
        </div>
        <span className="hint" id="strategy-source">
          {props.source}
        </span>
        {strategyError ? (
          <p className="field-error" id="field-strategy-error">
            {strategyError}
          </p>
        ) : null}
      </fieldset>
      <div className="field-row">
        {props.themes.length > 0 ? (
          <Field name="themeId" label="Thema uit het Waardenwiel" error={fieldError("themeId")}>
            {(aria) => (
              <select {...aria} name="themeId" defaultValue={v.themeId}>
                <Options options={props.themes} placeholder="Geen thema" />
              </select>
            )}
          </Field>
        ) : null}
        <Field name="dueDate" label="Streefdatum" hint={`Binnen de looptijd: ${props.period.text}.`} error={fieldError("dueDate")}>
          {(aria) => (
            <>
              <input
                {...aria}
                aria-describedby={[aria["aria-describedby"], "dueDate-question"].filter(Boolean).join(" ")}
                name="dueDate"
                type="date"
                defaultValue={v.dueDate}
                min={props.period.min}
                max={props.period.max}
                required
                onChange={(e) => setDueDate(e.target.value)}
              />
              <FieldWarning id="dueDate-question" message={question} />
            </>
          )}
        </Field>
        <Field name="status" label="Status" error={fieldError("status")}>
          {(aria) => (
            <select {...aria} name="status" defaultValue={v.status} onChange={(e) => setStatus(e.target.value)}>
              <Options options={props.statuses} />
            </select>
          )}
        </Field>
      </div>
      <div className="field-row">
        <Field name="owner" label="Eigenaar" hint="Naam of functie, bijvoorbeeld: accountmanager leverancier." error={fieldError("owner")}>
          {(aria) => <input {...aria} name="owner" defaultValue={v.owner} maxLength={160} />}
        </Field>
        <fieldset className="field" aria-describedby={sideError ? "field-ownerSide-error" : undefined}>
          <legend>Eigenaar is van</legend>
          <div className="radio-row">
            <label>
              <input type="radio" name="ownerSide" value="buyer" defaultChecked={v.ownerSide === "buyer"} />
              Opdrachtgever
            </label>
            <label>
              <input type="radio" name="ownerSide" value="supplier" defaultChecked={v.ownerSide === "supplier"} />
              Opdrachtnemer
            </label>
          </div>
          {sideError ? (
            <p className="field-error" id="field-ownerSide-error">
              {sideError}
            </p>
          ) : null}
        </fieldset>
      </div>
      <div className="actions">
        <SubmitButton pending={pending}>{props.submitLabel}</SubmitButton>
      </div>
    </form>
  );
}

/** Removing an action asks for the version the page was built on, like every change. */
export function DeleteRoadmapItemForm(props: {
  action: (state: FormState, form: FormData) => Promise<FormState>;
  version: number;
  title: string;
}) {
  const { state, pending, onSubmit } = useFormAction(props.action, {
    confirm: `Actie "${props.title}" verwijderen? Dit kan niet ongedaan worden gemaakt.`,
  });
  return (
    <form onSubmit={onSubmit} className="stack">
      <FormAlert state={state} />
      <input type="hidden" name="version" value={props.version} />
      <div className="actions">
        <SubmitButton pending={pending} variant="danger">
          Actie verwijderen<span className="visually-hidden"> {props.title}</span>
        </SubmitButton>
      </div>
    </form>
  );
}
