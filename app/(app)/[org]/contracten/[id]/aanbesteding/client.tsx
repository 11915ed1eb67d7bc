"use client";

import { Field, FormAlert, Options, SubmitButton, useFormAction, type FormState } from "@/app/_components/ui/form";

type Action = (state: FormState, form: FormData) => Promise<FormState>;

export function TenderForm(props: {
  action: Action;
  procedures: { value: string; label: string }[];
  initial: { reference: string; procedure: string; awardDate: string; winnerScore: string; version: number };
}) {
  const { state, pending, onSubmit, fieldError } = useFormAction(props.action);
  const v = props.initial;
  return (
    <form className="stack" onSubmit={onSubmit} noValidate>
      <FormAlert state={state} />
      <input type="hidden" name="version" value={v.version} />
      <div className="field-row">
        <Field name="reference" label="Kenmerk (bijvoorbeeld TenderNed)" error={fieldError("reference")}>
          {(aria) => <input {...aria} name="reference" maxLength={100} defaultValue={v.reference} />}
        </Field>
        <Field name="procedure" label="Procedure" error={fieldError("procedure")}>
          {(aria) => (
            <select {...aria} name="procedure" defaultValue={v.procedure}>
              <Options options={props.procedures} placeholder="Kies een procedure" />
            </select>
          )}
        </Field>
        <Field name="awardDate" label="Gunningsdatum" error={fieldError("awardDate")}>
          {(aria) => <input {...aria} name="awardDate" type="date" defaultValue={v.awardDate} />}
        </Field>
        <Field name="winnerScore" label="Score van de winnaar" hint="Leeg als er geen score is." error={fieldError("winnerScore")}>
          {(aria) => <input {...aria} name="winnerScore" inputMode="decimal" defaultValue={v.winnerScore} />}
        </Field>
      </div>
      <SubmitButton pending={pending}>Aanbesteding opslaan</SubmitButton>
    </form>
  );
}

type Indicator = { indicatorId: string; indicatorName: string; unitLabel: string };

export function BidForm(props: {
  action: Action;
  indicators: Indicator[];
  idPrefix: string;
  initial: { id: string; version: number; bidderName: string; score: string; values: Record<string, string> };
  submitLabel: string;
}) {
  const { state, pending, onSubmit, fieldError } = useFormAction(props.action, { resetOnSuccess: props.initial.id === "" });
  const v = props.initial;
  const id = (name: string) => `${props.idPrefix}-${name}`;
  return (
    <form className="stack" onSubmit={onSubmit} noValidate>
      <FormAlert state={state} />
      <input type="hidden" name="id" value={v.id} />
      <input type="hidden" name="version" value={v.version} />
      <div className="field-row">
        <Field name="bidderName" id={id("bidderName")} label="Naam van de inschrijver" error={fieldError("bidderName")}>
          {(aria) => <input {...aria} name="bidderName" maxLength={200} defaultValue={v.bidderName} />}
        </Field>
        <Field name="score" id={id("score")} label="Score" hint="Leeg als er geen score is." error={fieldError("score")}>
          {(aria) => <input {...aria} name="score" inputMode="decimal" defaultValue={v.score} />}
        </Field>
      </div>
      {props.indicators.map((i) => (
        <Field
          key={i.indicatorId}
          name={`values.${i.indicatorId}`}
          id={id(i.indicatorId)}
          label={`Toegezegd: ${i.indicatorName} (${i.unitLabel})`}
          hint="Met een komma voor decimalen; leeg als de inschrijver hier niets over zei."
          error={fieldError(`values.${i.indicatorId}`)}
        >
          {(aria) => <input {...aria} name={`values.${i.indicatorId}`} inputMode="decimal" defaultValue={v.values[i.indicatorId] ?? ""} />}
        </Field>
      ))}
      <SubmitButton pending={pending}>{props.submitLabel}</SubmitButton>
    </form>
  );
}

export function DeleteBidButton(props: { action: Action; id: string; version: number; label: string }) {
  const { pending, onSubmit } = useFormAction(props.action, { confirm: `Inschrijving ${props.label} verwijderen?` });
  return (
    <form onSubmit={onSubmit}>
      <input type="hidden" name="id" value={props.id} />
      <input type="hidden" name="version" value={props.version} />
      <SubmitButton pending={pending} variant="danger">
        Verwijderen<span className="visually-hidden"> inschrijving {props.label}</span>
      </SubmitButton>
    </form>
  );
}
