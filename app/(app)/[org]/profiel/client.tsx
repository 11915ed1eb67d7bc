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
