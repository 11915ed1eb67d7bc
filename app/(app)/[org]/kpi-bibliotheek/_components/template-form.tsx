"use client";

import { useState } from "react";
import { Field, FormAlert, Options, SubmitButton, useFormAction, type FormState, type Option } from "@/app/_components/ui/form";
import { LevelFieldset, MalusFieldset, type LevelValues } from "./template-form-parts";

export type TemplateFormValues = {
  version?: number;
  name: string;
  description: string;
  indicatorId: string;
  kind: string;
  obligation: string;
  purchasingPackage: string;
  measurement: string;
  evidenceRequired: string;
  scoreMeanings: Record<"1" | "2" | "3" | "4", string>;
  levels: Record<"minimum" | "plus" | "maximum", LevelValues>;
  malus: Record<string, string>;
};

export type LevelChoice = { key: "minimum" | "plus" | "maximum"; label: string; explanation: string };

export function TemplateForm(props: {
  action: (state: FormState, form: FormData) => Promise<FormState>;
  initial: TemplateFormValues;
  indicators: Option[];
  packages: Option[];
  levels: LevelChoice[];
  source: string;
  submitLabel: string;
}) {
  const { state, pending, onSubmit, fieldError } = useFormAction(props.action);
  const v = props.initial;
  const [kind, setKind] = useState(v.kind);
  const [obligation, setObligation] = useState(v.obligation);
  const radio = (name: string, value: string, label: string, current: string, set: (value: string) => void) => (
    <label>
      <input type="radio" name={name} value={value} checked={current === value} onChange={() => set(value)} />
      {label}
    </label>
  );
  return (
    <form className="stack stack-wide" onSubmit={onSubmit} noValidate>
      <FormAlert state={state} />
      {v.version !== undefined ? <input type="hidden" name="version" value={v.version} /> : null}
      <Field name="name" label="Naam" error={fieldError("name")}>
        {(aria) => <input {...aria} name="name" defaultValue={v.name} maxLength={160} required />}
      </Field>
      <Field name="description" label="Omschrijving" error={fieldError("description")}>
        {(aria) => <textarea {...aria} name="description" rows={2} defaultValue={v.description} maxLength={2000} />}
      </Field>
      <div className="field-row">
        <fieldset className="field" aria-describedby={fieldError("kind") ? "field-kind-error" : undefined}>
          <legend>Soort</legend>
          <div className="radio-row">
            {radio("kind", "quantitative", "Kwantitatief", kind, setKind)}
            {radio("kind", "qualitative", "Kwalitatief (score 1–4)", kind, setKind)}
          </div>
          {fieldError("kind") ? (
            <p className="field-error" id="field-kind-error">
              {fieldError("kind")}
            </p>
          ) : null}
        </fieldset>
        <fieldset className="field" aria-describedby={fieldError("obligation") ? "field-obligation-error" : undefined}>
          <legend>Verplichting</legend>
          <div className="radio-row">
            {radio("obligation", "inspanning", "Inspanning", obligation, setObligation)}
            {radio("obligation", "resultaat", "Resultaat", obligation, setObligation)}
          </div>
          {fieldError("obligation") ? (
            <p className="field-error" id="field-obligation-error">
              {fieldError("obligation")}
            </p>
          ) : null}
        </fieldset>
      </div>
      <div className="field-row">
        <Field name="indicatorId" label="Indicator" hint="Verplicht bij een kwantitatieve KPI." error={fieldError("indicatorId")}>
          {(aria) => (
            <select {...aria} name="indicatorId" defaultValue={v.indicatorId}>
              <Options options={props.indicators} placeholder="Geen indicator" />
            </select>
          )}
        </Field>
        <Field name="purchasingPackage" label="Inkooppakket" error={fieldError("purchasingPackage")}>
          {(aria) => (
            <select {...aria} name="purchasingPackage" defaultValue={v.purchasingPackage}>
              <Options options={props.packages} placeholder="Alle inkooppakketten" />
            </select>
          )}
        </Field>
      </div>
      <div className="field-row">
        <Field name="measurement" label="Meetmethode" error={fieldError("measurement")}>
          {(aria) => <textarea {...aria} name="measurement" rows={2} defaultValue={v.measurement} maxLength={2000} />}
        </Field>
        <Field name="evidenceRequired" label="Gevraagd bewijs" error={fieldError("evidenceRequired")}>
          {(aria) => <textarea {...aria} name="evidenceRequired" rows={2} defaultValue={v.evidenceRequired} maxLength={2000} />}
        </Field>
      </div>
      {kind === "qualitative" ? (
        <fieldset className="milestones">
          <legend>Betekenis van de scores</legend>
          {(["1", "2", "3", "4"] as const).map((score) => (
            <Field key={score} name={`scoreMeanings.${score}`} label={`Score ${score}`} error={fieldError(`scoreMeanings.${score}`)}>
              {(aria) => <input {...aria} name={`scoreMeanings.${score}`} defaultValue={v.scoreMeanings[score]} maxLength={500} />}
            </Field>
          ))}
        </fieldset>
      ) : null}
      <h2>Drie ambitieniveaus</h2>
      <p className="small muted">
        Elk niveau heeft een eigen groeipad, gerekend in kwartalen vanaf de start van het contract. Bij het overnemen worden dat de
        kwartalen van dat contract. {props.source}
      </p>
      {props.levels.map((level) => (
        <LevelFieldset
          key={level.key}
          level={level.key}
          label={level.label}
          explanation={level.explanation}
          initial={v.levels[level.key]}
          fieldError={fieldError}
        />
      ))}
      {obligation === "resultaat" ? <MalusFieldset initial={v.malus} fieldError={fieldError} /> : null}
      <div className="actions">
        <SubmitButton pending={pending}>{props.submitLabel}</SubmitButton>
      </div>
    </form>
  );
}
