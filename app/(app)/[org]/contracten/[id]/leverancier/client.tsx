"use client";

import { useState, type FormEvent } from "react";
import { Field, FormAlert, SubmitButton, useFormAction, type FormState } from "@/app/_components/ui/form";
import { normaliseKvk } from "@/lib/organisations/rules";

type Props = {
  action: (state: FormState, form: FormData) => Promise<FormState>;
  /** False once the contract runs: its supplier stays, only the contact can change. */
  kvkEditable: boolean;
  defaults: { kvk: string; email: string };
  emailHint: string;
  submitLabel: string;
};

/**
 * Links a supplier by KvK number in up to two steps: when the number is already registered, the
 * server names the organisation at the KvK field and the form asks to confirm exactly that
 * number, so a typo never silently links a stranger. Everything typed stays in the form.
 */
export function InviteSupplierForm({ action, kvkEditable, defaults, emailHint, submitLabel }: Props) {
  const { state, pending, onSubmit, fieldError } = useFormAction(action);
  const [kvk, setKvk] = useState(defaults.kvk);
  const [submittedKvk, setSubmittedKvk] = useState("");
  const [asked, setAsked] = useState<{ kvk: string; text: string } | null>(null);
  const [answered, setAnswered] = useState(state);
  if (state !== answered) {
    setAnswered(state);
    const text = state && !state.ok ? state.fieldErrors?.confirmKvk : undefined;
    if (text) setAsked({ kvk: submittedKvk, text });
  }
  const confirming = asked !== null && asked.kvk === normaliseKvk(kvk);

  function submit(event: FormEvent<HTMLFormElement>) {
    setSubmittedKvk(normaliseKvk(kvk));
    onSubmit(event);
  }

  return (
    <form className="stack" onSubmit={submit} noValidate>
      <FormAlert state={state} />
      <Field
        name="kvk"
        label="KvK-nummer"
        hint={
          kvkEditable
            ? "8 cijfers. Is de leverancier al bekend in Groeipad, dan vragen we je te bevestigen dat je die bedoelt."
            : "Een lopend contract houdt zijn leverancier; alleen bij een concept kun je die vervangen."
        }
        error={fieldError("kvk")}
      >
        {(aria) => (
          <input
            {...aria}
            name="kvk"
            inputMode="numeric"
            autoComplete="off"
            maxLength={12}
            required
            readOnly={!kvkEditable}
            value={kvk}
            onChange={(event) => setKvk(event.target.value)}
          />
        )}
      </Field>
      {confirming ? (
        <div className="field">
          <label className="checkbox-label" style={{ fontWeight: 400 }}>
            <input type="checkbox" name="confirmKvk" value={asked.kvk} aria-describedby="confirm-kvk-hint" />
            Ja, dit is de leverancier van dit contract
          </label>
          <span className="hint" id="confirm-kvk-hint">
            {asked.text}
          </span>
        </div>
      ) : null}
      {kvkEditable ? (
        <Field
          name="name"
          label="Naam van de leverancier"
          hint="Alleen nodig als de leverancier nog niet in Groeipad staat."
          error={fieldError("name")}
        >
          {(aria) => <input {...aria} name="name" maxLength={200} autoComplete="organization" />}
        </Field>
      ) : null}
      <Field name="email" label="E-mailadres van de contactpersoon" hint={emailHint} error={fieldError("email")}>
        {(aria) => <input {...aria} name="email" type="email" autoComplete="email" defaultValue={defaults.email} />}
      </Field>
      <div className="actions">
        <SubmitButton pending={pending}>{confirming ? "Bevestigen en koppelen" : submitLabel}</SubmitButton>
      </div>
    </form>
  );
}
