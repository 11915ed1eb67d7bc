"use client";

import { Field, FormAlert, SubmitButton, useFormAction, type FormState } from "@/app/_components/ui/form";

/** Accepts the invitation; asks for a name when Groeipad has none for the address yet. */
export function AcceptForm({
  action,
  askName,
  nameMaxLength,
}: {
  action: (state: FormState, form: FormData) => Promise<FormState>;
  askName: boolean;
  nameMaxLength: number;
}) {
  const { state, pending, onSubmit, fieldError } = useFormAction(action);
  return (
    <form onSubmit={onSubmit}>
      <FormAlert state={state} />
      {askName ? (
        <Field
          name="name"
          label="Je naam"
          hint="Zo zien collega's en de andere partij wie er iets heeft gedaan."
          error={fieldError("name")}
        >
          {(aria) => <input {...aria} name="name" type="text" autoComplete="name" required maxLength={nameMaxLength} />}
        </Field>
      ) : null}
      <SubmitButton pending={pending}>Uitnodiging accepteren</SubmitButton>
    </form>
  );
}
