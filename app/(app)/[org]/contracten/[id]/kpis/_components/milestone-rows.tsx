"use client";

import { useRef, useState } from "react";
import { Field } from "@/app/_components/ui/form";
import type { ChartQuarter } from "./growth-path-chart";

export type MilestoneValue = { quarter: string; value: string };
type Row = MilestoneValue & { key: number };

/**
 * Milestone rows (quarter and target) with add and remove, plus the choice between stepwise and
 * linear. Posted as milestones.0.quarter, milestones.0.value, ...; the keys stay with a row when
 * another is removed, so the browser keeps what was typed in each.
 */
export function GrowthPathFields(props: {
  quarters: ChartQuarter[];
  initial: MilestoneValue[];
  interpolation: "step" | "linear";
  unitLabel: string;
  fieldError: (name: string) => string | undefined;
  legend?: string;
}) {
  const nextKey = useRef(Math.max(props.initial.length, 1));
  const [rows, setRows] = useState<Row[]>(
    (props.initial.length > 0 ? props.initial : [{ quarter: "", value: "" }]).map((m, key) => ({ ...m, key })),
  );
  const container = useRef<HTMLFieldSetElement>(null);
  const { fieldError } = props;

  function addRow() {
    const key = nextKey.current++;
    setRows((current) => [...current, { key, quarter: "", value: "" }]);
    requestAnimationFrame(() => container.current?.querySelector<HTMLSelectElement>(`[data-row="${key}"] select`)?.focus());
  }

  return (
    <fieldset className="milestones" ref={container}>
      <legend>{props.legend ?? "Groeipad"}</legend>
      <div className="field">
        <span className="hint" id="interpolation-hint">
          Het doel van elk kwartaal volgt uit de mijlpalen. Na de laatste mijlpaal blijft die waarde gelden.
        </span>
        <div className="radio-stack" role="radiogroup" aria-describedby="interpolation-hint" aria-label="Verloop tussen de mijlpalen">
          <label>
            <input type="radio" name="interpolation" value="linear" defaultChecked={props.interpolation === "linear"} /> Lineair: het doel
            stijgt of daalt gelijkmatig tussen de mijlpalen
          </label>
          <label>
            <input type="radio" name="interpolation" value="step" defaultChecked={props.interpolation === "step"} /> Trapsgewijs: het
            doel blijft gelijk tot de volgende mijlpaal
          </label>
        </div>
      </div>
      {rows.map((row, i) => (
        <fieldset key={row.key} className="milestone-row kpi-milestone-row" data-row={row.key}>
          <legend>Mijlpaal {i + 1}</legend>
          <Field name={`milestones.${i}.quarter`} label="Kwartaal" error={fieldError(`milestones.${i}.quarter`)}>
            {(aria) => (
              <select {...aria} name={`milestones.${i}.quarter`} defaultValue={row.quarter}>
                <option value="">Kies een kwartaal</option>
                {props.quarters.map((q) => (
                  <option key={q.key} value={q.key}>
                    {q.label}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <Field
            name={`milestones.${i}.value`}
            label={`Doel${props.unitLabel ? ` (${props.unitLabel})` : ""}`}
            error={fieldError(`milestones.${i}.value`)}
          >
            {(aria) => <input {...aria} name={`milestones.${i}.value`} inputMode="decimal" defaultValue={row.value} />}
          </Field>
          <button
            type="button"
            className="button button-secondary milestone-remove"
            onClick={() => setRows((current) => current.filter((r) => r.key !== row.key))}
          >
            Verwijder<span className="visually-hidden"> mijlpaal {i + 1}</span>
          </button>
        </fieldset>
      ))}
      {fieldError("milestones") ? (
        <p className="field-error" role="alert">
          {fieldError("milestones")}
        </p>
      ) : null}
      <div>
        <button type="button" className="button button-secondary" onClick={addRow}>
          Mijlpaal toevoegen
        </button>
      </div>
    </fieldset>
  );
}
