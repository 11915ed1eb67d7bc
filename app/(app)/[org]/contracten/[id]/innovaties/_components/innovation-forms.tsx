"use client";

import { Field, FormAlert, Options, SubmitButton, useFormAction, type FormState, type Option } from "@/app/_components/ui/form";

type Action = (state: FormState, form: FormData) => Promise<FormState>;

/** A group of checkboxes with its legend and error, announced together. */
function Checkboxes(props: { name: string; legend: string; options: Option[]; error?: string; hint?: string }) {
  const errorId = `field-${props.name}-error`;
  const hintId = `field-${props.name}-hint`;
  const describedBy = [props.hint ? hintId : null, props.error ? errorId : null].filter(Boolean).join(" ");
  return (
    <fieldset className="field" aria-describedby={describedBy || undefined}>
      <legend>{props.legend}</legend>
      {props.hint ? (
        <span className="hint" id={hintId}>
          {props.hint}
        </span>
      ) : null}
      <div className="radio-stack">
        {props.options.map((o) => (
          <label key={o.value}>
            <input type="checkbox" name={props.name} value={o.value} /> <span>{o.label}</span>
          </label>
        ))}
      </div>
      {props.error ? (
        <p className="field-error" id={errorId}>
          {props.error}
        </p>
      ) : null}
    </fieldset>
  );
}

/** Propose an innovation or pilot: what problem it solves, what it should move and what it costs whom. */
export function ProposeInnovationForm(props: {
  action: Action;
  kpis: Option[];
  themes: Option[];
  roadmap: Option[];
  costBearers: Option[];
}) {
  const { state, pending, onSubmit, fieldError } = useFormAction(props.action, { resetOnSuccess: true });
  return (
    <form className="stack stack-wide" onSubmit={onSubmit} noValidate>
      <FormAlert state={state} />
      <Field name="title" label="Titel" error={fieldError("title")}>
        {(aria) => <input {...aria} name="title" maxLength={200} required />}
      </Field>
      <Field name="problem" label="Welk probleem lost het op?" error={fieldError("problem")}>
        {(aria) => <textarea {...aria} name="problem" rows={3} maxLength={2000} required />}
      </Field>
      <Field
        name="expectedEffect"
        label="Verwacht effect"
        hint="Optioneel: wat verandert er, en hoeveel, als het werkt?"
        error={fieldError("expectedEffect")}
      >
        {(aria) => <textarea {...aria} name="expectedEffect" rows={3} maxLength={2000} />}
      </Field>
      {props.kpis.length > 0 ? (
        <Checkboxes name="kpiIds" legend="KPI's waarop het effect heeft" options={props.kpis} error={fieldError("kpiIds")} />
      ) : null}
      {props.themes.length > 0 ? (
        <Checkboxes name="themeIds" legend="Thema's van het Waardenwiel" options={props.themes} error={fieldError("themeIds")} />
      ) : null}
      <div className="field-row">
        <Field name="costCents" label="Kosten (€)" hint="Optioneel, bijvoorbeeld 12.500,00" error={fieldError("costCents")}>
          {(aria) => <input {...aria} name="costCents" inputMode="decimal" />}
        </Field>
        <Field name="costBearer" label="Wie draagt de kosten?" error={fieldError("costBearer")}>
          {(aria) => (
            <select {...aria} name="costBearer" defaultValue="">
              <Options options={props.costBearers} placeholder="Nog niet afgesproken" />
            </select>
          )}
        </Field>
        {props.roadmap.length > 0 ? (
          <Field name="roadmapItemId" label="Actie op de roadmap" error={fieldError("roadmapItemId")}>
            {(aria) => (
              <select {...aria} name="roadmapItemId" defaultValue="">
                <Options options={props.roadmap} placeholder="Geen" />
              </select>
            )}
          </Field>
        ) : null}
      </div>
      <div className="actions">
        <SubmitButton pending={pending}>Innovatie voorstellen</SubmitButton>
      </div>
    </form>
  );
}

/** What a go or a pilot delivered, recorded by either side. */
export function OutcomeForm(props: { action: Action; innovationId: string; version: number; outcome: string }) {
  const { state, pending, onSubmit, fieldError } = useFormAction(props.action);
  const id = `outcome-${props.innovationId}`;
  return (
    <form className="stack stack-wide" onSubmit={onSubmit} noValidate>
      <FormAlert state={state} />
      <input type="hidden" name="version" value={props.version} />
      <Field name="outcome" id={id} label="Wat heeft het opgeleverd?" error={fieldError("outcome")}>
        {(aria) => <textarea {...aria} name="outcome" rows={3} maxLength={5000} defaultValue={props.outcome} required />}
      </Field>
      <div className="actions">
        <SubmitButton pending={pending} variant="secondary">
          Resultaat vastleggen
        </SubmitButton>
      </div>
    </form>
  );
}
