"use client";

import { useState } from "react";
import { Field, FormAlert, SubmitButton, useFormAction, type FormState } from "@/app/_components/ui/form";
import { MilestoneRows } from "@/app/_components/ui/milestone-rows";
import type { IndicatorChoice } from "@/lib/indicators/pages";
import { IndicatorOptions } from "../../_components/indicator-options";

type Action = (state: FormState, form: FormData) => Promise<FormState>;

type MilestoneValues = { year: string; mode: "value" | "change_percent"; value: string };
export type TargetFormValues = {
  name: string;
  description: string;
  indicatorId: string;
  baseYear: string;
  baseValue: string;
  milestones: MilestoneValues[];
  version?: number;
};

export function TargetForm(props: { action: Action; initial: TargetFormValues; indicators: IndicatorChoice[]; submitLabel: string }) {
  const { state, pending, onSubmit, fieldError } = useFormAction(props.action);
  const v = props.initial;
  const [indicatorId, setIndicatorId] = useState(v.indicatorId);
  const unitLabel = props.indicators.find((i) => i.id === indicatorId)?.unitLabel ?? "";

  return (
    <form className="stack stack-wide" onSubmit={onSubmit} noValidate>
      <FormAlert state={state} />
      {v.version !== undefined ? <input type="hidden" name="version" value={v.version} /> : null}
      <Field name="name" label="Naam" error={fieldError("name")}>
        {(aria) => <input {...aria} name="name" defaultValue={v.name} maxLength={200} required />}
      </Field>
      <Field name="description" label="Toelichting" hint="Optioneel: wat valt eronder, welke scope." error={fieldError("description")}>
        {(aria) => <textarea {...aria} name="description" defaultValue={v.description} rows={3} maxLength={2000} />}
      </Field>
      <Field name="indicatorId" label="Indicator" error={fieldError("indicatorId")}>
        {(aria) => (
          <select {...aria} name="indicatorId" value={indicatorId} onChange={(e) => setIndicatorId(e.target.value)}>
            <IndicatorOptions indicators={props.indicators} placeholder="Kies een indicator" />
          </select>
        )}
      </Field>
      <div className="field-row">
        <Field name="baseYear" label="Basisjaar" hint="Het referentiejaar, bijvoorbeeld 2020." error={fieldError("baseYear")}>
          {(aria) => <input {...aria} name="baseYear" inputMode="numeric" defaultValue={v.baseYear} maxLength={4} required />}
        </Field>
        <Field
          name="baseValue"
          label={`Waarde in het basisjaar${unitLabel ? ` (${unitLabel})` : ""}`}
          hint="Met een komma voor decimalen, bijvoorbeeld 12.500 of 18,5."
          error={fieldError("baseValue")}
        >
          {(aria) => <input {...aria} name="baseValue" inputMode="decimal" defaultValue={v.baseValue} required />}
        </Field>
      </div>
      <fieldset className="milestones">
        <legend>Mijlpalen</legend>
        <p className="hint small">
          Per jaar een doelwaarde, of een verandering in procent ten opzichte van het basisjaar (−30 is 30 % minder). Tussen de mijlpalen
          loopt het doel in een rechte lijn.
        </p>
        <MilestoneRows
          initial={v.milestones}
          blank={{ year: "", mode: "change_percent", value: "" } as MilestoneValues}
          legend={(i) => `Mijlpaal ${i + 1}`}
          error={fieldError("milestones")}
        >
          {(row, i, update) => (
            <>
              <Field name={`milestones.${i}.year`} label="Jaar" error={fieldError(`milestones.${i}.year`)}>
                {(aria) => <input {...aria} name={`milestones.${i}.year`} inputMode="numeric" defaultValue={row.year} maxLength={4} />}
              </Field>
              <Field name={`milestones.${i}.mode`} label="Soort" error={fieldError(`milestones.${i}.mode`)}>
                {(aria) => (
                  <select
                    {...aria}
                    name={`milestones.${i}.mode`}
                    value={row.mode}
                    onChange={(e) => update({ mode: e.target.value as MilestoneValues["mode"] })}
                  >
                    <option value="value">Waarde</option>
                    <option value="change_percent">% t.o.v. basisjaar</option>
                  </select>
                )}
              </Field>
              <Field
                name={`milestones.${i}.value`}
                label={row.mode === "change_percent" ? "Verandering (%)" : `Doelwaarde${unitLabel ? ` (${unitLabel})` : ""}`}
                error={fieldError(`milestones.${i}.value`)}
              >
                {(aria) => <input {...aria} name={`milestones.${i}.value`} inputMode="decimal" defaultValue={row.value} />}
              </Field>
            </>
          )}
        </MilestoneRows>
      </fieldset>
      <div className="actions">
        <SubmitButton pending={pending}>{props.submitLabel}</SubmitButton>
      </div>
    </form>
  );
}

export function DeleteTargetButton({ action, id, version, name }: { action: Action; id: string; version: number; name: string }) {
  const { state, pending, onSubmit } = useFormAction(action, {
    confirm: `Doelstelling "${name}" verwijderen? Dit kan niet ongedaan worden gemaakt.`,
  });
  return (
    <form onSubmit={onSubmit}>
      <FormAlert state={state} />
      <input type="hidden" name="id" value={id} />
      <input type="hidden" name="version" value={version} />
      <SubmitButton pending={pending} variant="danger">
        Doelstelling verwijderen
      </SubmitButton>
    </form>
  );
}
