"use client";

import { Field, FormAlert, Options, SubmitButton, useFormAction, type FormState, type Option } from "@/app/_components/ui/form";

/** "Overnemen in contract": the contract and the ambition level the template lands at. */
export function AdoptForm(props: {
  action: (state: FormState, form: FormData) => Promise<FormState>;
  templateName: string;
  templateId: string;
  contracts: Option[];
  levels: Option[];
}) {
  const { state, pending, onSubmit, fieldError } = useFormAction(props.action);
  const id = props.templateId;
  const levelError = fieldError("level");
  return (
    <form className="adopt-form" onSubmit={onSubmit} noValidate aria-label={`${props.templateName} overnemen in een contract`}>
      <FormAlert state={state} />
      <input type="hidden" name="templateId" value={id} />
      <div className="adopt-fields">
        <Field name={`contractId-${id}`} label="Contract" error={fieldError("contractId")}>
          {(aria) => (
            <select {...aria} name="contractId" defaultValue="">
              <Options options={props.contracts} placeholder="Kies een contract" />
            </select>
          )}
        </Field>
        <fieldset className="field" aria-describedby={levelError ? `level-${id}-error` : undefined}>
          <legend>Ambitieniveau</legend>
          <div className="radio-row">
            {props.levels.map((level) => (
              <label key={level.value}>
                <input type="radio" name="level" value={level.value} defaultChecked={level.value === "minimum"} />
                {level.label}
              </label>
            ))}
          </div>
          {levelError ? (
            <p className="field-error" id={`level-${id}-error`}>
              {levelError}
            </p>
          ) : null}
        </fieldset>
        <div>
          <SubmitButton pending={pending}>Overnemen in contract</SubmitButton>
        </div>
      </div>
    </form>
  );
}
