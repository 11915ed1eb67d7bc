"use client";

import { Field } from "@/app/_components/ui/form";
import { MilestoneRows } from "@/app/_components/ui/milestone-rows";
import { scoreChoiceLabel } from "@/lib/kpis/chart";
import { QUALITATIVE_SCORES } from "@/lib/kpis/rules";
import type { ChartQuarter } from "./growth-path-chart";

export type MilestoneValue = { quarter: string; value: string };
export type ScoreMeaningValues = Partial<Record<string, string>>;

/**
 * Milestone rows (quarter and target) with add and remove, plus the choice between stepwise and
 * linear. Posted as milestones.0.quarter, milestones.0.value, ... With `scoreMeanings` (a
 * qualitative KPI) each target is one of the four scores and the path runs stepwise.
 */
export function GrowthPathFields(props: {
  quarters: ChartQuarter[];
  initial: MilestoneValue[];
  interpolation: "step" | "linear";
  unitLabel: string;
  fieldError: (name: string) => string | undefined;
  legend?: string;
  scoreMeanings?: ScoreMeaningValues | null;
}) {
  const { fieldError } = props;
  const scores = props.scoreMeanings;

  return (
    <fieldset className="milestones">
      <legend>{props.legend ?? "Groeipad"}</legend>
      {scores ? (
        <p className="hint">
          <input type="hidden" name="interpolation" value="step" />
          Een score groeit in hele stappen: het doel blijft gelijk tot de volgende mijlpaal. Na de laatste mijlpaal blijft die score gelden.
        </p>
      ) : (
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
              <input type="radio" name="interpolation" value="step" defaultChecked={props.interpolation === "step"} /> Trapsgewijs: het doel
              blijft gelijk tot de volgende mijlpaal
            </label>
          </div>
        </div>
      )}
      <MilestoneRows
        initial={props.initial}
        blank={{ quarter: "", value: "" }}
        minRows={1}
        legend={(i) => `Mijlpaal ${i + 1}`}
        rowClassName="kpi-milestone-row"
        error={fieldError("milestones")}
      >
        {(row, i) => (
          <>
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
              {(aria) =>
                scores ? (
                  <ScoreSelect
                    aria={aria}
                    name={`milestones.${i}.value`}
                    meanings={scores}
                    defaultValue={row.value}
                    placeholder="Kies een score"
                  />
                ) : (
                  <input {...aria} name={`milestones.${i}.value`} inputMode="decimal" defaultValue={row.value} />
                )
              }
            </Field>
          </>
        )}
      </MilestoneRows>
    </fieldset>
  );
}

/** One of the four scores, each shown with its meaning ("3 – in uitvoering"). */
export function ScoreSelect(props: {
  aria: { id: string; "aria-invalid": boolean; "aria-describedby"?: string };
  name: string;
  meanings: ScoreMeaningValues;
  defaultValue: string;
  placeholder: string;
}) {
  return (
    <select {...props.aria} name={props.name} defaultValue={props.defaultValue}>
      <option value="">{props.placeholder}</option>
      {QUALITATIVE_SCORES.map((score) => (
        <option key={score} value={score}>
          {scoreChoiceLabel(score, props.meanings)}
        </option>
      ))}
    </select>
  );
}
