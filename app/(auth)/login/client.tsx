"use client";

import { Field, FormAlert, SubmitButton, useFormAction } from "@/app/_components/ui/form";
import type { DemoOrganisation } from "@/lib/auth/demo-accounts";
import { demoSignIn, organisationSignIn, requestMagicLink, type ProviderChoice } from "./actions";
import type { FormState } from "@/app/_components/ui/form";

export function MagicLinkForm({ callbackUrl }: { callbackUrl: string }) {
  const { state, pending, onSubmit, fieldError } = useFormAction(requestMagicLink);
  return (
    <form className="stack" onSubmit={onSubmit} noValidate>
      <FormAlert state={state} />
      <input type="hidden" name="callbackUrl" value={callbackUrl} />
      <Field name="email" label="E-mailadres" error={fieldError("email")} hint="We sturen je een link waarmee je direct inlogt.">
        {(aria) => <input {...aria} name="email" type="email" autoComplete="email" required />}
      </Field>
      <div>
        <SubmitButton pending={pending}>Stuur inloglink</SubmitButton>
      </div>
    </form>
  );
}

/** Signing in through an organisation's identity provider; with several, the person chooses the organisation. */
export function OrganisationSignInForm({ callbackUrl }: { callbackUrl: string }) {
  const { state, pending, onSubmit, fieldError } = useFormAction<ProviderChoice | FormState>(organisationSignIn);
  const choices = state?.ok && "choices" in state ? state.choices : null;
  return (
    <form className="stack" onSubmit={onSubmit} noValidate>
      <FormAlert state={state?.ok ? null : state} />
      <input type="hidden" name="callbackUrl" value={callbackUrl} />
      <Field
        name="email"
        id="field-sso-email"
        label="E-mailadres bij je organisatie"
        error={fieldError("email")}
        hint="Je logt in bij de inlogdienst van je organisatie, met je gewone wachtwoord daar."
      >
        {(aria) => <input {...aria} name="email" type="email" autoComplete="email" required />}
      </Field>
      {choices ? (
        <fieldset className="field">
          <legend>Bij welke organisatie wil je inloggen?</legend>
          <p className="small muted">Je bent bij meer organisaties bekend. Je logt in bij één organisatie tegelijk.</p>
          <div className="radio-stack">
            {choices.map((choice, index) => (
              <label key={choice.authId}>
                <input type="radio" name="provider" value={choice.authId} defaultChecked={index === 0} />
                <span>
                  {choice.organisation} <span className="small muted">({choice.name})</span>
                </span>
              </label>
            ))}
          </div>
        </fieldset>
      ) : null}
      <div>
        <SubmitButton pending={pending} variant="secondary">
          {choices ? "Inloggen bij deze organisatie" : "Inloggen via je organisatie"}
        </SubmitButton>
      </div>
    </form>
  );
}

export function DemoAccounts({ organisations, callbackUrl }: { organisations: DemoOrganisation[]; callbackUrl: string }) {
  const { state, pending, onSubmit } = useFormAction(demoSignIn);
  const section = (org: DemoOrganisation) => (
    <section key={org.name} className="demo-org" aria-labelledby={`demo-${org.name}`}>
      <h3 id={`demo-${org.name}`}>
        {org.name} <span className="muted small">({org.kind === "buyer" ? "opdrachtgever" : "leverancier"})</span>
      </h3>
      <ul className="demo-users">
        {org.users.map((user) => (
          <li key={user.email}>
            <form onSubmit={onSubmit}>
              <input type="hidden" name="email" value={user.email} />
              <input type="hidden" name="callbackUrl" value={callbackUrl} />
              <button type="submit" disabled={pending} aria-label={`Inloggen als ${user.name}, ${user.roleLabel} bij ${org.name}`}>
                {user.name}
                <span className="role">{user.roleLabel}</span>
              </button>
            </form>
          </li>
        ))}
      </ul>
    </section>
  );
  const benchmarkOnly = organisations.filter((org) => org.benchmarkOnly);
  return (
    <div>
      <FormAlert state={state} />
      {organisations.filter((org) => !org.benchmarkOnly).map(section)}
      {benchmarkOnly.length > 0 ? (
        <details className="demo-more">
          <summary>Kleine opdrachtgevers in de benchmark ({benchmarkOnly.length})</summary>
          <p className="muted small">Zij maken de benchmark compleet: elk met een coördinator en één of twee contracten.</p>
          {benchmarkOnly.map(section)}
        </details>
      ) : null}
    </div>
  );
}
