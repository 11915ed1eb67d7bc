"use client";

import { FormAlert, SubmitButton, useFormAction, type FormState } from "@/app/_components/ui/form";

export function ParticipationForm(props: {
  action: (state: FormState, form: FormData) => Promise<FormState>;
  takingPart: boolean;
  version: number;
}) {
  const { state, pending, onSubmit } = useFormAction(props.action, {
    confirm: props.takingPart
      ? "Stoppen met de benchmark? De cijfers van jullie organisatie tellen dan niet meer mee, en jullie zien die van anderen niet meer."
      : undefined,
  });
  return (
    <form onSubmit={onSubmit} className="stack">
      <FormAlert state={state} />
      <input type="hidden" name="takePart" value={props.takingPart ? "false" : "true"} />
      <input type="hidden" name="version" value={props.version} />
      <div>
        <SubmitButton pending={pending} variant={props.takingPart ? "secondary" : undefined}>
          {props.takingPart ? "Stoppen met de benchmark" : "Meedoen aan de benchmark"}
        </SubmitButton>
      </div>
    </form>
  );
}
