"use client";

// One small form for every review action: the page describes the fields, this renders them with
// their labels and errors and posts to the bound server action. The typed input stays when the
// server refuses (a stale version gives the conflict message), because nothing is reset then.
import { useState } from "react";
import { FieldWarning } from "@/app/_components/ui/field-warning";
import { FormAlert, SubmitButton, useFormAction, type FormState, type Option } from "@/app/_components/ui/form";
import { pastDateQuestion } from "@/lib/periods";

export type ReviewField = {
  name: string;
  label: string;
  type?: "text" | "textarea" | "select" | "checkbox" | "checkboxes" | "date" | "time" | "number" | "email";
  options?: Option[];
  placeholder?: string;
  defaultValue?: string;
  defaultValues?: string[];
  hint?: string;
  short?: boolean;
  /** For a date: Amsterdam's today, to ask under the field whether a date before it is meant. */
  askIfBefore?: string;
};

type Props = {
  action: (state: FormState, form: FormData) => Promise<FormState>;
  /** Prefix for the ids: several forms with the same field names live on one page. */
  idPrefix: string;
  hidden?: Record<string, string>;
  fields: ReviewField[];
  submit: string;
  variant?: "secondary" | "danger";
  /** Fields side by side instead of stacked. */
  row?: boolean;
  resetOnSuccess?: boolean;
  confirm?: string;
  /** The confirmation after a save, naming what was saved, instead of the action's general one. */
  success?: string;
};

export function ReviewForm({ action, idPrefix, hidden = {}, fields, submit, variant, row, resetOnSuccess, confirm, success }: Props) {
  const { state, pending, onSubmit, fieldError } = useFormAction(action, { resetOnSuccess, confirm, success });
  return (
    <form noValidate className="stack" style={{ maxWidth: "none", gap: "0.75rem" }} onSubmit={onSubmit}>
      <FormAlert state={state} />
      {Object.entries(hidden).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <div className={row ? "field-row" : "stack"} style={row ? undefined : { display: "flex", flexDirection: "column", gap: "0.75rem" }}>
        {fields.map((f, i) => (
          <ReviewInput
            key={`${f.name}-${i}`}
            field={f}
            id={`${idPrefix}-${i}-${f.name.replace(/[^\w-]/g, "-")}`}
            error={fieldError(f.name)}
          />
        ))}
      </div>
      <div className="actions">
        <SubmitButton pending={pending} variant={variant}>
          {submit}
        </SubmitButton>
      </div>
    </form>
  );
}

function ReviewInput({ field: f, id, error }: { field: ReviewField; id: string; error?: string }) {
  const [value, setValue] = useState(f.defaultValue ?? "");
  const asks = f.askIfBefore !== undefined;
  const aria = {
    id,
    "aria-invalid": Boolean(error),
    "aria-describedby":
      [f.hint ? `${id}-hint` : "", error ? `${id}-error` : "", asks ? `${id}-question` : ""].join(" ").trim() || undefined,
  };
  const hint = f.hint ? (
    <span className="hint" id={`${id}-hint`}>
      {f.hint}
    </span>
  ) : null;
  const errorText = error ? (
    <p className="field-error" id={`${id}-error`}>
      {error}
    </p>
  ) : null;
  if (f.type === "checkbox") {
    return (
      <div className="field">
        <label className="checkbox-label" style={{ fontWeight: 400 }}>
          <input type="checkbox" name={f.name} value="on" defaultChecked={f.defaultValue === "on"} {...aria} />
          {f.label}
        </label>
        {hint}
        {errorText}
      </div>
    );
  }
  if (f.type === "checkboxes") {
    return (
      <fieldset className="field" aria-describedby={aria["aria-describedby"]} style={{ gridColumn: "1 / -1" }}>
        <legend>{f.label}</legend>
        {hint}
        <div className="radio-row">
          {(f.options ?? []).map((o) => (
            <label key={o.value}>
              <input type="checkbox" name={f.name} value={o.value} defaultChecked={f.defaultValues?.includes(o.value)} />
              {o.label}
            </label>
          ))}
        </div>
        {errorText}
      </fieldset>
    );
  }
  const input =
    f.type === "textarea" ? (
      <textarea name={f.name} rows={3} defaultValue={f.defaultValue} placeholder={f.placeholder} {...aria} />
    ) : f.type === "select" ? (
      <select name={f.name} defaultValue={f.defaultValue ?? ""} {...aria}>
        {f.placeholder !== undefined ? <option value="">{f.placeholder}</option> : null}
        {(f.options ?? []).map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    ) : (
      <input
        name={f.name}
        // Decimal comma: a number input would refuse "12,5".
        type={f.type === "number" ? "text" : (f.type ?? "text")}
        inputMode={f.type === "number" ? "decimal" : undefined}
        defaultValue={f.defaultValue}
        placeholder={f.placeholder}
        className={f.short ? "input-short" : undefined}
        onChange={asks ? (e) => setValue(e.target.value) : undefined}
        {...aria}
      />
    );
  return (
    // A long text takes the whole row of a side-by-side form.
    <div className="field" style={f.type === "textarea" ? { gridColumn: "1 / -1" } : undefined}>
      <label htmlFor={id}>{f.label}</label>
      {hint}
      {input}
      {errorText}
      {asks ? <FieldWarning id={`${id}-question`} message={pastDateQuestion(value, f.askIfBefore!)} /> : null}
    </div>
  );
}
