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
