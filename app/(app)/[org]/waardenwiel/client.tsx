"use client";

import { Field, FormAlert, SubmitButton, useFormAction, type FormState } from "@/app/_components/ui/form";
import { WHEEL_TEMPLATES, type WheelTemplate } from "@/lib/waardenwiel/templates";
import "./_components/waardenwiel.css";

/** Starts a wheel for a year from one of the templates: empty, a copy of the latest wheel, or the seed's example. */
export function CreateWheelForm(props: {
  action: (state: FormState, form: FormData) => Promise<FormState>;
  defaultYear: number;
  copyFromYear: number | null;
  defaultTemplate: WheelTemplate;
}) {
  const { state, pending, onSubmit, fieldError } = useFormAction(props.action);
  const templates = (Object.keys(WHEEL_TEMPLATES) as WheelTemplate[]).filter((t) => t !== "copy" || props.copyFromYear !== null);
  return (
    <form className="stack stack-wide" onSubmit={onSubmit} noValidate>
      <FormAlert state={state} />
      <Field name="year" label="Jaar" hint="Het jaar waarvoor dit wiel geldt." error={fieldError("year")}>
        {(aria) => (
          <input
            {...aria}
            name="year"
            inputMode="numeric"
            defaultValue={props.defaultYear}
            maxLength={4}
            style={{ maxWidth: "8rem" }}
            required
          />
        )}
      </Field>
      <fieldset className="field" aria-describedby={fieldError("template") ? "field-template-error" : undefined}>
        <legend>Startpunt</legend>
        <div className="template-options">
          {templates.map((template) => (
            <label key={template}>
              <input type="radio" name="template" value={template} defaultChecked={template === props.defaultTemplate} />
              <span>
                <strong>{template === "copy" ? `Kopie van het wiel van ${props.copyFromYear}` : WHEEL_TEMPLATES[template].label}</strong>
                <span className="small muted">{WHEEL_TEMPLATES[template].description}</span>
              </span>
            </label>
          ))}
        </div>
        {fieldError("template") ? (
          <p className="field-error" id="field-template-error">
            {fieldError("template")}
          </p>
        ) : null}
      </fieldset>
      <div className="actions">
        <SubmitButton pending={pending}>Wiel aanmaken</SubmitButton>
      </div>
    </form>
  );
}
