"use client";

import { useState } from "react";
import { CAP_CHOICES, capKindOptions } from "@/lib/malus/cap-choices";
import { ASSESSMENT_KINDS, ASSESSMENT_LABELS } from "@/lib/malus/assessment";
import { Field, FormAlert, Options, RadioChoice, SubmitButton, useFormAction, type FormState } from "@/app/_components/ui/form";
import type { ChartQuarter } from "../_components/growth-path-chart";
import { GrowthPathFields, type MilestoneValue, type ScoreMeaningValues } from "../_components/milestone-rows";

type Action = (state: FormState, form: FormData) => Promise<FormState>;

/** Which themes of the contract's Waardenwiel the KPI serves. */
export function KpiThemesForm(props: {
  action: Action;
  id: string;
  version: number;
  themes: Array<{ id: string; name: string }>;
  selected: string[];
  submitLabel: string;
}) {
  const { state, pending, onSubmit, fieldError } = useFormAction(props.action);
  return (
    <form className="stack" onSubmit={onSubmit} noValidate>
      <FormAlert state={state} />
      <input type="hidden" name="id" value={props.id} />
      <input type="hidden" name="version" value={props.version} />
      <fieldset className="field">
        <legend>Deze KPI draagt bij aan</legend>
        <div className="radio-stack">
          {props.themes.map((t) => (
            <label key={t.id}>
              <input type="checkbox" name="themeIds" value={t.id} defaultChecked={props.selected.includes(t.id)} /> {t.name}
            </label>
          ))}
        </div>
        {fieldError("themeIds") ? <p className="field-error">{fieldError("themeIds")}</p> : null}
      </fieldset>
      <div className="actions">
        <SubmitButton pending={pending} variant="secondary">
          {props.submitLabel}
        </SubmitButton>
      </div>
    </form>
  );
}

/**
 * The growth path before it runs: the agreed path is replaced. Once an agreed KPI runs, a new
 * version is a decision of the quarterly review, not this form.
 */
export function GrowthPathForm(props: {
  action: Action;
  id: string;
  version: number;
  quarters: ChartQuarter[];
  initial: MilestoneValue[];
  interpolation: "step" | "linear";
  unitLabel: string;
  submitLabel: string;
  /** A qualitative KPI's meanings: its targets are then chosen from the four scores. */
  scoreMeanings: ScoreMeaningValues | null;
}) {
  const { state, pending, onSubmit, fieldError } = useFormAction(props.action);
  return (
    <form className="stack stack-wide" onSubmit={onSubmit} noValidate>
      <FormAlert state={state} />
      <input type="hidden" name="id" value={props.id} />
      <input type="hidden" name="version" value={props.version} />
      <GrowthPathFields
        scoreMeanings={props.scoreMeanings}
        quarters={props.quarters}
        initial={props.initial}
        interpolation={props.interpolation}
        unitLabel={props.unitLabel}
        fieldError={fieldError}
        legend="Mijlpalen"
      />
      <div className="actions">
        <SubmitButton pending={pending}>{props.submitLabel}</SubmitButton>
      </div>
    </form>
  );
}

