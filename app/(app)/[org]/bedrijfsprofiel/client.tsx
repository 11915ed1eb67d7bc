"use client";

import { useState } from "react";
import { Field, FormAlert, Options, SubmitButton, useFormAction, type FormState } from "@/app/_components/ui/form";
import type { UploadLimit } from "@/app/_components/ui/upload";

type Action = (state: FormState, form: FormData) => Promise<FormState>;

export type FactFormValues = {
  factId: string;
  version: string;
  kind: string;
  year: string;
  value: string;
  scope1: string;
  scope2: string;
  scope3: string;
  description: string;
  validFrom: string;
  validUntil: string;
};

export type KindOption = { value: string; label: string; valueLabel: string | null; year: boolean; scopes: boolean };

/** A new fact, or a change of one: the fields follow the kind (a ladder step has no year, a footprint its scopes). */
export function FactForm(props: { action: Action; kinds: KindOption[]; initial: FactFormValues; idPrefix: string; submitLabel: string }) {
  const { state, pending, onSubmit, fieldError } = useFormAction(props.action, { resetOnSuccess: !props.initial.factId });
  const [kind, setKind] = useState(props.initial.kind || props.kinds[0].value);
  const shape = props.kinds.find((k) => k.value === kind) ?? props.kinds[0];
  const id = (name: string) => `${props.idPrefix}-${name}`;
  const text = (name: keyof FactFormValues, label: string, hint?: string, type = "text") => (
    <Field name={name} id={id(name)} label={label} hint={hint} error={fieldError(name)}>
      {(aria) => (
        <input
          {...aria}
          name={name}
          type={type}
          inputMode={type === "text" && name !== "description" ? "decimal" : undefined}
          defaultValue={props.initial[name]}
        />
      )}
    </Field>
  );
  return (
    <form onSubmit={onSubmit} className="stack" noValidate>
      <FormAlert state={state} />
      <input type="hidden" name="factId" value={props.initial.factId} />
      <input type="hidden" name="version" value={props.initial.version} />
      <Field name="kind" id={id("kind")} label="Soort gegeven" error={fieldError("kind")}>
        {(aria) => (
          <select {...aria} name="kind" value={kind} onChange={(e) => setKind(e.target.value)}>
            <Options options={props.kinds} />
          </select>
        )}
      </Field>
      {shape.year ? text("year", "Jaar", "Het jaar waarover het gaat, bijvoorbeeld 2025.") : null}
      {shape.valueLabel ? text("value", shape.valueLabel, "Gebruik een komma voor decimalen, bijvoorbeeld 12,5.") : null}
      {shape.scopes ? (
        <>
          {text("scope1", "Waarvan scope 1 (ton CO2e)")}
          {text("scope2", "Waarvan scope 2 (ton CO2e)")}
          {text("scope3", "Waarvan scope 3 (ton CO2e)")}
        </>
      ) : null}
      {text("description", "Certificaat of toelichting", "Bijvoorbeeld het certificaatnummer en de certificerende instelling.")}
      {text("validFrom", "Geldig vanaf", undefined, "date")}
      {text("validUntil", "Geldig tot en met", "Leeg als het gegeven niet verloopt.", "date")}
      <div>
        <SubmitButton pending={pending}>{props.submitLabel}</SubmitButton>
      </div>
    </form>
  );
}

/** A button that sends fixed fields, after a question when it cannot be undone. */
export function ActionButton(props: {
  action: Action;
  fields: Record<string, string>;
  label: string;
  hiddenLabel?: string;
  confirm?: string;
  variant?: "secondary" | "danger";
}) {
  const { state, pending, send } = useFormAction(props.action, { confirm: props.confirm });
  function run() {
    const data = new FormData();
    for (const [k, v] of Object.entries(props.fields)) data.set(k, v);
    send(data);
  }
  return (
    <span>
      <button
        type="button"
        onClick={run}
        className={`button button-${props.variant ?? "secondary"}`}
        disabled={pending}
        aria-busy={pending}
      >
        {pending ? "Bezig…" : props.label}
        {props.hiddenLabel ? <span className="visually-hidden"> {props.hiddenLabel}</span> : null}
      </button>
      {state && !state.ok ? (
        <span className="field-error" role="alert">
          {" "}
          {state.error}
        </span>
      ) : null}
    </span>
  );
}

/** A certificate or other evidence for one fact, checked by its content on the server. */
export function FactFileUpload(props: { action: Action; factId: string; label: string; limit: UploadLimit }) {
  const { state, pending, onSubmit } = useFormAction(props.action, { upload: { limit: props.limit }, resetOnSuccess: true });
  const error = state && !state.ok ? (state.fieldErrors?.file ?? state.error) : undefined;
  const inputId = `profile-file-${props.factId}`;
  return (
    <form onSubmit={onSubmit} className="stack" noValidate>
      <input type="hidden" name="factId" value={props.factId} />
      <div className="field">
        <label htmlFor={inputId}>Bewijsstuk toevoegen bij {props.label}</label>
        <span className="hint" id={`${inputId}-hint`}>
          PDF, afbeelding, Word, Excel, PowerPoint of CSV; maximaal {props.limit.size}.
        </span>
        <input
          id={inputId}
          name="file"
          type="file"
          aria-invalid={Boolean(error)}
          aria-describedby={error ? `${inputId}-hint ${inputId}-error` : `${inputId}-hint`}
        />
        {error ? (
          <p className="field-error" id={`${inputId}-error`} role="alert">
            {error}
          </p>
        ) : null}
      </div>
      <div>
        <SubmitButton pending={pending} variant="secondary">
          Uploaden
        </SubmitButton>
      </div>
      <FormAlert state={state?.ok ? state : null} />
    </form>
  );
}
