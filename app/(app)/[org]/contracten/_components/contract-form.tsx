"use client";

import { Field, FormAlert, Options, SubmitButton, useFormAction, type FormState, type Option } from "@/app/_components/ui/form";

export type ContractFormValues = {
  title: string;
  reference: string;
  purchasingPackage: string;
  cooperationForm: string;
  startDate: string;
  endDate: string;
  value: string;
  contractManagerId: string;
  status: string;
  malusCapPeriod: string;
  version?: number;
};

export function ContractForm(props: {
  action: (state: FormState, form: FormData) => Promise<FormState>;
  initial: ContractFormValues;
  packages: Option[];
  statuses: Option[];
  managers: Option[];
  capPeriods: Option[];
  submitLabel: string;
}) {
  const { state, pending, onSubmit, fieldError } = useFormAction(props.action);
  const v = props.initial;
  return (
    <form className="stack" onSubmit={onSubmit} noValidate>
      <FormAlert state={state} />
      {v.version !== undefined ? <input type="hidden" name="version" value={v.version} /> : null}
      <Field name="title" label="Titel" error={fieldError("title")}>
        {(aria) => <input {...aria} name="title" defaultValue={v.title} maxLength={200} required />}
      </Field>
      <div className="field-row">
        <Field name="reference" label="Referentie" hint="Bijvoorbeeld het kenmerk in TenderNed." error={fieldError("reference")}>
          {(aria) => <input {...aria} name="reference" defaultValue={v.reference} maxLength={100} />}
        </Field>
        <Field name="purchasingPackage" label="Inkooppakket" error={fieldError("purchasingPackage")}>
          {(aria) => (
            <select {...aria} name="purchasingPackage" defaultValue={v.purchasingPackage}>
              <Options options={props.packages} placeholder="Kies een inkooppakket" />
            </select>
          )}
        </Field>
      </div>
      <fieldset className="field" aria-describedby={fieldError("cooperationForm") ? "field-cooperationForm-error" : undefined}>
        <legend>Samenwerkingsvorm</legend>
        <div className="radio-row">
          <label>
            <input type="radio" name="cooperationForm" value="transactioneel" defaultChecked={v.cooperationForm === "transactioneel"} />
            Transactioneel
          </label>
          <label>
            <input type="radio" name="cooperationForm" value="relationeel" defaultChecked={v.cooperationForm === "relationeel"} />
            Relationeel
          </label>
        </div>
        {fieldError("cooperationForm") ? (
          <p className="field-error" id="field-cooperationForm-error">
            {fieldError("cooperationForm")}
          </p>
        ) : null}
      </fieldset>
      <div className="field-row">
        <Field name="startDate" label="Startdatum" error={fieldError("startDate")}>
          {(aria) => <input {...aria} name="startDate" type="date" defaultValue={v.startDate} required />}
        </Field>
        <Field name="endDate" label="Einddatum" error={fieldError("endDate")}>
          {(aria) => <input {...aria} name="endDate" type="date" defaultValue={v.endDate} required />}
        </Field>
      </div>
      <div className="field-row">
        <Field name="valueCents" label="Waarde (euro, excl. btw)" hint="Bijvoorbeeld 1.250.000,50" error={fieldError("valueCents")}>
          {(aria) => <input {...aria} name="valueCents" inputMode="decimal" defaultValue={v.value} required />}
        </Field>
        <Field name="status" label="Status" error={fieldError("status")}>
          {(aria) => (
            <select {...aria} name="status" defaultValue={v.status}>
              <Options options={props.statuses} />
            </select>
          )}
        </Field>
      </div>
      <fieldset className="field" aria-describedby={`field-malusCapPeriod-hint${fieldError("malusCapPeriod") ? " field-malusCapPeriod-error" : ""}`}>
        <legend>Een malusmaximum per jaar telt per</legend>
        <span className="hint" id="field-malusCapPeriod-hint">
          Zoals het contract het zegt. Een wijziging geldt voor reviews die nog niet zijn ondertekend; ondertekende bedragen blijven staan.
        </span>
        <div className="radio-row">
          {props.capPeriods.map((o) => (
            <label key={o.value}>
              <input type="radio" name="malusCapPeriod" value={o.value} defaultChecked={v.malusCapPeriod === o.value} />
              {o.label}
            </label>
          ))}
        </div>
        {fieldError("malusCapPeriod") ? (
          <p className="field-error" id="field-malusCapPeriod-error">
            {fieldError("malusCapPeriod")}
          </p>
        ) : null}
      </fieldset>
      <Field name="contractManagerId" label="Contractmanager" error={fieldError("contractManagerId")}>
        {(aria) => (
          <select {...aria} name="contractManagerId" defaultValue={v.contractManagerId}>
            <Options options={props.managers} />
          </select>
        )}
      </Field>
      <div className="actions">
        <SubmitButton pending={pending}>{props.submitLabel}</SubmitButton>
      </div>
    </form>
  );
}
