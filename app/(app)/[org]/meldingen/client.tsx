"use client";

import { FormAlert, SubmitButton, useFormAction, type FormState } from "@/app/_components/ui/form";

type Action = (state: FormState, form: FormData) => Promise<FormState>;

export function MarkAllReadForm({ action }: { action: Action }) {
  const { state, pending, onSubmit } = useFormAction(action);
  return (
    <form className="stack" onSubmit={onSubmit} noValidate>
      <FormAlert state={state} />
      <div>
        <SubmitButton pending={pending} variant="secondary">
          Alles als gelezen markeren
        </SubmitButton>
      </div>
    </form>
  );
}
