"use client";

import { useEffect, useRef, type ReactNode } from "react";
import { FormAlert, SubmitButton, useFormAction, type FormState } from "@/app/_components/ui/form";

export type WheelAction = (state: FormState, form: FormData) => Promise<FormState>;
export type WheelRef = { id: string; version: number };

/**
 * A form that changes a wheel through its own server action: it posts the wheel and the version the
 * page was built on, so a save on top of someone else's newer save is refused as a conflict. What
 * the user typed stays in the fields on any error; an "add" form empties itself after a successful save.
 */
export function WheelForm(props: {
  action: WheelAction;
  wheel: WheelRef;
  hidden?: Record<string, string>;
  submitLabel: ReactNode;
  variant?: "secondary" | "danger";
  resetOnSuccess?: boolean;
  /** Runs after a successful save, e.g. to reset a form's own state along with its fields. */
  onSuccess?: () => void;
  confirm?: string;
  className?: string;
  compact?: boolean;
  children?: (fieldError: (name: string) => string | undefined) => ReactNode;
}) {
  const { state, pending, onSubmit, fieldError } = useFormAction(props.action, { confirm: props.confirm });
  const ref = useRef<HTMLFormElement>(null);
  const { resetOnSuccess, onSuccess } = props;
  useEffect(() => {
    if (!state?.ok) return;
    if (resetOnSuccess) ref.current?.reset();
    onSuccess?.();
    // Only a new answer from the server counts, not a new onSuccess function.
  }, [state, resetOnSuccess]);
  const hidden = (
    <>
      <input type="hidden" name="wheelId" value={props.wheel.id} />
      <input type="hidden" name="version" value={props.wheel.version} />
      {Object.entries(props.hidden ?? {}).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
    </>
  );
  if (props.compact) {
    // A single button (remove, move, publish): the message appears next to it.
    return (
      <form ref={ref} onSubmit={onSubmit} className={props.className ?? "inline-form"}>
        {hidden}
        <SubmitButton pending={pending} variant={props.variant}>
          {props.submitLabel}
        </SubmitButton>
        {state && !state.ok ? (
          <span className="field-error" role="alert">
            {state.error}
          </span>
        ) : null}
      </form>
    );
  }
  return (
    <form ref={ref} onSubmit={onSubmit} className={props.className ?? "stack"} noValidate>
      <FormAlert state={state} />
      {hidden}
      {props.children?.(fieldError)}
      <div className="actions">
        <SubmitButton pending={pending} variant={props.variant}>
          {props.submitLabel}
        </SubmitButton>
      </div>
    </form>
  );
}
