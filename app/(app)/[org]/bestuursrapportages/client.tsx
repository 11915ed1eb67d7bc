"use client";

import { Field, FormAlert, SubmitButton, useFormAction, type FormState } from "@/app/_components/ui/form";

type Action = (state: FormState, form: FormData) => Promise<FormState>;
type QuarterOption = { value: string; label: string };

/** The coordinator's form: title, period, verified values only, and the text for the board. */
export function BoardReportForm(props: { action: Action; quarters: QuarterOption[]; from: string; to: string; defaultTitle: string }) {
  const { state, pending, onSubmit, fieldError } = useFormAction(props.action, {
    confirm: "Bestuursrapportage vastleggen? De cijfers van vandaag worden bewaard zoals ze zijn en later niet meer herberekend.",
  });
  return (
    <form onSubmit={onSubmit} noValidate>
      <FormAlert state={state} />
      <Field name="title" label="Titel" error={fieldError("title")}>
        {(aria) => <input {...aria} name="title" defaultValue={props.defaultTitle} maxLength={200} required />}
      </Field>
      <div className="filter-grid">
        <Field name="from" label="Van kwartaal" error={fieldError("from")}>
          {(aria) => (
            <select {...aria} name="from" defaultValue={props.from}>
              {props.quarters.map((q) => (
                <option key={q.value} value={q.value}>
                  {q.label}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field name="to" label="Tot en met kwartaal" error={fieldError("to")}>
          {(aria) => (
            <select {...aria} name="to" defaultValue={props.to}>
              {props.quarters.map((q) => (
                <option key={q.value} value={q.value}>
                  {q.label}
                </option>
              ))}
            </select>
          )}
        </Field>
      </div>
      <div className="field">
        <label className="checkbox-label" htmlFor="board-verified-only">
          <input id="board-verified-only" type="checkbox" name="verifiedOnly" value="ja" />
          Alleen geverifieerde waarden
        </label>
      </div>
      <Field
        name="summary"
        label="Toelichting voor het bestuur"
        hint="Wat gaat goed, wat vraagt aandacht, wat vraagt u van het bestuur. Hoogstens 5000 tekens."
        error={fieldError("summary")}
      >
        {(aria) => <textarea {...aria} name="summary" rows={8} maxLength={5000} required />}
      </Field>
      <SubmitButton pending={pending}>Bestuursrapportage vastleggen</SubmitButton>
    </form>
  );
}
