"use client";

import { Field, FormAlert, SubmitButton, useFormAction } from "@/app/_components/ui/form";
import type { DemoOrganisation } from "@/lib/auth/demo-accounts";
import { demoSignIn, requestMagicLink } from "./actions";

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

export function DemoAccounts({ organisations, callbackUrl }: { organisations: DemoOrganisation[]; callbackUrl: string }) {
  const { state, pending, onSubmit } = useFormAction(demoSignIn);
  return (
    <div>
      <FormAlert state={state} />
      {organisations.map((org) => (
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
      ))}
    </div>
  );
}
