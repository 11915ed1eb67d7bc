"use client";

import { Field, FormAlert, SubmitButton, useFormAction, type FormState } from "@/app/_components/ui/form";

type Action = (state: FormState, form: FormData) => Promise<FormState>;

export function BaselineForm(props: { action: Action; initial: { fte: string; fteYear: string; version: number } }) {
  const { state, pending, onSubmit, fieldError } = useFormAction(props.action);
  const v = props.initial;
  return (
    <form className="stack" onSubmit={onSubmit} noValidate>
      <FormAlert state={state} />
      <input type="hidden" name="version" value={v.version} />
      <div className="field-row">
        <Field name="fte" label="Aantal FTE" hint="Met een komma voor decimalen, bijvoorbeeld 1.250,5." error={fieldError("fte")}>
          {(aria) => <input {...aria} name="fte" inputMode="decimal" defaultValue={v.fte} />}
        </Field>
        <Field name="fteYear" label="Peiljaar" hint="Het jaar waarin dit aantal FTE gold." error={fieldError("fteYear")}>
          {(aria) => <input {...aria} name="fteYear" inputMode="numeric" maxLength={4} defaultValue={v.fteYear} />}
        </Field>
      </div>
      <SubmitButton pending={pending}>FTE opslaan</SubmitButton>
    </form>
  );
}

type PackageValues = {
  purchasingPackage: string;
  kgPerFte: string;
  source: string;
  sourceYear: string;
  strategic: boolean;
  themeIds: string[];
  version: number;
};

export function PackageFootprintForm(props: { action: Action; initial: PackageValues; themes: { id: string; label: string }[] }) {
  const { state, pending, onSubmit, fieldError } = useFormAction(props.action);
  const v = props.initial;
  return (
    <form className="stack stack-wide" onSubmit={onSubmit} noValidate>
      <FormAlert state={state} />
      <input type="hidden" name="version" value={v.version} />
      <input type="hidden" name="purchasingPackage" value={v.purchasingPackage} />
      <Field
        name="kgPerFte"
        label="Voetafdruk in kilogram CO2-equivalent per FTE per jaar (scope 1, 2 en 3)"
        hint="Leeg laten als die nog niet bekend is. Met een komma voor decimalen, bijvoorbeeld 133 of 42,5."
        error={fieldError("kgPerFte")}
      >
        {(aria) => <input {...aria} name="kgPerFte" inputMode="decimal" defaultValue={v.kgPerFte} />}
      </Field>
      <Field
        name="source"
        label="Bron"
        hint="Waar het getal vandaan komt: een eigen scan of een gemiddelde van anderen."
        error={fieldError("source")}
      >
        {(aria) => <textarea {...aria} name="source" rows={2} maxLength={2000} defaultValue={v.source} />}
      </Field>
      <Field name="sourceYear" label="Jaar van de bron" error={fieldError("sourceYear")}>
        {(aria) => <input {...aria} name="sourceYear" inputMode="numeric" maxLength={4} defaultValue={v.sourceYear} />}
      </Field>
      <label className="checkbox-label">
        <input type="checkbox" name="strategic" value="on" defaultChecked={v.strategic} /> Strategisch inkooppakket
      </label>
      {props.themes.length > 0 ? (
        <fieldset className="field">
          <legend>Prioriteiten van het Waardenwiel waar dit pakket aan bijdraagt</legend>
          <div className="radio-stack">
            {props.themes.map((t) => (
              <label key={t.id}>
                <input type="checkbox" name="themeIds" value={t.id} defaultChecked={v.themeIds.includes(t.id)} /> {t.label}
              </label>
            ))}
          </div>
          {fieldError("themeIds") ? <p className="field-error">{fieldError("themeIds")}</p> : null}
        </fieldset>
      ) : (
        <p className="small muted">Er is nog geen Waardenwiel met thema&apos;s om aan te koppelen.</p>
      )}
      <SubmitButton pending={pending}>Opslaan</SubmitButton>
    </form>
  );
}
