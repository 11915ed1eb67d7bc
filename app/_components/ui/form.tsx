"use client";

import { startTransition, useActionState, useEffect, useMemo, useRef, type FormEvent, type ReactNode } from "react";
import { Notice } from "@/app/_components/ui/notice";
import { guardedUpload, type UploadLimit, type UploadRefusal } from "@/app/_components/ui/upload";

type Refusal = { ok: false; error: string; code?: string; fieldErrors?: Record<string, string> };

export type FormState = null | { ok: true; message?: string } | Refusal;

/** What a form's server action may answer: a FormState, or an answer of its own (an import's preview) that refuses the same way. */
type Answer = null | { ok: true } | Refusal;

type FormActionOptions = {
  /** Empty the form after a successful save. */
  resetOnSuccess?: boolean;
  /**
   * The form sends a file in field (default "file"): one over the limit is refused before it is
   * sent, and a failed send becomes a message at that field (guardedUpload).
   */
  upload?: { limit: UploadLimit; field?: string };
  /**
   * A question asked before the form is sent, for what cannot be undone (a delete, a signature,
   * closing a round): nothing is sent unless the user agrees. Every such form asks this one way.
   */
  confirm?: string;
};

/**
 * Submits a form to a server action without React's automatic form reset, so whatever the user
 * typed stays in the fields when the server answers with an error. The pressed button's name and
 * value go along, as in a native submit. send() posts data built by hand, for a control that sits
 * inside another form and so cannot be a form of its own.
 */
export function useFormAction<S extends Answer = FormState>(
  action: (state: NoInfer<S> | UploadRefusal | null, formData: FormData) => Promise<S>,
  options: FormActionOptions = {},
) {
  const limit = options.upload?.limit;
  const field = options.upload?.field ?? "file";
  const run = useMemo(() => (limit ? guardedUpload<S | null>(action, limit, field) : action), [action, limit, field]);
  const [state, dispatch, pending] = useActionState<S | UploadRefusal | null, FormData>(run, null);
  const form = useRef<HTMLFormElement | null>(null);
  // A form that creates something (an invitation) starts empty again after success, so a second
  // click does not send the same thing twice; on errors the input always stays.
  useEffect(() => {
    if (options.resetOnSuccess && state?.ok) form.current?.reset();
  }, [state, options.resetOnSuccess]);
  function send(data: FormData) {
    if (options.confirm && !window.confirm(options.confirm)) return;
    startTransition(() => dispatch(data));
  }
  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    form.current = event.currentTarget;
    const native = event.nativeEvent;
    const submitter = typeof SubmitEvent !== "undefined" && native instanceof SubmitEvent ? native.submitter : null;
    send(new FormData(event.currentTarget, submitter));
  }
  const fieldError = (name: string) => (state && !state.ok ? state.fieldErrors?.[name] : undefined);
  return { state, pending, onSubmit, send, fieldError };
}

export function FormAlert({ state }: { state: FormState }) {
  if (!state) return null;
  if (state.ok) {
    return state.message ? <Notice>{state.message}</Notice> : null;
  }
  return <Notice tone="error">{state.error}</Notice>;
}

type FieldProps = {
  name: string;
  label: string;
  error?: string;
  hint?: string;
  children: (aria: { id: string; "aria-invalid": boolean; "aria-describedby"?: string }) => ReactNode;
};

/** A labelled field with its hint and its error message, both announced with the input. */
export function Field({ name, label, error, hint, children }: FieldProps) {
  const id = `field-${name}`;
  const describedBy = [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean).join(" ");
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      {hint ? (
        <span className="hint" id={`${id}-hint`}>
          {hint}
        </span>
      ) : null}
      {children({ id, "aria-invalid": Boolean(error), "aria-describedby": describedBy || undefined })}
      {error ? (
        <p className="field-error" id={`${id}-error`}>
          {error}
        </p>
      ) : null}
    </div>
  );
}

export function SubmitButton({ pending, children, variant }: { pending: boolean; children: ReactNode; variant?: "secondary" | "danger" }) {
  const className = variant ? `button button-${variant}` : "button";
  return (
    <button type="submit" className={className} disabled={pending} aria-busy={pending}>
      {pending ? "Bezig…" : children}
    </button>
  );
}

export type Option = { value: string; label: string };

/** The <option> list of a select, with an optional empty first choice. */
export function Options({ options, placeholder }: { options: Option[]; placeholder?: string }) {
  return (
    <>
      {placeholder !== undefined ? <option value="">{placeholder}</option> : null}
      {options.map((o) => (
        <option key={o.value} value={o.value}>
          {o.label}
        </option>
      ))}
    </>
  );
}

/** A radio group with its legend and error, announced together; in a row, or stacked when options carry a hint. */
export function RadioChoice(props: {
  name: string;
  legend: string;
  options: { value: string; label: string; hint?: string }[];
  initial: string;
  error?: string;
  layout?: "row" | "stack";
  /** For a form that shows other fields depending on the choice. */
  onChange?: (value: string) => void;
}) {
  const errorId = `field-${props.name}-error`;
  return (
    <fieldset className="field" aria-describedby={props.error ? errorId : undefined}>
      <legend>{props.legend}</legend>
      <div className={props.layout === "stack" ? "radio-stack" : "radio-row"}>
        {props.options.map((o) => (
          <label key={o.value}>
            <input
              type="radio"
              name={props.name}
              value={o.value}
              defaultChecked={props.initial === o.value}
              onChange={props.onChange ? () => props.onChange?.(o.value) : undefined}
            />
            <span>
              {o.label}
              {o.hint ? <span className="small muted"> – {o.hint}</span> : null}
            </span>
          </label>
        ))}
      </div>
      {props.error ? (
        <p className="field-error" id={errorId}>
          {props.error}
        </p>
      ) : null}
    </fieldset>
  );
}
