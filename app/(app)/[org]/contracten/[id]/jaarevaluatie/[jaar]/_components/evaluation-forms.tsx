"use client";

import { useState } from "react";
import {
  Field,
  FormAlert,
  Options,
  RadioChoice,
  SubmitButton,
  useFormAction,
  type FormState,
  type Option,
} from "@/app/_components/ui/form";

type Action = (state: FormState, form: FormData) => Promise<FormState>;

/** One button that sends nothing but itself: opening the evaluation, or signing it. */
export function ButtonForm(props: { action: Action; label: string; version?: number; evaluationId?: string; confirm?: string }) {
  const { state, pending, onSubmit } = useFormAction(props.action, { confirm: props.confirm });
  return (
    <form className="stack" onSubmit={onSubmit} noValidate>
      <FormAlert state={state} />
      {props.evaluationId ? <input type="hidden" name="evaluationId" value={props.evaluationId} /> : null}
      {props.version !== undefined ? <input type="hidden" name="version" value={props.version} /> : null}
      <div>
        <SubmitButton pending={pending}>{props.label}</SubmitButton>
      </div>
    </form>
  );
}

/** Keep, adjust (with the new growth path) or retire one KPI, with the reason. */
export function DecisionForm(props: {
  action: Action;
  evaluationId: string;
  version: number;
  kpi: { id: string; name: string };
  initial: { decision: string; reason: string };
  decisions: Option[];
  interpolations: Option[];
  effectiveFrom: string;
}) {
  const { state, pending, onSubmit, fieldError } = useFormAction(props.action);
  const [decision, setDecision] = useState(props.initial.decision);
  const key = props.kpi.id.slice(0, 8);
  return (
    <form className="stack" onSubmit={onSubmit} noValidate aria-label={`Besluit over ${props.kpi.name}`}>
      <FormAlert state={state} />
      <input type="hidden" name="evaluationId" value={props.evaluationId} />
      <input type="hidden" name="version" value={props.version} />
      <input type="hidden" name="kpiId" value={props.kpi.id} />
      <RadioChoice
        name="decision"
        legend={`Besluit over ${props.kpi.name}`}
        options={props.decisions}
        initial={props.initial.decision}
        error={fieldError("decision")}
        onChange={setDecision}
      />
      <Field name="reason" id={`reason-${key}`} label="Reden" error={fieldError("reason")}>
        {(aria) => <textarea {...aria} name="reason" rows={2} defaultValue={props.initial.reason} maxLength={2000} required />}
      </Field>
      {decision === "adjust" ? (
        <div className="field-row">
          <Field name="interpolation" id={`interpolation-${key}`} label="Verloop" error={fieldError("interpolation")}>
            {(aria) => (
              <select {...aria} name="interpolation" defaultValue="step">
                <Options options={props.interpolations} />
              </select>
            )}
          </Field>
          <Field
            name="milestones.0.quarter"
            id={`milestone-quarter-${key}`}
            label="Kwartaal van de mijlpaal"
            hint="Bijvoorbeeld 2027-Q4"
            error={fieldError("milestones.0.quarter") ?? fieldError("milestones")}
          >
            {(aria) => <input {...aria} name="milestones.0.quarter" defaultValue="" placeholder="2027-Q4" />}
          </Field>
          <Field name="milestones.0.value" id={`milestone-value-${key}`} label="Doelwaarde" error={fieldError("milestones.0.value")}>
            {(aria) => <input {...aria} name="milestones.0.value" inputMode="decimal" defaultValue="" />}
          </Field>
          <Field
            name="effectiveFrom"
            id={`effective-${key}`}
            label="Gaat in vanaf"
            hint={`Leeg: ${props.effectiveFrom}`}
            error={fieldError("effectiveFrom")}
          >
            {(aria) => <input {...aria} name="effectiveFrom" defaultValue="" placeholder="2027-Q1" />}
          </Field>
        </div>
      ) : null}
      <div>
        <SubmitButton pending={pending} variant="secondary">
          Besluit vastleggen
        </SubmitButton>
      </div>
    </form>
  );
}

/** Does the roadmap still hold, and the summary of the evaluation. */
export function RoadmapCheckForm(props: {
  action: Action;
  evaluationId: string;
  version: number;
  initial: { roadmapHolds: string; roadmapNote: string; summary: string };
  choices: Option[];
}) {
  const { state, pending, onSubmit, fieldError } = useFormAction(props.action);
  return (
    <form className="stack" onSubmit={onSubmit} noValidate>
      <FormAlert state={state} />
      <input type="hidden" name="evaluationId" value={props.evaluationId} />
      <input type="hidden" name="version" value={props.version} />
      <RadioChoice
        name="roadmapHolds"
        legend="Klopt de roadmap nog?"
        options={props.choices}
        initial={props.initial.roadmapHolds}
        error={fieldError("roadmapHolds")}
      />
      <Field name="roadmapNote" label="Toelichting op de roadmap" error={fieldError("roadmapNote")}>
        {(aria) => <textarea {...aria} name="roadmapNote" rows={3} defaultValue={props.initial.roadmapNote} maxLength={5000} />}
      </Field>
      <Field name="summary" label="Samenvatting van de evaluatie" error={fieldError("summary")}>
        {(aria) => <textarea {...aria} name="summary" rows={3} defaultValue={props.initial.summary} maxLength={5000} />}
      </Field>
      <div>
        <SubmitButton pending={pending} variant="secondary">
          Roadmap-check opslaan
        </SubmitButton>
      </div>
    </form>
  );
}
