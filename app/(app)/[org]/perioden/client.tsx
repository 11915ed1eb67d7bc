"use client";

import { Field, FormAlert, SubmitButton, useFormAction, type FormState } from "@/app/_components/ui/form";

type Action = (state: FormState, form: FormData) => Promise<FormState>;

export function CloseQuarterButton({ action, quarter, label }: { action: Action; quarter: string; label: string }) {
  const { state, pending, onSubmit } = useFormAction(action, {
    confirm: `${label} afsluiten? De cijfers van dit kwartaal worden vastgelegd; heropenen kan alleen met een coördinator én een beheerder.`,
  });
  return (
    <form onSubmit={onSubmit}>
      <input type="hidden" name="quarter" value={quarter} />
      <SubmitButton pending={pending}>
        <span>
          Kwartaal afsluiten<span className="visually-hidden"> ({label})</span>
        </span>
      </SubmitButton>
      {state && !state.ok ? <p className="field-error">{state.error}</p> : null}
    </form>
  );
}

export function RequestReopenForm({ action, closeId, label }: { action: Action; closeId: string; label: string }) {
  const { state, pending, onSubmit, fieldError } = useFormAction(action);
  return (
    <details className="period-reopen">
      <summary>Heropenen aanvragen</summary>
      <form onSubmit={onSubmit}>
        <FormAlert state={state} />
        <input type="hidden" name="closeId" value={closeId} />
        <Field name={`reason-${closeId}`} label={`Reden om ${label} te heropenen`} error={fieldError("reason")}>
          {(aria) => <textarea {...aria} name="reason" rows={3} required minLength={10} />}
        </Field>
        <SubmitButton pending={pending} variant="secondary">
          Verzoek indienen
        </SubmitButton>
      </form>
    </details>
  );
}

export function ApproveReopenButton({ action, closeId, label }: { action: Action; closeId: string; label: string }) {
  const { state, pending, onSubmit } = useFormAction(action, {
    confirm: `${label} heropenen? Dashboards tonen dan weer de actuele cijfers van dit kwartaal.`,
  });
  return (
    <form onSubmit={onSubmit}>
      <input type="hidden" name="closeId" value={closeId} />
      <SubmitButton pending={pending} variant="danger">
        <span>
          Heropenen goedkeuren<span className="visually-hidden"> ({label})</span>
        </span>
      </SubmitButton>
      {state && !state.ok ? <p className="field-error">{state.error}</p> : null}
    </form>
  );
}
