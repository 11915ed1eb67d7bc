"use client";

import { Field, FormAlert, Options, RadioChoice, SubmitButton, useFormAction, type FormState } from "@/app/_components/ui/form";
import type { IndicatorChoice, IndicatorFormValues } from "@/lib/indicators/pages";
import { aggregationExplanation, aggregationOptions, directionOptions, unitOptions } from "@/lib/indicators/rules";
import { IntensityFields } from "./_components/intensity-fields";

type Action = (state: FormState, form: FormData) => Promise<FormState>;

export const EMPTY_INDICATOR: IndicatorFormValues = {
  name: "",
  code: "",
  description: "",
  unitCode: "",
  unitLabel: "",
  // No default: whether lower is better and how values add up must be a conscious choice.
  direction: "",
  aggregation: "",
  minValue: "",
  maxValue: "",
  // Most indicators are totals; an intensity is the exception a buyer opts into.
  intensity: "absolute",
  activityUnit: "",
  absoluteIndicatorId: "",
  absoluteFactor: "",
};

export function IndicatorForm({
  action,
  initial,
  absoluteChoices,
  submitLabel,
}: {
  action: Action;
  initial: IndicatorFormValues;
  absoluteChoices: IndicatorChoice[];
  submitLabel: string;
}) {
  const { state, pending, onSubmit, fieldError } = useFormAction(action);
  const v = initial;
  return (
    <form className="stack" onSubmit={onSubmit} noValidate>
      <FormAlert state={state} />
      <Field name="name" label="Naam" error={fieldError("name")}>
        {(aria) => <input {...aria} name="name" defaultValue={v.name} maxLength={160} required />}
      </Field>
      <Field name="description" label="Omschrijving" hint="Optioneel: wat wordt er gemeten, en hoe." error={fieldError("description")}>
        {(aria) => <textarea {...aria} name="description" defaultValue={v.description} rows={2} maxLength={2000} />}
      </Field>
      <div className="field-row">
        <Field name="unitCode" label="Eenheid" hint="Met de UN/CEFACT-code tussen haakjes." error={fieldError("unitCode")}>
          {(aria) => (
            <select {...aria} name="unitCode" defaultValue={v.unitCode}>
              <Options options={unitOptions} placeholder="Kies een eenheid" />
            </select>
          )}
        </Field>
        <Field name="unitLabel" label="Eenheidslabel" hint="Optioneel, bijvoorbeeld ‘ton CO2e’." error={fieldError("unitLabel")}>
          {(aria) => <input {...aria} name="unitLabel" defaultValue={v.unitLabel} maxLength={40} />}
        </Field>
      </div>
      <IntensityFields initial={v} absoluteChoices={absoluteChoices} fieldError={fieldError} />
      <RadioChoice
        layout="stack"
        name="direction"
        legend="Wat is beter?"
        options={directionOptions}
        initial={v.direction}
        error={fieldError("direction")}
      />
      <RadioChoice
        layout="stack"
        name="aggregation"
        legend="Hoe tellen waarden van contracten op?"
        options={aggregationOptions.map((o) => ({ ...o, hint: aggregationExplanation(o.value) }))}
        initial={v.aggregation}
        error={fieldError("aggregation")}
      />
      <div className="field-row">
        <Field name="minValue" label="Minimum" hint="Optioneel, bijvoorbeeld 0." error={fieldError("minValue")}>
          {(aria) => <input {...aria} name="minValue" inputMode="decimal" defaultValue={v.minValue} />}
        </Field>
        <Field name="maxValue" label="Maximum" hint="Optioneel, bijvoorbeeld 100 of 2,5." error={fieldError("maxValue")}>
          {(aria) => <input {...aria} name="maxValue" inputMode="decimal" defaultValue={v.maxValue} />}
        </Field>
      </div>
      <Field
        name="code"
        label="Code"
        hint="Optioneel: een korte sleutel voor koppelingen, bijvoorbeeld lokale_leveranciers. Leeg laten maakt er een van de naam."
        error={fieldError("code")}
      >
        {(aria) => <input {...aria} name="code" defaultValue={v.code} maxLength={64} autoComplete="off" />}
      </Field>
      <div className="actions">
        <SubmitButton pending={pending}>{submitLabel}</SubmitButton>
      </div>
    </form>
  );
}

export function DeleteIndicatorButton({ action, id, name }: { action: Action; id: string; name: string }) {
  const { state, pending, onSubmit } = useFormAction(action, {
    confirm: `Indicator "${name}" verwijderen? Dit kan niet ongedaan worden gemaakt.`,
  });
  return (
    <form onSubmit={onSubmit}>
      <FormAlert state={state} />
      <input type="hidden" name="id" value={id} />
      <SubmitButton pending={pending} variant="danger">
        Indicator verwijderen
      </SubmitButton>
    </form>
  );
}
