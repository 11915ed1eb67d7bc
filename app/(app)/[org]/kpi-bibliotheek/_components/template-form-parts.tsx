"use client";

import { useState } from "react";
import { ASSESSMENT_LABELS } from "@/lib/malus/assessment";

const TEMPLATE_ASSESSMENTS = ["quarterly", "completion"] as const;
import { CAP_CHOICES, capKindOptions } from "@/lib/malus/cap-choices";
import { Field, Options } from "@/app/_components/ui/form";
import { MilestoneRows } from "@/app/_components/ui/milestone-rows";

type FieldError = (name: string) => string | undefined;
export type LevelValues = { description: string; interpolation: string; milestones: Array<{ offset: string; value: string }> };

const INTERPOLATION_OPTIONS = [
  { value: "linear", label: "Lineair: gelijkmatig tussen de mijlpalen" },
  { value: "step", label: "Trapsgewijs: gelijk tot de volgende mijlpaal" },
];

/** One ambition level: what it asks, and its growth path as quarters after the contract start. */
export function LevelFieldset(props: { level: string; label: string; explanation: string; initial: LevelValues; fieldError: FieldError }) {
  const prefix = `levels.${props.level}`;
  return (
    <fieldset className="milestones level-fieldset">
      <legend>Niveau {props.label}</legend>
      <p className="small muted">{props.explanation}</p>
      <Field name={`${prefix}.description`} label={`Wat vraagt niveau ${props.label}?`} error={props.fieldError(`${prefix}.description`)}>
        {(aria) => <textarea {...aria} name={`${prefix}.description`} rows={2} defaultValue={props.initial.description} maxLength={1000} />}
      </Field>
      <Field name={`${prefix}.interpolation`} label="Verloop tussen de mijlpalen" error={props.fieldError(`${prefix}.interpolation`)}>
        {(aria) => (
          <select {...aria} name={`${prefix}.interpolation`} defaultValue={props.initial.interpolation || "linear"}>
            <Options options={INTERPOLATION_OPTIONS} />
          </select>
        )}
      </Field>
      {props.fieldError(`${prefix}.milestones`) ? <p className="field-error">{props.fieldError(`${prefix}.milestones`)}</p> : null}
      <MilestoneRows
        initial={props.initial.milestones.length > 0 ? props.initial.milestones : [{ offset: "0", value: "" }]}
        blank={{ offset: "", value: "" }}
        minRows={1}
        legend={(i) => `Mijlpaal ${i + 1} van niveau ${props.label}`}
        rowClassName="template-milestone-row"
        addLabel={
          <>
            Mijlpaal toevoegen<span className="visually-hidden"> aan niveau {props.label}</span>
          </>
        }
      >
        {(row, i) => (
          <>
            <Field
              name={`${prefix}.milestones.${i}.offset`}
              label="Kwartalen na de start"
              hint="0 = eerste kwartaal, 4 = na een jaar"
              error={props.fieldError(`${prefix}.milestones.${i}.offset`)}
            >
              {(aria) => <input {...aria} name={`${prefix}.milestones.${i}.offset`} inputMode="numeric" defaultValue={row.offset} />}
            </Field>
            <Field
              name={`${prefix}.milestones.${i}.value`}
              label="Doelwaarde"
              hint="Met een komma: 12,5"
              error={props.fieldError(`${prefix}.milestones.${i}.value`)}
            >
              {(aria) => <input {...aria} name={`${prefix}.milestones.${i}.value`} inputMode="decimal" defaultValue={row.value} />}
            </Field>
          </>
        )}
      </MilestoneRows>
    </fieldset>
  );
}

const MALUS_TYPES = [
  { value: "none", label: "Geen malus" },
  { value: "fixed", label: "Vast bedrag per kwartaal" },
  { value: "percent_of_quarter_value", label: "Percentage van de kwartaalwaarde" },
  { value: "per_unit_shortfall", label: "Bedrag per eenheid tekort" },
];
const TOLERANCES = [
  { value: "none", label: "Geen tolerantie" },
  { value: "absolute", label: "In eenheden van de indicator" },
  { value: "percent_of_target", label: "Als % van het doel" },
];

/** The malus rule of a result obligation: the same fields as on a contract KPI. */
export function MalusFieldset(props: { initial: Record<string, string>; fieldError: FieldError }) {
  const [type, setType] = useState(props.initial.type ?? "none");
  const [tolerance, setTolerance] = useState(props.initial.toleranceKind ?? "none");
  const v = props.initial;
  const input = (name: string, label: string, hint?: string) => (
    <Field name={`malus.${name}`} label={label} hint={hint} error={props.fieldError(`malus.${name}`)}>
      {(aria) => <input {...aria} name={`malus.${name}`} inputMode="decimal" defaultValue={v[name] ?? ""} />}
    </Field>
  );
  return (
    <fieldset className="milestones">
      <legend>Malusregel (alleen bij een resultaatverplichting)</legend>
      <Field name="malus.type" label="Soort malus" error={props.fieldError("malus.type")}>
        {(aria) => (
          <select {...aria} name="malus.type" value={type} onChange={(e) => setType(e.target.value)}>
            <Options options={MALUS_TYPES} />
          </select>
        )}
      </Field>
      {type === "fixed" ? input("amount", "Bedrag per kwartaal (euro)", "Bijvoorbeeld 2.500") : null}
      {type === "percent_of_quarter_value" ? input("percent", "Percentage van de kwartaalwaarde") : null}
      {type === "per_unit_shortfall" ? (
        <div className="field-row">
          {input("centsPerUnit", "Bedrag per eenheid tekort (euro)")}
          {input("factor", "Factor", "Bijvoorbeeld 1,5 (zoals Rijkswaterstaat bij MKI)")}
          <Field name="malus.assessment" label="Wanneer wordt beoordeeld?" error={props.fieldError("malus.assessment")}>
            {(aria) => (
              <select {...aria} name="malus.assessment" defaultValue={v.assessment ?? "quarterly"}>
                {/* A template has no contract dates: milestones are set on the contract's KPI. */}
                <Options options={TEMPLATE_ASSESSMENTS.map((k) => ({ value: k, label: ASSESSMENT_LABELS[k] }))} />
              </select>
            )}
          </Field>
        </div>
      ) : null}
      {type !== "none" ? (
        <>
          <div className="field-row">
            <Field name="malus.toleranceKind" label="Tolerantie">
              {(aria) => (
                <select {...aria} name="malus.toleranceKind" value={tolerance} onChange={(e) => setTolerance(e.target.value)}>
                  <Options options={TOLERANCES} />
                </select>
              )}
            </Field>
            {tolerance !== "none" ? input("toleranceValue", "Tolerantie") : null}
          </div>
          {CAP_CHOICES.map(({ prefix, label, period }) => (
            <div className="field-row" key={prefix}>
              <Field name={`malus.${prefix}Kind`} label={label}>
                {(aria) => (
                  <select {...aria} name={`malus.${prefix}Kind`} defaultValue={v[`${prefix}Kind`] ?? "none"}>
                    <Options options={capKindOptions(period)} />
                  </select>
                )}
              </Field>
              {input(`${prefix}Value`, `${label}: waarde`, "Laat leeg bij geen maximum")}
            </div>
          ))}
        </>
      ) : null}
    </fieldset>
  );
}
