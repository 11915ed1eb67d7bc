"use client";

import { Field, FormAlert, Options, SubmitButton, useFormAction, type FormState, type Option } from "@/app/_components/ui/form";

type Action = (state: FormState, form: FormData) => Promise<FormState>;

const STATUS_OPTIONS: Option[] = [
  { value: "geverifieerd", label: "Geverifieerd" },
  { value: "betwist", label: "Betwist" },
  { value: "niet_geverifieerd", label: "Niet geverifieerd" },
];

/** Recording a status for one value; the note stays in the field when the action refuses. */
export function RecordVerificationForm({ action, reportValueId, label }: { action: Action; reportValueId: string; label: string }) {
  const { state, pending, onSubmit, fieldError } = useFormAction(action);
  return (
    <details>
      <summary>
        Verificatie vastleggen<span className="visually-hidden"> ({label})</span>
      </summary>
      <form onSubmit={onSubmit} className="stack">
        <FormAlert state={state} />
        <input type="hidden" name="reportValueId" value={reportValueId} />
        <Field name={`status-${reportValueId}`} label={`Status van ${label}`} error={fieldError("status")}>
          {(aria) => (
            <select {...aria} name="status" defaultValue="geverifieerd">
              <Options options={STATUS_OPTIONS} />
            </select>
          )}
        </Field>
        <Field name={`note-${reportValueId}`} label="Toelichting (bewijs, bron, bevinding)" error={fieldError("note")}>
          {(aria) => <textarea {...aria} name="note" rows={2} maxLength={2000} />}
        </Field>
        <SubmitButton pending={pending}>Vastleggen</SubmitButton>
      </form>
    </details>
  );
}

export function DrawSampleForm({ action, quarter }: { action: Action; quarter: string }) {
  const { state, pending, onSubmit, fieldError } = useFormAction(action);
  return (
    <form onSubmit={onSubmit} className="stack">
      <FormAlert state={state} />
      <input type="hidden" name="quarter" value={quarter} />
      <Field name="size" label="Aantal waarden" error={fieldError("size")}>
        {(aria) => <input {...aria} name="size" inputMode="numeric" defaultValue="5" required />}
      </Field>
      <Field
        name="seed"
        label="Startwaarde (optioneel)"
        hint="Leeg: een nieuwe willekeurige startwaarde. Dezelfde startwaarde trekt bij dezelfde waarden dezelfde steekproef."
        error={fieldError("seed")}
      >
        {(aria) => <input {...aria} name="seed" inputMode="numeric" />}
      </Field>
      {fieldError("quarter") ? <p className="field-error">{fieldError("quarter")}</p> : null}
      <SubmitButton pending={pending}>Steekproef trekken</SubmitButton>
    </form>
  );
}

export function AssignVerifierForm({ action, contracts, verifiers }: { action: Action; contracts: Option[]; verifiers: Option[] }) {
  const { state, pending, onSubmit, fieldError } = useFormAction(action);
  return (
    <form onSubmit={onSubmit} className="stack">
      <FormAlert state={state} />
      <Field name="contractId" label="Contract" error={fieldError("contractId")}>
        {(aria) => (
          <select {...aria} name="contractId" required>
            <Options options={contracts} placeholder="Kies een contract" />
          </select>
        )}
      </Field>
      <Field name="verifierUserId" label="Verificateur" error={fieldError("verifierUserId")}>
        {(aria) => (
          <select {...aria} name="verifierUserId" required>
            <Options options={verifiers} placeholder="Kies een verificateur" />
          </select>
        )}
      </Field>
      <SubmitButton pending={pending}>Toewijzen</SubmitButton>
    </form>
  );
}

/** Ending one assignment: a small form per line, so the button names the contract and the verifier. */
export function UnassignVerifierForm({
  action,
  contractId,
  verifierUserId,
  label,
}: {
  action: Action;
  contractId: string;
  verifierUserId: string;
  label: string;
}) {
  const { state, pending, onSubmit } = useFormAction(action);
  return (
    <form onSubmit={onSubmit} className="inline-form">
      <FormAlert state={state} />
      <input type="hidden" name="contractId" value={contractId} />
      <input type="hidden" name="verifierUserId" value={verifierUserId} />
      <SubmitButton pending={pending} variant="secondary">
        Toewijzing beëindigen<span className="visually-hidden"> ({label})</span>
      </SubmitButton>
    </form>
  );
}
