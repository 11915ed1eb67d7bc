"use client";

import { Field, FormAlert, SubmitButton, useFormAction, type FormState } from "@/app/_components/ui/form";

type Act = (state: FormState, form: FormData) => Promise<FormState>;

/** The fields a provider is registered with; the issuer only when it is new (another issuer is another provider). */
function ProviderFields(props: {
  idPrefix: string;
  fieldError: (name: string) => string | undefined;
  values?: { name: string; clientId: string; emailDomains: string[] };
}) {
  const id = (name: string) => `field-${props.idPrefix}-${name}`;
  const { fieldError, values } = props;
  return (
    <>
      <Field
        name="name"
        id={id("name")}
        label="Naam op de inlogknop"
        hint="Bijvoorbeeld: Microsoft Entra van de gemeente."
        error={fieldError("name")}
      >
        {(aria) => <input {...aria} name="name" autoComplete="off" maxLength={40} defaultValue={values?.name} required />}
      </Field>
      {values ? null : (
        <Field
          name="issuer"
          id={id("issuer")}
          label="Adres van de inlogdienst (issuer)"
          hint="Het https://-adres waaronder de inlogdienst zijn OpenID-configuratie publiceert; Groeipad controleert het meteen."
          error={fieldError("issuer")}
        >
          {(aria) => <input {...aria} name="issuer" type="url" inputMode="url" autoComplete="off" placeholder="https://" required />}
        </Field>
      )}
      <Field name="clientId" id={id("clientId")} label="Client-id" error={fieldError("clientId")}>
        {(aria) => <input {...aria} name="clientId" autoComplete="off" defaultValue={values?.clientId} required />}
      </Field>
      <Field
        name="clientSecret"
        id={id("clientSecret")}
        label="Client-secret"
        hint={values ? "Laat leeg om het bewaarde geheim te houden." : "Wordt versleuteld bewaard en nooit meer getoond."}
        error={fieldError("clientSecret")}
      >
        {(aria) => <input {...aria} name="clientSecret" type="password" autoComplete="new-password" required={!values} />}
      </Field>
      <Field
        name="emailDomains"
        id={id("emailDomains")}
        label="E-maildomeinen"
        hint="Eén per regel of met komma's, zonder @. De inlogdienst laat alleen adressen van deze domeinen binnen, en alleen als ze lid of uitgenodigd zijn."
        error={fieldError("emailDomains")}
      >
        {(aria) => <textarea {...aria} name="emailDomains" rows={2} defaultValue={values?.emailDomains.join("\n")} required />}
      </Field>
    </>
  );
}

export function CreateProviderForm(props: { action: Act; providerId: string }) {
  const { state, pending, onSubmit, fieldError } = useFormAction(props.action, { resetOnSuccess: true });
  return (
    <form className="stack" onSubmit={onSubmit} noValidate>
      <FormAlert state={state} />
      <input type="hidden" name="providerId" value={props.providerId} />
      <ProviderFields idPrefix="new" fieldError={fieldError} />
      <div>
        <SubmitButton pending={pending}>Inlogdienst toevoegen</SubmitButton>
      </div>
    </form>
  );
}

export function EditProviderForm(props: {
  action: Act;
  provider: { id: string; version: number; name: string; clientId: string; emailDomains: string[] };
}) {
  const { state, pending, onSubmit, fieldError } = useFormAction(props.action);
  const { provider } = props;
  return (
    <form className="stack" onSubmit={onSubmit} noValidate>
      <FormAlert state={state} />
      <input type="hidden" name="providerId" value={provider.id} />
      <input type="hidden" name="version" value={provider.version} />
      <ProviderFields idPrefix={`edit-${provider.id}`} fieldError={fieldError} values={provider} />
      <div>
        <SubmitButton pending={pending}>Wijzigingen opslaan</SubmitButton>
      </div>
    </form>
  );
}

export function DeleteProviderButton(props: { action: Act; providerId: string; version: number; name: string }) {
  const { state, pending, onSubmit } = useFormAction(props.action, {
    confirm: `De inlogdienst “${props.name}” verwijderen? Mensen loggen dan weer in met een inloglink per e-mail.`,
  });
  return (
    <form onSubmit={onSubmit}>
      <input type="hidden" name="providerId" value={props.providerId} />
      <input type="hidden" name="version" value={props.version} />
      <SubmitButton pending={pending} variant="danger">
        <span>
          Verwijderen<span className="visually-hidden"> {props.name}</span>
        </span>
      </SubmitButton>
      {state && !state.ok ? <p className="field-error">{state.error}</p> : null}
    </form>
  );
}
