"use client";

import { useState } from "react";
import { Field, Options, RadioChoice } from "@/app/_components/ui/form";
import { activityUnitOptions, intensityKindOptions } from "@/lib/indicators/intensity";
import type { IndicatorChoice, IndicatorFormValues } from "@/lib/indicators/pages";
import { IndicatorOptions } from "../../_components/indicator-options";

/**
 * Whether the indicator is an absolute value or an intensity, and for an intensity per which
 * activity it is and which absolute indicator it adds up into. The fields of an intensity appear
 * only once it is chosen; whatever they hold stays when the server answers with an error.
 */
export function IntensityFields(props: {
  initial: IndicatorFormValues;
  absoluteChoices: IndicatorChoice[];
  fieldError: (name: string) => string | undefined;
}) {
  const { initial: v, fieldError } = props;
  const [kind, setKind] = useState(v.intensity);
  return (
    <fieldset className="group">
      <legend>Intensiteit</legend>
      <RadioChoice
        layout="stack"
        name="intensity"
        legend="Hoe wordt de waarde gemeten?"
        options={intensityKindOptions}
        initial={v.intensity}
        error={fieldError("intensity")}
        onChange={setKind}
      />
      {kind === "per_unit" ? (
        <>
          <Field
            name="activityUnit"
            label="Per eenheid activiteit"
            hint="Met de UN/CEFACT-code tussen haakjes."
            error={fieldError("activityUnit")}
          >
            {(aria) => (
              <select {...aria} name="activityUnit" defaultValue={v.activityUnit}>
                <Options options={activityUnitOptions} placeholder="Kies een eenheid" />
              </select>
            )}
          </Field>
          <div className="field-row">
            <Field
              name="absoluteIndicatorId"
              label="Telt mee in"
              hint="Optioneel: een indicator die optelt, zodat doelstellingen daarop deze contracten meetellen."
              error={fieldError("absoluteIndicatorId")}
            >
              {(aria) => (
                <select {...aria} name="absoluteIndicatorId" defaultValue={v.absoluteIndicatorId}>
                  <IndicatorOptions indicators={props.absoluteChoices} placeholder="Telt nergens in mee" />
                </select>
              )}
            </Field>
            <Field
              name="absoluteFactor"
              label="Factor"
              hint="Waarde × hoeveelheid × factor is het totaal in die indicator, bijvoorbeeld 0,001 van kg naar ton."
              error={fieldError("absoluteFactor")}
            >
              {(aria) => <input {...aria} name="absoluteFactor" inputMode="decimal" defaultValue={v.absoluteFactor} />}
            </Field>
          </div>
        </>
      ) : null}
    </fieldset>
  );
}
