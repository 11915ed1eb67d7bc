"use client";

import { useState } from "react";
import { Field, FormAlert, SubmitButton, useFormAction, type FormState } from "@/app/_components/ui/form";
import type { ChartQuarter } from "./growth-path-chart";
import { GrowthPathFields, ScoreSelect } from "./milestone-rows";

type Action = (state: FormState, form: FormData) => Promise<FormState>;

export type IndicatorOption = { id: string; name: string; unitLabel: string; own: boolean };
export type ThemeOption = { id: string; name: string };
export type KpiFormValues = {
  name: string;
  description: string;
  indicatorId: string;
  kind: "quantitative" | "qualitative";
  obligation: "inspanning" | "resultaat";
  scoreMeanings: { "1": string; "2": string; "3": string; "4": string };
  baselineValue: string;
  baselineQuarter: string;
  measurement: string;
  evidenceRequired: string;
  evidenceMandatory: boolean;
  knockOut: boolean;
  weight: string;
  themeIds: string[];
  version?: number;
  id?: string;
};

const SCORE_HINTS = {
  "1": "bijvoorbeeld: geen plan",
  "2": "bijvoorbeeld: plan ligt er",
  "3": "bijvoorbeeld: in uitvoering",
  "4": "bijvoorbeeld: aantoonbaar resultaat",
};

/**
 * The fields of a KPI, for a proposal and for an edit. With `growthPath` the form also takes the
 * first milestones (a proposal); an existing KPI's path has its own form on the KPI page.
 */
