"use client";

import type { ReactNode } from "react";
import { FormAlert, SubmitButton, useFormAction, type FormState } from "@/app/_components/ui/form";

type ServerAction = (state: FormState, form: FormData) => Promise<FormState>;

/** The seven steps (rendered on the server as children) saved in one go, with the version read. */
export function ChecklistForm(props: { action: ServerAction; version: number; children: ReactNode }) {
  const { state, pending, onSubmit } = useFormAction(props.action);
  return (
    <form className="stack stack-wide" onSubmit={onSubmit} noValidate>
      <FormAlert state={state} />
      <input type="hidden" name="version" value={props.version} />
      {props.children}
      <div className="actions no-print">
        <SubmitButton pending={pending}>Checklist opslaan</SubmitButton>
      </div>
    </form>
  );
}

export function ShareForm(props: { action: ServerAction; version: number; shared: boolean; hasSupplier: boolean }) {
  const { state, pending, onSubmit } = useFormAction(props.action);
  return (
    <form className="stack no-print" onSubmit={onSubmit} noValidate>
      <FormAlert state={state} />
      <input type="hidden" name="version" value={props.version} />
      <input type="hidden" name="shared" value={String(!props.shared)} />
      <p className="small">
        {props.shared
          ? "De leverancier van dit contract kan deze checklist lezen."
          : props.hasSupplier
            ? "Alleen je eigen organisatie ziet deze checklist."
            : "Alleen je eigen organisatie ziet deze checklist. Zodra er een leverancier is gekoppeld, kan die hem lezen als je hem deelt."}
      </p>
      <div className="actions">
        <SubmitButton pending={pending} variant="secondary">
          {props.shared ? "Niet meer delen met de leverancier" : "Delen met de leverancier"}
        </SubmitButton>
      </div>
    </form>
  );
}
