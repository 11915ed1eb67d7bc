"use client";

import { Field, FormAlert, SubmitButton, useFormAction, type FormState } from "@/app/_components/ui/form";

type Action = (state: FormState, form: FormData) => Promise<FormState>;

/**
 * Saves the result shown above as a dated assessment. The tool's answers travel as hidden fields;
 * an error about them (someone edited the address) is shown above the visible fields, which keep
 * what was typed.
 */
export function SaveAssessmentForm(props: { action: Action; hidden: [name: string, value: string][]; today: string; submitLabel: string }) {
  const { state, pending, onSubmit, fieldError } = useFormAction(props.action);
  const visible = new Set(["title", "assessedOn", "notes"]);
  const answerErrors = state && !state.ok ? Object.entries(state.fieldErrors ?? {}).filter(([name]) => !visible.has(name)) : [];
  return (
    <form className="stack" onSubmit={onSubmit} noValidate>
      <FormAlert state={state} />
      {props.hidden.map(([name, value], i) => (
        <input key={`${name}-${i}`} type="hidden" name={name} value={value} />
      ))}
      {answerErrors.length > 0 ? (
        <ul className="field-error">
          {answerErrors.map(([name, message]) => (
            <li key={name}>{message}</li>
          ))}
        </ul>
      ) : null}
      <Field name="title" label="Titel" hint="Bijvoorbeeld ‘Nulmeting 2026’ of de naam van het overleg." error={fieldError("title")}>
        {(aria) => <input {...aria} name="title" type="text" maxLength={200} required />}
      </Field>
      <Field name="assessedOn" label="Datum van de inschatting" error={fieldError("assessedOn")}>
        {(aria) => <input {...aria} name="assessedOn" type="date" max={props.today} defaultValue={props.today} required />}
      </Field>
      <Field name="notes" label="Notities (optioneel)" error={fieldError("notes")}>
        {(aria) => <textarea {...aria} name="notes" rows={3} maxLength={4000} />}
      </Field>
      <div>
        <SubmitButton pending={pending}>{props.submitLabel}</SubmitButton>
      </div>
    </form>
  );
}
