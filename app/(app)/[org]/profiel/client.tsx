"use client";

import { FormAlert, SubmitButton, useFormAction, type FormState } from "@/app/_components/ui/form";

type Action = (state: FormState, form: FormData) => Promise<FormState>;

export function RemindersForm({ action, wantsReminders }: { action: Action; wantsReminders: boolean }) {
  const { state, pending, onSubmit } = useFormAction(action);
  return (
    <form className="stack" onSubmit={onSubmit} noValidate>
      <FormAlert state={state} />
      <div>
        <input id="field-wantsReminders" type="checkbox" name="wantsReminders" defaultChecked={wantsReminders} />{" "}
        <label htmlFor="field-wantsReminders">Stuur mij herinneringen als een kwartaalrapportage bijna of te laat is</label>
      </div>
      <div>
        <SubmitButton pending={pending}>Opslaan</SubmitButton>
      </div>
    </form>
  );
}

export function SignOutEverywhereForm({ action }: { action: Action }) {
  const { state, pending, onSubmit } = useFormAction(action, {
    confirm: "Overal uitloggen? Je wordt op al je apparaten en in al je browsers uitgelogd, ook hier.",
  });
  return (
    <form className="stack" onSubmit={onSubmit} noValidate>
      <FormAlert state={state} />
      <div>
        <SubmitButton pending={pending} variant="danger">
          Overal uitloggen
        </SubmitButton>
      </div>
    </form>
  );
}

type PreferenceRow = { kind: string; label: string; delivery: string };

export function NotificationPreferencesForm({
  action,
  rows,
  choices,
}: {
  action: Action;
  rows: PreferenceRow[];
  choices: { value: string; label: string }[];
}) {
  const { state, pending, onSubmit } = useFormAction(action);
  const errors = state && !state.ok ? (state.fieldErrors ?? {}) : {};
  return (
    <form className="stack" onSubmit={onSubmit} noValidate>
      <FormAlert state={state} />
      {rows.map((row) => (
        <div key={row.kind} className="field">
          <label htmlFor={`field-${row.kind}`}>{row.label}</label>
          <select
            id={`field-${row.kind}`}
            name={row.kind}
            defaultValue={row.delivery}
            aria-invalid={errors[row.kind] ? true : undefined}
            aria-describedby={errors[row.kind] ? `error-${row.kind}` : undefined}
          >
            {choices.map((c) => (
              <option key={c.value} value={c.value}>
                {c.label}
              </option>
            ))}
          </select>
          {errors[row.kind] ? (
            <p id={`error-${row.kind}`} className="field-error">
              {errors[row.kind]}
            </p>
          ) : null}
        </div>
      ))}
      <div>
        <SubmitButton pending={pending}>Keuzes opslaan</SubmitButton>
      </div>
    </form>
  );
}
