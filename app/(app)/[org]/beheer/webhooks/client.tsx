"use client";

import { ShownOnce } from "@/app/_components/ui/shown-once";
import { Field, FormAlert, SubmitButton, useFormAction, type FormState, type Option } from "@/app/_components/ui/form";
import type { CreatedEndpoint } from "./actions";

type CreateAnswer = CreatedEndpoint | Exclude<FormState, { ok: true } | null>;

/** Address, description and events: the same fields when registering and when changing an endpoint. */
function EndpointFields(props: {
  events: Option[];
  fieldError: (name: string) => string | undefined;
  values?: { url: string; description: string | null; events: string[] };
}) {
  const { fieldError, values } = props;
  const eventError = fieldError("events") ?? fieldError("events.0");
  return (
    <>
      <Field
        name="url"
        label="Adres (URL)"
        hint="Een https://-adres dat vanaf internet bereikbaar is; interne en privéadressen worden geweigerd."
        error={fieldError("url")}
      >
        {(aria) => (
          <input
            {...aria}
            name="url"
            type="url"
            inputMode="url"
            autoComplete="off"
            placeholder="https://"
            defaultValue={values?.url}
            required
          />
        )}
      </Field>
      <Field
        name="description"
        label="Omschrijving"
        hint="Optioneel: welk systeem de berichten ontvangt."
        error={fieldError("description")}
      >
        {(aria) => <input {...aria} name="description" autoComplete="off" maxLength={200} defaultValue={values?.description ?? ""} />}
      </Field>
      <fieldset className="field" aria-describedby={eventError ? "field-events-error" : undefined}>
        <legend>Gebeurtenissen</legend>
        <p className="small muted">
          Het endpoint krijgt een bericht bij elke aangevinkte gebeurtenis op de contracten van jullie organisatie.
        </p>
        <div className="radio-stack">
          {props.events.map((event) => (
            <label key={event.value}>
              <input type="checkbox" name="events" value={event.value} defaultChecked={values?.events.includes(event.value)} />
              <span>
                {event.label} <code className="small">{event.value}</code>
              </span>
            </label>
          ))}
        </div>
        {eventError ? (
          <p className="field-error" id="field-events-error">
            {eventError}
          </p>
        ) : null}
      </fieldset>
    </>
  );
}

export function CreateEndpointForm(props: {
  action: (state: CreateAnswer | null, form: FormData) => Promise<CreateAnswer>;
  events: Option[];
}) {
  const { state, pending, onSubmit, fieldError } = useFormAction<CreateAnswer>(props.action, { resetOnSuccess: true });
  return (
    <form className="stack" onSubmit={onSubmit} noValidate>
      <FormAlert state={state} />
      {state?.ok ? <NewSecret key={state.secret} secret={state.secret} url={state.url} message={state.message} /> : null}
      <EndpointFields events={props.events} fieldError={fieldError} />
      <div>
        <SubmitButton pending={pending}>Endpoint aanmaken</SubmitButton>
      </div>
    </form>
  );
}

export function EditEndpointForm(props: {
  action: (state: FormState, form: FormData) => Promise<FormState>;
  events: Option[];
  endpoint: { id: string; version: number; url: string; description: string | null; events: string[] };
}) {
  const { state, pending, onSubmit, fieldError } = useFormAction(props.action);
  return (
    <form className="stack" onSubmit={onSubmit} noValidate>
      <FormAlert state={state} />
      <input type="hidden" name="endpointId" value={props.endpoint.id} />
      <input type="hidden" name="version" value={props.endpoint.version} />
      <EndpointFields events={props.events} fieldError={fieldError} values={props.endpoint} />
      <div>
        <SubmitButton pending={pending}>Wijzigingen opslaan</SubmitButton>
      </div>
    </form>
  );
}

/** A new signing secret, shown once; the previous one keeps signing for a day. */
export function RotateSecretButton(props: {
  action: (state: CreateAnswer | null, form: FormData) => Promise<CreateAnswer>;
  endpoint: { id: string; version: number; url: string };
  previousHours: number;
}) {
  const { state, pending, onSubmit } = useFormAction<CreateAnswer>(props.action, {
    confirm: `Een nieuw ondertekengeheim maken voor ${props.endpoint.url}? Het huidige geheim ondertekent nog ${props.previousHours} uur mee; pas in die tijd de ontvanger aan.`,
  });
  return (
    <form className="stack" onSubmit={onSubmit}>
      <FormAlert state={state?.ok ? null : state} />
      {state?.ok ? <NewSecret key={state.secret} secret={state.secret} url={state.url} message={state.message} /> : null}
      <input type="hidden" name="endpointId" value={props.endpoint.id} />
      <input type="hidden" name="version" value={props.endpoint.version} />
      <div>
        <SubmitButton pending={pending} variant="secondary">
          Nieuw geheim maken
        </SubmitButton>
      </div>
    </form>
  );
}

/** The signing secret, this once. */
function NewSecret({ secret, url, message }: { secret: string; url: string; message: string }) {
  return (
    <ShownOnce id="new-secret" label={<>Het ondertekengeheim voor {url}</>} value={secret} message={message}>
      Controleer met dit geheim de kop <code>Groeipad-Signature</code> van elk bericht. Groeipad toont het niet opnieuw.
    </ShownOnce>
  );
}

export function EndpointButtons(props: {
  toggle: (state: FormState, form: FormData) => Promise<FormState>;
  remove: (state: FormState, form: FormData) => Promise<FormState>;
  endpointId: string;
  version: number;
  enabled: boolean;
  url: string;
}) {
  const toggle = useFormAction(props.toggle);
  const remove = useFormAction(props.remove, {
    confirm: `Het endpoint ${props.url} verwijderen? Het krijgt geen berichten meer en zijn bezorglog verdwijnt.`,
  });
  const error = [toggle.state, remove.state].find((s) => s && !s.ok);
  return (
    <div className="inline-form">
      <form onSubmit={toggle.onSubmit}>
        <input type="hidden" name="endpointId" value={props.endpointId} />
        <input type="hidden" name="version" value={props.version} />
        <input type="hidden" name="enabled" value={props.enabled ? "false" : "true"} />
        <SubmitButton pending={toggle.pending} variant="secondary">
          <span>
            {props.enabled ? "Uitzetten" : "Aanzetten"}
            <span className="visually-hidden"> {props.url}</span>
          </span>
        </SubmitButton>
      </form>
      <form onSubmit={remove.onSubmit}>
        <input type="hidden" name="endpointId" value={props.endpointId} />
        <input type="hidden" name="version" value={props.version} />
        <SubmitButton pending={remove.pending} variant="danger">
          <span>
            Verwijderen<span className="visually-hidden"> {props.url}</span>
          </span>
        </SubmitButton>
      </form>
      {error && !error.ok ? <p className="field-error">{error.error}</p> : null}
    </div>
  );
}

export function RedeliverButton(props: { action: (state: FormState, form: FormData) => Promise<FormState>; deliveryId: string }) {
  const { state, pending, onSubmit } = useFormAction(props.action);
  return (
    <form onSubmit={onSubmit}>
      <input type="hidden" name="deliveryId" value={props.deliveryId} />
      <SubmitButton pending={pending} variant="secondary">
        Opnieuw bezorgen
      </SubmitButton>
      {state ? <p className={state.ok ? "small" : "field-error"}>{state.ok ? state.message : state.error}</p> : null}
    </form>
  );
}
