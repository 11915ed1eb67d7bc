"use client";

import { FormAlert, SubmitButton, useFormAction, type FormState } from "@/app/_components/ui/form";

export function DeriveWheelForm({ action }: { action: (state: FormState, form: FormData) => Promise<FormState> }) {
  const { state, pending, onSubmit } = useFormAction(action);
  return (
    <form onSubmit={onSubmit}>
      <FormAlert state={state} />
      <SubmitButton pending={pending}>Contractwiel afleiden</SubmitButton>
    </form>
  );
}
