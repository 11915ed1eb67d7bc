"use client";

import { useId, useState } from "react";
import { Field, Options } from "@/app/_components/ui/form";
import { decimalInput } from "@/lib/format";
import { WheelForm, type WheelAction, type WheelRef } from "./wheel-form";

export type IndicatorOption = {
  id: string;
  name: string;
  unitCode: string;
  unitLabel: string;
  minValue: string | null;
  maxValue: string | null;
};

type GoalValues = {
  id: string;
  kind: "qualitative" | "quantitative";
  description: string;
  indicatorId: string | null;
  baseYear: number | null;
  baseValue: string | null;
  targetYear: number | null;
  targetValue: string | null;
};

function rangeHint(indicator: IndicatorOption | undefined): string {
  const decimals = "Gebruik een komma voor decimalen, bijvoorbeeld 12,5.";
  if (!indicator) return decimals;
  if (indicator.unitCode === "P1") return `Een percentage van 0 tot en met 100. ${decimals}`;
  return `In ${indicator.unitLabel}. ${decimals}`;
}

/**
 * A goal of a theme. A qualitative goal is a sentence; a quantitative one also names an
 * indicator from the catalogue with a base year and value and a target year and value. The
 * action is addGoalAction for a new goal, updateGoalAction for an existing one.
 */
export function GoalForm(props: {
  action: WheelAction;
  wheel: WheelRef;
  themeId: string;
  themeName: string;
  indicators: IndicatorOption[];
  goal?: GoalValues;
  defaultYears: { base: number; target: number };
}) {
  const { goal } = props;
  const prefix = useId().replace(/:/g, "");
  const [kind, setKind] = useState<string>(goal?.kind ?? "qualitative");
  const [indicatorId, setIndicatorId] = useState(goal?.indicatorId ?? "");
  const indicator = props.indicators.find((i) => i.id === indicatorId);
  const unit = indicator ? ` (${indicator.unitLabel})` : "";
  return (
    <WheelForm
      action={props.action}
      wheel={props.wheel}
      hidden={goal ? { goalId: goal.id } : { themeId: props.themeId }}
      submitLabel={
        goal ? (
          "Doel opslaan"
        ) : (
          <>
            Doel toevoegen<span className="visually-hidden"> bij {props.themeName}</span>
          </>
        )
      }
      resetOnSuccess={!goal}
      onSuccess={() => {
        if (goal) return;
        setKind("qualitative");
        setIndicatorId("");
      }}
    >
      {(fieldError) => (
        <>
          <fieldset className="field">
            <legend>Soort doel</legend>
            <div className="radio-row">
              <label>
                <input
                  type="radio"
                  name="kind"
                  value="qualitative"
                  checked={kind === "qualitative"}
                  onChange={() => setKind("qualitative")}
                />
                Kwalitatief
              </label>
              <label>
                <input
                  type="radio"
                  name="kind"
                  value="quantitative"
                  checked={kind === "quantitative"}
                  onChange={() => setKind("quantitative")}
                />
                Kwantitatief (meetbaar op een indicator)
              </label>
            </div>
          </fieldset>
          <Field
            name={`${prefix}-description`}
            label="Doel"
            hint={
              kind === "quantitative"
                ? "Bijvoorbeeld: Halvering van de CO2-uitstoot van de catering."
                : "Bijvoorbeeld: Elk contract heeft een groeipad voor circulariteit."
            }
            error={fieldError("description")}
          >
            {(aria) => <textarea {...aria} name="description" defaultValue={goal?.description ?? ""} maxLength={500} rows={2} required />}
          </Field>
          {kind === "quantitative" ? (
            <>
              <Field name={`${prefix}-indicatorId`} label="Indicator" error={fieldError("indicatorId")}>
                {(aria) => (
                  <select {...aria} name="indicatorId" value={indicatorId} onChange={(e) => setIndicatorId(e.target.value)}>
                    <Options
                      placeholder="Kies een indicator"
                      options={props.indicators.map((i) => ({ value: i.id, label: `${i.name} (${i.unitLabel})` }))}
                    />
                  </select>
                )}
              </Field>
              <div className="field-row">
                <Field name={`${prefix}-baseYear`} label="Basisjaar" error={fieldError("baseYear")}>
                  {(aria) => (
                    <input
                      {...aria}
                      name="baseYear"
                      inputMode="numeric"
                      defaultValue={goal?.baseYear ?? props.defaultYears.base}
                      maxLength={4}
                    />
                  )}
                </Field>
                <Field
                  name={`${prefix}-baseValue`}
                  label={`Basiswaarde${unit}`}
                  hint={rangeHint(indicator)}
                  error={fieldError("baseValue")}
                >
                  {(aria) => <input {...aria} name="baseValue" inputMode="decimal" defaultValue={decimalInput(goal?.baseValue)} />}
                </Field>
              </div>
              <div className="field-row">
                <Field name={`${prefix}-targetYear`} label="Doeljaar" hint="Na het basisjaar." error={fieldError("targetYear")}>
                  {(aria) => (
                    <input
                      {...aria}
                      name="targetYear"
                      inputMode="numeric"
                      defaultValue={goal?.targetYear ?? props.defaultYears.target}
                      maxLength={4}
                    />
                  )}
                </Field>
                <Field
                  name={`${prefix}-targetValue`}
                  label={`Doelwaarde${unit}`}
                  hint={rangeHint(indicator)}
                  error={fieldError("targetValue")}
                >
                  {(aria) => <input {...aria} name="targetValue" inputMode="decimal" defaultValue={decimalInput(goal?.targetValue)} />}
                </Field>
              </div>
            </>
          ) : null}
        </>
      )}
    </WheelForm>
  );
}