export function KpiForm(props: {
  action: Action;
  initial: KpiFormValues;
  indicators: IndicatorOption[];
  themes: ThemeOption[];
  submitLabel: string;
  growthPath?: { quarters: ChartQuarter[] };
}) {
  const { state, pending, onSubmit, fieldError } = useFormAction(props.action);
  const v = props.initial;
  const [kind, setKind] = useState(v.kind);
  const [indicatorId, setIndicatorId] = useState(v.indicatorId);
  // The score choices of the baseline and the milestones show the meanings as they are typed.
  const [meanings, setMeanings] = useState(v.scoreMeanings);
  const unitLabel = kind === "qualitative" ? "score 1–4" : (props.indicators.find((i) => i.id === indicatorId)?.unitLabel ?? "");
  const global = props.indicators.filter((i) => !i.own);
  const own = props.indicators.filter((i) => i.own);
  return (
    <form className="stack stack-wide" onSubmit={onSubmit} noValidate>
      <FormAlert state={state} />
      {v.id ? <input type="hidden" name="id" value={v.id} /> : null}
      {v.version !== undefined ? <input type="hidden" name="version" value={v.version} /> : null}
      <Field name="name" label="Naam van de KPI" error={fieldError("name")}>
        {(aria) => <input {...aria} name="name" defaultValue={v.name} maxLength={160} required />}
      </Field>
      <Field name="description" label="Omschrijving" hint="Optioneel: wat de KPI meet en waarom." error={fieldError("description")}>
        {(aria) => <textarea {...aria} name="description" defaultValue={v.description} rows={2} maxLength={2000} />}
      </Field>
      <fieldset className="field">
        <legend>Soort KPI</legend>
        <div className="radio-row">
          <label>
            <input
              type="radio"
              name="kind"
              value="quantitative"
              checked={kind === "quantitative"}
              onChange={() => setKind("quantitative")}
            />{" "}
            Kwantitatief (een getal)
          </label>
          <label>
            <input type="radio" name="kind" value="qualitative" checked={kind === "qualitative"} onChange={() => setKind("qualitative")} />{" "}
            Kwalitatief (score 1–4)
          </label>
        </div>
      </fieldset>
      <Field
        name="indicatorId"
        label="Indicator"
        hint={kind === "qualitative" ? "Optioneel bij een kwalitatieve KPI." : "De indicator uit de catalogus waarin de KPI gemeten wordt."}
        error={fieldError("indicatorId")}
      >
        {(aria) => (
          <select {...aria} name="indicatorId" value={indicatorId} onChange={(e) => setIndicatorId(e.target.value)}>
            <option value="">{kind === "qualitative" ? "Geen indicator" : "Kies een indicator"}</option>
            <optgroup label="Landelijke catalogus">
              {global.map((i) => (
                <option key={i.id} value={i.id}>
                  {i.name} ({i.unitLabel})
                </option>
              ))}
            </optgroup>
            {own.length > 0 ? (
              <optgroup label="Eigen indicatoren van de opdrachtgever">
                {own.map((i) => (
                  <option key={i.id} value={i.id}>
                    {i.name} ({i.unitLabel})
                  </option>
                ))}
              </optgroup>
            ) : null}
          </select>
        )}
      </Field>
      {kind === "qualitative" ? (
        <fieldset className="milestones">
          <legend>Betekenis van elke score</legend>
          {(["1", "2", "3", "4"] as const).map((score) => (
            <Field
              key={score}
              name={`scoreMeanings.${score}`}
              label={`Betekenis van score ${score}`}
              hint={SCORE_HINTS[score]}
              error={fieldError(`scoreMeanings.${score}`)}
            >
              {(aria) => (
                <input
                  {...aria}
                  name={`scoreMeanings.${score}`}
                  defaultValue={v.scoreMeanings[score]}
                  maxLength={500}
                  onChange={(e) => setMeanings((m) => ({ ...m, [score]: e.target.value }))}
                />
              )}
            </Field>
          ))}
        </fieldset>
      ) : null}
      <fieldset className="field">
        <legend>Verplichting</legend>
        <div className="radio-stack">
          <label>
            <input type="radio" name="obligation" value="inspanning" defaultChecked={v.obligation === "inspanning"} />{" "}
            Inspanningsverplichting: samen werken aan het doel, zonder malus
          </label>
          <label>
            <input type="radio" name="obligation" value="resultaat" defaultChecked={v.obligation === "resultaat"} /> Resultaatverplichting:
            het doel moet gehaald worden; de opdrachtgever kan een malus vastleggen
          </label>
        </div>
        {fieldError("obligation") ? <p className="field-error">{fieldError("obligation")}</p> : null}
      </fieldset>
      <div className="field-row">
        <Field
          name="baselineValue"
          label={`Nulmeting${unitLabel ? ` (${unitLabel})` : ""}`}
          hint={kind === "qualitative" ? "Optioneel; de score bij de start." : "Optioneel; met een komma, bijvoorbeeld 35,5."}
          error={fieldError("baselineValue")}
        >
          {(aria) =>
            kind === "qualitative" ? (
              <ScoreSelect
                aria={aria}
                name="baselineValue"
                meanings={meanings}
                defaultValue={v.baselineValue}
                placeholder="Geen nulmeting"
              />
            ) : (
              <input {...aria} name="baselineValue" inputMode="decimal" defaultValue={v.baselineValue} />
            )
          }
        </Field>
        <Field name="baselineQuarter" label="Kwartaal van de nulmeting" hint="Bijvoorbeeld 2026 K4." error={fieldError("baselineQuarter")}>
          {(aria) => <input {...aria} name="baselineQuarter" defaultValue={v.baselineQuarter} maxLength={8} />}
        </Field>
      </div>
      <Field name="measurement" label="Hoe wordt er gemeten?" error={fieldError("measurement")}>
        {(aria) => <textarea {...aria} name="measurement" defaultValue={v.measurement} rows={2} maxLength={2000} />}
      </Field>
      <Field name="evidenceRequired" label="Welk bewijs is nodig?" error={fieldError("evidenceRequired")}>
        {(aria) => <textarea {...aria} name="evidenceRequired" defaultValue={v.evidenceRequired} rows={2} maxLength={2000} />}
      </Field>
      <label className="checkbox-label">
        <input type="checkbox" name="evidenceMandatory" defaultChecked={v.evidenceMandatory} /> Bewijs is verplicht bij elke rapportage
      </label>
      <Field name="weight" label="Gewicht" hint="Hoe zwaar de KPI meetelt, bijvoorbeeld 1 of 1,5." error={fieldError("weight")}>
        {(aria) => <input {...aria} name="weight" inputMode="decimal" defaultValue={v.weight} className="input-short" />}
      </Field>
      <label className="checkbox-label">
        <input type="checkbox" name="knockOut" defaultChecked={v.knockOut} /> Knock-out: niet op koers houdt de totaalscore van de review op
        hoogstens 50
      </label>
      {props.themes.length > 0 ? (
        <fieldset className="field">
          <legend>Thema&apos;s van het Waardenwiel van dit contract</legend>
          <div className="radio-stack">
            {props.themes.map((t) => (
              <label key={t.id}>
                <input type="checkbox" name="themeIds" value={t.id} defaultChecked={v.themeIds.includes(t.id)} /> {t.name}
              </label>
            ))}
          </div>
          {fieldError("themeIds") ? <p className="field-error">{fieldError("themeIds")}</p> : null}
        </fieldset>
      ) : null}
      {props.growthPath ? (
        <GrowthPathFields
          quarters={props.growthPath.quarters}
          initial={[]}
          interpolation="linear"
          unitLabel={unitLabel}
          fieldError={fieldError}
          legend="Groeipad (optioneel)"
          scoreMeanings={kind === "qualitative" ? meanings : null}
        />
      ) : null}
      <div className="actions">
        <SubmitButton pending={pending}>{props.submitLabel}</SubmitButton>
      </div>
    </form>
  );
}

export const EMPTY_KPI: KpiFormValues = {
  name: "",
  description: "",
  indicatorId: "",
  kind: "quantitative",
  obligation: "inspanning",
  scoreMeanings: { "1": "", "2": "", "3": "", "4": "" },
  baselineValue: "",
  baselineQuarter: "",
  measurement: "",
  evidenceRequired: "",
  evidenceMandatory: false,
  knockOut: false,
  weight: "1",
  themeIds: [],
};