/** The malus rule of a result KPI: the type decides which amounts are asked for. */
export function MalusRuleForm(props: {
  action: Action;
  id: string;
  version: number;
  initial: Record<string, string>;
  unitLabel: string;
  submitLabel: string;
}) {
  const { state, pending, onSubmit, fieldError } = useFormAction(props.action);
  const v = props.initial;
  const [type, setType] = useState(v.type ?? "none");
  const [tolerance, setTolerance] = useState(v.toleranceKind ?? "none");
  const [caps, setCaps] = useState<Record<string, string>>(
    Object.fromEntries(CAP_CHOICES.map((c) => [c.prefix, v[`${c.prefix}Kind`] ?? "none"])),
  );
  const unit = props.unitLabel === "%" ? "procentpunt" : props.unitLabel || "eenheid";
  return (
    <form className="stack stack-wide" onSubmit={onSubmit} noValidate>
      <FormAlert state={state} />
      <input type="hidden" name="id" value={props.id} />
      <input type="hidden" name="version" value={props.version} />
      <fieldset className="field">
        <legend>Soort malus</legend>
        <div className="radio-stack">
          {[
            ["none", "Geen malus"],
            ["fixed", "Vast bedrag per kwartaal waarin het doel niet gehaald wordt"],
            ["percent_of_quarter_value", "Percentage van de kwartaalwaarde van het contract"],
            ["per_unit_shortfall", `Bedrag per ${unit} tekort op het doel (zoals Rijkswaterstaat bij MKI)`],
          ].map(([value, label]) => (
            <label key={value}>
              <input type="radio" name="type" value={value} checked={type === value} onChange={() => setType(value)} /> {label}
            </label>
          ))}
        </div>
        {fieldError("type") ? <p className="field-error">{fieldError("type")}</p> : null}
      </fieldset>
      {type === "fixed" ? (
        <Field name="amount" label="Bedrag per kwartaal (€)" hint="Bijvoorbeeld 2.500,00." error={fieldError("amount")}>
          {(aria) => <input {...aria} name="amount" inputMode="decimal" defaultValue={v.amount} className="input-short" />}
        </Field>
      ) : null}
      {type === "percent_of_quarter_value" ? (
        <Field name="percent" label="Percentage van de kwartaalwaarde (%)" error={fieldError("percent")}>
          {(aria) => <input {...aria} name="percent" inputMode="decimal" defaultValue={v.percent} className="input-short" />}
        </Field>
      ) : null}
      {type === "per_unit_shortfall" ? (
        <div className="field-row">
          <Field name="centsPerUnit" label={`Bedrag per ${unit} (€)`} error={fieldError("centsPerUnit")}>
            {(aria) => <input {...aria} name="centsPerUnit" inputMode="decimal" defaultValue={v.centsPerUnit} />}
          </Field>
          <Field name="factor" label="Factor" hint="Bijvoorbeeld 1,5 keer het verschil; leeg is 1." error={fieldError("factor")}>
            {(aria) => <input {...aria} name="factor" inputMode="decimal" defaultValue={v.factor} />}
          </Field>
        </div>
      ) : null}
      {type === "per_unit_shortfall" ? (
        <>
          <RadioChoice
            name="assessment"
            legend="Wanneer wordt beoordeeld?"
            layout="stack"
            options={ASSESSMENT_KINDS.map((k) => ({ value: k, label: ASSESSMENT_LABELS[k] }))}
            initial={v.assessment ?? "quarterly"}
            error={fieldError("assessment")}
          />
          <Field
            name="assessmentQuarters"
            label="Kwartalen van de mijlpalen"
            hint="Alleen bij mijlpalen, bijvoorbeeld 2026 K4, 2027 K4. Bij oplevering (het laatste kwartaal) wordt altijd beoordeeld; tekorten en overschotten van de kwartalen ertussen worden verrekend."
            error={fieldError("assessmentQuarters")}
          >
            {(aria) => <input {...aria} name="assessmentQuarters" defaultValue={v.assessmentQuarters} />}
          </Field>
        </>
      ) : null}
      {type !== "none" ? (
        <>
          <div className="field-row">
            <Field
              name="toleranceKind"
              label="Tolerantie"
              hint="Een tekort tot en met de tolerantie geldt niet als gemist."
              error={fieldError("toleranceKind")}
            >
              {(aria) => (
                <select {...aria} name="toleranceKind" value={tolerance} onChange={(e) => setTolerance(e.target.value)}>
                  <option value="none">Geen tolerantie</option>
                  <option value="absolute">In {unit}</option>
                  <option value="percent_of_target">In % van het doel</option>
                </select>
              )}
            </Field>
            {tolerance !== "none" ? (
              <Field
                name="toleranceValue"
                label={tolerance === "absolute" ? `Tolerantie (${unit})` : "Tolerantie (% van het doel)"}
                error={fieldError("toleranceValue")}
              >
                {(aria) => <input {...aria} name="toleranceValue" inputMode="decimal" defaultValue={v.toleranceValue} />}
              </Field>
            ) : null}
          </div>
          {CAP_CHOICES.map((cap) => (
            <div className="field-row" key={cap.prefix}>
              <Field name={`${cap.prefix}Kind`} label={cap.label} error={fieldError(`${cap.prefix}Kind`)}>
                {(aria) => (
                  <select
                    {...aria}
                    name={`${cap.prefix}Kind`}
                    value={caps[cap.prefix]}
                    onChange={(e) => setCaps((c) => ({ ...c, [cap.prefix]: e.target.value }))}
                  >
                    <Options options={capKindOptions(cap.period)} />
                  </select>
                )}
              </Field>
              {caps[cap.prefix] !== "none" ? (
                <Field
                  name={`${cap.prefix}Value`}
                  label={`${cap.label} (${capKindOptions(cap.period).find((o) => o.value === caps[cap.prefix])?.label ?? "€"})`.replace(
                    "(Bedrag in euro)",
                    "(€)",
                  )}
                  error={fieldError(`${cap.prefix}Value`)}
                >
                  {(aria) => <input {...aria} name={`${cap.prefix}Value`} inputMode="decimal" defaultValue={v[`${cap.prefix}Value`]} />}
                </Field>
              ) : null}
            </div>
          ))}
        </>
      ) : null}
      <div className="actions">
        <SubmitButton pending={pending}>{props.submitLabel}</SubmitButton>
      </div>
    </form>
  );
}
