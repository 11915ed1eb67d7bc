"use client";

import { ShownOnce } from "@/app/_components/ui/shown-once";
import { Field, FormAlert, SubmitButton, useFormAction, type FormState, type Option } from "@/app/_components/ui/form";
import type { CreatedToken } from "./actions";

type CreateAnswer = CreatedToken | Exclude<FormState, { ok: true } | null>;

export function CreateTokenForm(props: {
  action: (state: CreateAnswer | null, form: FormData) => Promise<CreateAnswer>;
  scopes: Option[];
  expiry: { min: string; max: string; suggested: string };
}) {
  const { state, pending, onSubmit, fieldError } = useFormAction<CreateAnswer>(props.action, { resetOnSuccess: true });
  const scopeError = fieldError("scopes") ?? fieldError("scopes.0");
  return (
    <form className="stack" onSubmit={onSubmit} noValidate>
      <FormAlert state={state} />
      {state?.ok ? <NewToken key={state.token} token={state.token} name={state.name} message={state.message} /> : null}
      <Field
        name="name"
        label="Naam"
        hint="Waarvoor het token dient, bijvoorbeeld het systeem dat ermee koppelt."
        error={fieldError("name")}
      >
        {(aria) => <input {...aria} name="name" autoComplete="off" maxLength={120} required />}
      </Field>
      <fieldset className="field" aria-describedby={scopeError ? "field-scopes-error" : undefined}>
        <legend>Wat het token mag (scopes)</legend>
        <p className="small muted">Het token kan nooit meer dan jouw eigen rol, en alleen wat je hier aanvinkt.</p>
        <div className="radio-stack">
          {props.scopes.map((scope) => (
            <label key={scope.value}>
              <input type="checkbox" name="scopes" value={scope.value} />
              <span>
                {scope.label} <code className="small">{scope.value}</code>
              </span>
            </label>
          ))}
        </div>
        {scopeError ? (
          <p className="field-error" id="field-scopes-error">
            {scopeError}
          </p>
        ) : null}
      </fieldset>
      <Field
        name="expiresOn"
        label="Geldig tot en met"
        hint="Hoogstens een jaar; daarna maak je een nieuw token."
        error={fieldError("expiresOn")}
      >
        {(aria) => (
          <input
            {...aria}
            name="expiresOn"
            type="date"
            min={props.expiry.min}
            max={props.expiry.max}
            defaultValue={props.expiry.suggested}
            required
          />
        )}
      </Field>
      <div>
        <SubmitButton pending={pending}>Token aanmaken</SubmitButton>
      </div>
    </form>
  );
}

/** The token, this once. */
function NewToken({ token, name, message }: { token: string; name: string; message: string }) {
  return (
    <ShownOnce id="new-token" label={<>Het nieuwe token “{name}”</>} value={token} message={message}>
      Bewaar het token nu op een veilige plek; Groeipad toont het niet opnieuw.
    </ShownOnce>
  );
}

export function RevokeTokenButton(props: {
  action: (state: FormState, form: FormData) => Promise<FormState>;
  tokenId: string;
  version: number;
  name: string;
}) {
  const { state, pending, onSubmit } = useFormAction(props.action, {
    confirm: `Het token “${props.name}” intrekken? Systemen die het gebruiken, krijgen meteen geen toegang meer.`,
  });
  return (
    <form onSubmit={onSubmit}>
      <input type="hidden" name="tokenId" value={props.tokenId} />
      <input type="hidden" name="version" value={props.version} />
      <SubmitButton pending={pending} variant="danger">
        <span>
          Intrekken<span className="visually-hidden"> {props.name}</span>
        </span>
      </SubmitButton>
      {state && !state.ok ? <p className="field-error">{state.error}</p> : null}
    </form>
  );
}
