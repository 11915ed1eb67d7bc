"use client";

import { Field, FormAlert, SubmitButton, useFormAction, type FormState } from "@/app/_components/ui/form";

type Group = { key: string; name: string; weight: string };

// Group weights arrive as typed back to the user ("1,5"), KPI weights as labels.
type Kpi = { id: string; name: string; weightLabel: string; group: string | null };

/** Up to `rows` groups with name and weight, and per KPI the group it counts in, saved at once. */
export function ScoreGroupsForm(props: {
  action: (state: FormState, form: FormData) => Promise<FormState>;
  version: number;
  groups: Group[];
  kpis: Kpi[];
  rows: number;
}) {
  const { state, pending, onSubmit, fieldError } = useFormAction(props.action);
  const rows = Array.from({ length: props.rows }, (_, i) => props.groups[i] ?? { key: "", name: "", weight: "" });
  const rowOf = (group: string | null) => {
    const i = props.groups.findIndex((g) => g.key === group);
    return i < 0 ? "" : String(i);
  };
  return (
    <form className="stack stack-wide" onSubmit={onSubmit} noValidate>
      <FormAlert state={state} />
      <input type="hidden" name="version" value={props.version} />
      <fieldset className="field">
        <legend>Groepen</legend>
        <p className="hint">Laat de naam leeg voor een groep die je niet gebruikt. Een leeg gewicht is 1.</p>
        {rows.map((g, i) => (
          <div className="field-row" key={i}>
            <input type="hidden" name={`groups.${i}.key`} value={g.key} />
            <Field name={`groups.${i}.name`} label={`Groep ${i + 1}: naam`} error={fieldError(`groups.${i}.name`)}>
              {(aria) => <input {...aria} name={`groups.${i}.name`} defaultValue={g.name} maxLength={60} />}
            </Field>
            <Field name={`groups.${i}.weight`} label={`Groep ${i + 1}: gewicht`} error={fieldError(`groups.${i}.weight`)}>
              {(aria) => (
                <input {...aria} name={`groups.${i}.weight`} inputMode="decimal" defaultValue={g.weight} className="input-short" />
              )}
            </Field>
          </div>
        ))}
      </fieldset>
      <fieldset className="field">
        <legend>KPI&apos;s per groep</legend>
        <p className="hint">
          Binnen een groep telt elke KPI met zijn eigen gewicht. Een KPI zonder groep telt mee in &quot;Overige KPI&apos;s&quot; (gewicht
          1).
        </p>
        {props.kpis.map((k) => (
          <Field key={k.id} name={`kpi.${k.id}`} label={`${k.name} (gewicht ${k.weightLabel})`} error={fieldError(`kpi.${k.id}`)}>
            {(aria) => (
              <select {...aria} name={`kpi.${k.id}`} defaultValue={rowOf(k.group)}>
                <option value="">Geen groep</option>
                {rows.map((g, i) => (
                  <option key={i} value={String(i)}>
                    {g.name || `Groep ${i + 1}`}
                  </option>
                ))}
              </select>
            )}
          </Field>
        ))}
      </fieldset>
      <div className="actions">
        <SubmitButton pending={pending}>Weging opslaan</SubmitButton>
      </div>
    </form>
  );
}
