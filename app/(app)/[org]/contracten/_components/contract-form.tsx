"use client";

import { useState } from "react";
import {
  Field,
  FormAlert,
  Options,
  RadioChoice,
  SubmitButton,
  useFormAction,
  type FormState,
  type Option,
} from "@/app/_components/ui/form";
import { capKindOptions } from "@/lib/malus/cap-choices";

const COOPERATION_CHOICES = [
  { value: "transactioneel", label: "Transactioneel" },
  { value: "relationeel", label: "Relationeel" },
];

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
  malusDecidedBy: string;
  allCapYearKind: string;
  allCapYearValue: string;
  allCapContractKind: string;
  allCapContractValue: string;
  version?: number;
};

export function ContractForm(props: {
  action: (state: FormState, form: FormData) => Promise<FormState>;
  initial: ContractFormValues;
  packages: Option[];
  statuses: Option[];
  managers: Option[];
  capPeriods: Option[];
  deciders: Option[];
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
      <RadioChoice
        name="cooperationForm"
        legend="Samenwerkingsvorm"
        options={COOPERATION_CHOICES}
        initial={v.cooperationForm}
        error={fieldError("cooperationForm")}
      />
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
      <fieldset className="group">
        <legend>Malus</legend>
        <p className="hint">
          Zoals het contract het zegt. Een wijziging geldt voor reviews die nog niet zijn ondertekend; ondertekende bedragen blijven staan.
        </p>
        <RadioChoice
          name="malusDecidedBy"
          legend="Wat bepaalt of een malus geldt"
          options={props.deciders}
          initial={v.malusDecidedBy}
          error={fieldError("malusDecidedBy")}
        />
        <RadioChoice
          name="malusCapPeriod"
          legend="Een maximum per jaar telt per"
          options={props.capPeriods}
          initial={v.malusCapPeriod}
          error={fieldError("malusCapPeriod")}
        />
        <CapRow
          prefix="allCapYear"
          label="Maximum van alle malussen samen per jaar"
          period="% van de jaarwaarde"
          initial={v}
          fieldError={fieldError}
        />
        <CapRow
          prefix="allCapContract"
          label="Maximum van alle malussen samen over de looptijd"
          period={null}
          initial={v}
          fieldError={fieldError}
        />
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

/** A cap on all KPIs' malus together: its kind, and its amount or percentage once a kind is chosen. */
function CapRow(props: {
  prefix: string;
  label: string;
  period: string | null;
  initial: ContractFormValues;
  fieldError: (name: string) => string | undefined;
}) {
  const values = props.initial as unknown as Record<string, string>;
  const [kind, setKind] = useState(values[`${props.prefix}Kind`] || "none");
  const options = capKindOptions(props.period);
  return (
    <div className="field-row">
      <Field name={`${props.prefix}Kind`} label={props.label} error={props.fieldError(`${props.prefix}Kind`)}>
        {(aria) => (
          <select {...aria} name={`${props.prefix}Kind`} value={kind} onChange={(e) => setKind(e.target.value)}>
            <Options options={options} />
          </select>
        )}
      </Field>
      {kind !== "none" ? (
        <Field
          name={`${props.prefix}Value`}
          label={kind === "cents" ? "Bedrag (euro)" : `Percentage (${options.find((o) => o.value === kind)?.label})`}
          hint={kind === "cents" ? "Bijvoorbeeld 15.000,00" : "Bijvoorbeeld 2,5"}
          error={props.fieldError(`${props.prefix}Value`)}
        >
          {(aria) => <input {...aria} name={`${props.prefix}Value`} inputMode="decimal" defaultValue={values[`${props.prefix}Value`]} />}
        </Field>
      ) : null}
    </div>
  );
}
