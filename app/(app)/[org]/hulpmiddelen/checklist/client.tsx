"use client";

import { Field, FormAlert, SubmitButton, useFormAction, type FormState } from "@/app/_components/ui/form";

type Action = (state: FormState, form: FormData) => Promise<FormState>;

export function OpenRoundForm({ action }: { action: Action }) {
  const { state, pending, onSubmit, fieldError } = useFormAction(action);
  return (
    <form className="stack" onSubmit={onSubmit} noValidate>
      <FormAlert state={state} />
      <Field name="title" label="Titel van de ronde" hint="Bijvoorbeeld ‘Meting voorjaar 2027’." error={fieldError("title")}>
        {(aria) => <input {...aria} name="title" type="text" maxLength={200} required />}
      </Field>
      <div>
        <SubmitButton pending={pending}>Ronde openen</SubmitButton>
      </div>
    </form>
  );
}

/** Closing is final: the answers are fixed from then on, so the button asks first. */
export function CloseRoundForm({ action, roundId, version, title }: { action: Action; roundId: string; version: number; title: string }) {
  const { state, pending, onSubmit } = useFormAction(action, {
    confirm: `Ronde ‘${title}’ sluiten? Daarna kan niemand de antwoorden nog wijzigen.`,
  });
  return (
    <form className="close-round" onSubmit={onSubmit}>
      <input type="hidden" name="roundId" value={roundId} />
      <input type="hidden" name="version" value={version} />
      <SubmitButton pending={pending} variant="secondary">
        Ronde sluiten
      </SubmitButton>
      <FormAlert state={state} />
    </form>
  );
}
