"use client";

import { Field, FormAlert, SubmitButton, useFormAction, type FormState } from "@/app/_components/ui/form";

type Action = (state: FormState, form: FormData) => Promise<FormState>;

export function CreateBuyerForm({ action }: { action: Action }) {
  const { state, pending, onSubmit, fieldError } = useFormAction(action, { resetOnSuccess: true });
  return (
    <form className="stack" onSubmit={onSubmit} noValidate>
      <FormAlert state={state} />
      <Field name="name" label="Naam" error={fieldError("name")}>
        {(aria) => <input {...aria} name="name" autoComplete="organization" maxLength={120} required />}
      </Field>
      <Field
        name="slug"
        label="Adres in Groeipad (slug)"
        hint="Kleine letters, cijfers en streepjes, bijvoorbeeld gemeente-voorbeeldstad."
        error={fieldError("slug")}
      >
        {(aria) => <input {...aria} name="slug" autoComplete="off" maxLength={48} required />}
      </Field>
      <div className="field-row">
        <Field name="kvk" label="KvK-nummer" hint="8 cijfers; vul dit of het OIN in." error={fieldError("kvk")}>
          {(aria) => <input {...aria} name="kvk" inputMode="numeric" autoComplete="off" maxLength={12} />}
        </Field>
        <Field name="oin" label="OIN" hint="20 cijfers." error={fieldError("oin")}>
          {(aria) => <input {...aria} name="oin" inputMode="numeric" autoComplete="off" maxLength={24} />}
        </Field>
      </div>
      <Field
        name="adminEmail"
        label="E-mailadres van de eerste beheerder"
        hint="Krijgt een uitnodiging als beheerder."
        error={fieldError("adminEmail")}
      >
        {(aria) => <input {...aria} name="adminEmail" type="email" autoComplete="off" required />}
      </Field>
      <div>
        <SubmitButton pending={pending}>Organisatie aanmaken</SubmitButton>
      </div>
    </form>
  );
}

export function SuspendForm({
  action,
  organisationId,
  version,
  name,
}: {
  action: Action;
  organisationId: string;
  version: number;
  name: string;
}) {
  const { state, pending, onSubmit, fieldError } = useFormAction(action, {
    confirm: `${name} opschorten? De leden kunnen de organisatie dan niet meer openen en haar API-tokens werken niet meer.`,
  });
  const reasonId = `reden-${organisationId}`;
  return (
    <form className="inline-form" onSubmit={onSubmit} noValidate>
      <input type="hidden" name="organisationId" value={organisationId} />
      <input type="hidden" name="version" value={version} />
      <label className="visually-hidden" htmlFor={reasonId}>
        Reden voor het opschorten van {name}
      </label>
      <input id={reasonId} name="reason" placeholder="Reden" maxLength={500} aria-invalid={fieldError("reason") ? true : undefined} />
      <SubmitButton pending={pending} variant="danger">
        <span>
          Opschorten<span className="visually-hidden"> {name}</span>
        </span>
      </SubmitButton>
      {state && !state.ok ? (
        <p className="field-error" role="alert">
          {fieldError("reason") ?? state.error}
        </p>
      ) : null}
    </form>
  );
}

export function ReactivateForm({
  action,
  organisationId,
  version,
  name,
}: {
  action: Action;
  organisationId: string;
  version: number;
  name: string;
}) {
  const { state, pending, onSubmit } = useFormAction(action);
  return (
    <form onSubmit={onSubmit}>
      <input type="hidden" name="organisationId" value={organisationId} />
      <input type="hidden" name="version" value={version} />
      <SubmitButton pending={pending} variant="secondary">
        <span>
          Heropenen<span className="visually-hidden"> {name}</span>
        </span>
      </SubmitButton>
      {state && !state.ok ? (
        <p className="field-error" role="alert">
          {state.error}
        </p>
      ) : null}
    </form>
  );
}
