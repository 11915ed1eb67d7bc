"use client";

import { Field, FormAlert, Options, SubmitButton, useFormAction, type FormState, type Option } from "@/app/_components/ui/form";

type Action = (state: FormState, form: FormData) => Promise<FormState>;

/** Saves the advice shown above; the answers travel along as hidden fields. */
export function SaveRunForm({ action, answers, contracts }: { action: Action; answers: number[]; contracts: Option[] }) {
  const { state, pending, onSubmit, fieldError } = useFormAction(action);
  const answerError = answers.map((_, i) => fieldError(`q${i + 1}`)).find(Boolean);
  return (
    <form className="stack" onSubmit={onSubmit} noValidate>
      <FormAlert state={state} />
      {answers.map((answer, i) => (
        <input key={i} type="hidden" name={`q${i + 1}`} value={answer} />
      ))}
      {answerError ? <p className="field-error">{answerError}</p> : null}
      <Field name="title" label="Titel" hint="Bijvoorbeeld het inkoopproject waar dit advies over gaat." error={fieldError("title")}>
        {(aria) => <input {...aria} name="title" type="text" maxLength={200} required />}
      </Field>
      <Field name="contractId" label="Contract in voorbereiding (optioneel)" error={fieldError("contractId")}>
        {(aria) => (
          <select {...aria} name="contractId" defaultValue="">
            <Options options={contracts} placeholder="Geen contract" />
          </select>
        )}
      </Field>
      <Field name="notes" label="Notities (optioneel)" error={fieldError("notes")}>
        {(aria) => <textarea {...aria} name="notes" rows={4} maxLength={4000} />}
      </Field>
      <div>
        <SubmitButton pending={pending}>Advies bewaren</SubmitButton>
      </div>
    </form>
  );
}
