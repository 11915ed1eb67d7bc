"use client";

import { startTransition, useActionState, useEffect, useMemo, useRef, useSyncExternalStore, type FormEvent, type ReactNode } from "react";
import { confirmUnshown, deliver, handOver, settle, type FocusAfterSave } from "@/app/_components/ui/form-feedback";
import { clearPageConfirmation } from "@/app/_components/ui/page-confirmation";
import { guardedUpload, type UploadLimit, type UploadRefusal } from "@/app/_components/ui/upload";

export { FormAlert } from "@/app/_components/ui/form-feedback";

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
  /** The confirmation after a save, when the form can say better what was saved than the action ("Score opgeslagen voor …"). */
  success?: string;
  /** Where focus goes after a save: the confirmation (default), or the heading of the form's section for a form the user goes on with. */
  focusAfterSave?: FocusAfterSave;
};

/**
 * Submits a form to a server action without React's automatic form reset, so whatever the user
 * typed stays in the fields when the server answers with an error. The pressed button's name and
 * value go along, as in a native submit. send() posts data built by hand, for a control that sits
 * inside another form and so cannot be a form of its own.
 *
 * Every answer is shown by the form's FormAlert, which moves focus to the confirmation or to the
 * error summary. A save whose form leaves the page with the answer is confirmed at the top of the
 * page instead, with focus there. A save of a form without a FormAlert (a button in a table row) is
 * said at the top of the page too, while focus goes back to its button, disabled while sending.
 */
export function useFormAction<S extends Answer = FormState>(
  action: (state: NoInfer<S> | UploadRefusal | null, formData: FormData) => Promise<S>,
  options: FormActionOptions = {},
) {
  const limit = options.upload?.limit;
  const field = options.upload?.field ?? "file";
  const { success, focusAfterSave: focus } = options;
  const mounted = useRef(false);
  const latest = useRef<object | null>(null);
  const run = useMemo(() => {
    const post = limit ? guardedUpload<S | null>(action, limit, field) : action;
    return async (state: S | UploadRefusal | null, data: FormData) => {
      const answer = await post(state, data);
      if (answer) {
        deliver(answer, { success, focus });
        latest.current = answer;
        if (!mounted.current) handOver(answer);
      }
      return answer;
    };
  }, [action, limit, field, success, focus]);
  const [state, dispatch, pending] = useActionState<S | UploadRefusal | null, FormData>(run, null);
  const form = useRef<HTMLFormElement | null>(null);
  // What sent the form: its button is disabled while sending, which drops focus to the page.
  const origin = useRef<HTMLElement | null>(null);
  useEffect(() => {
    mounted.current = true;
    return () => {
      mounted.current = false;
      if (latest.current) handOver(latest.current);
    };
  }, []);
  useEffect(() => {
    if (!state) return;
    settle(state);
    confirmUnshown(state);
    // FormAlert has moved focus by now (a child's effects run first); without one, back to what was pressed.
    if ((!document.activeElement || document.activeElement === document.body) && origin.current?.isConnected) origin.current.focus();
    // A form that creates something (an invitation) starts empty again after success, so a second
    // click does not send the same thing twice; on errors the input always stays.
    if (options.resetOnSuccess && state.ok) form.current?.reset();
  }, [state, options.resetOnSuccess]);
  function dispatchAfterConfirm(data: FormData) {
    if (options.confirm && !window.confirm(options.confirm)) return;
    clearPageConfirmation();
    startTransition(() => dispatch(data));
  }
  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    form.current = event.currentTarget;
    const native = event.nativeEvent;
    const submitter = typeof SubmitEvent !== "undefined" && native instanceof SubmitEvent ? native.submitter : null;
    origin.current = submitter ?? event.currentTarget;
    dispatchAfterConfirm(new FormData(event.currentTarget, submitter));
  }
  function send(data: FormData) {
    origin.current = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    dispatchAfterConfirm(data);
  }
  const fieldError = (name: string) => (state && !state.ok ? state.fieldErrors?.[name] : undefined);
  return { state, pending, onSubmit, send, fieldError };
}

type FieldProps = {
  name: string;
  /** Only where two forms on one page have a field of the same name: the ids must differ. */
  id?: string;
  label: string;
  error?: string;
  hint?: string;
  children: (aria: { id: string; "aria-invalid": boolean; "aria-describedby"?: string }) => ReactNode;
};

/** A labelled field with its hint and its error message, both announced with the input. */
export function Field({ name, id = `field-${name}`, label, error, hint, children }: FieldProps) {
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

const noSubscription = () => () => {};

/**
 * False in the server's HTML, true once React runs in the browser. These forms are sent by their
 * onSubmit handler: a click before that exists would send the form as a plain GET to the page
 * itself, which saves nothing and puts what was typed in the address.
 */
function useHydrated(): boolean {
  return useSyncExternalStore(
    noSubscription,
    () => true,
    () => false,
  );
}

export function SubmitButton({ pending, children, variant }: { pending: boolean; children: ReactNode; variant?: "secondary" | "danger" }) {
  const className = variant ? `button button-${variant}` : "button";
  const hydrated = useHydrated();
  return (
    <button type="submit" className={className} disabled={pending || !hydrated} aria-busy={pending}>
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
