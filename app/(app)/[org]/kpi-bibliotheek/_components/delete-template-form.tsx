"use client";

import { FormAlert, SubmitButton, useFormAction, type FormState } from "@/app/_components/ui/form";

export function DeleteTemplateForm(props: {
  action: (state: FormState, form: FormData) => Promise<FormState>;
  version: number;
  name: string;
}) {
  const { state, pending, onSubmit } = useFormAction(props.action, {
    confirm: `Sjabloon "${props.name}" verwijderen? Dit kan niet ongedaan worden gemaakt.`,
  });
  return (
    <form onSubmit={onSubmit} className="stack">
      <FormAlert state={state} />
      <input type="hidden" name="version" value={props.version} />
      <div className="actions">
        <SubmitButton pending={pending} variant="danger">
          Sjabloon verwijderen<span className="visually-hidden"> {props.name}</span>
        </SubmitButton>
      </div>
    </form>
  );
}
