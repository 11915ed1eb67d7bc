"use client";

import { Field, FormAlert, SubmitButton, useFormAction, type FormState } from "@/app/_components/ui/form";

export function InviteSupplierForm({ action }: { action: (state: FormState, form: FormData) => Promise<FormState> }) {
  const { state, pending, onSubmit, fieldError } = useFormAction(action);
  return (
    <form className="stack" onSubmit={onSubmit} noValidate>
      <FormAlert state={state} />
      <Field name="kvk" label="KvK-nummer" hint="8 cijfers. Is de leverancier al bekend in Groeipad, dan koppelen we die." error={fieldError("kvk")}>
        {(aria) => <input {...aria} name="kvk" inputMode="numeric" autoComplete="off" maxLength={12} required />}
      </Field>
      <Field name="name" label="Naam van de leverancier" hint="Alleen nodig als de leverancier nog niet in Groeipad staat." error={fieldError("name")}>
        {(aria) => <input {...aria} name="name" maxLength={200} autoComplete="organization" />}
      </Field>
      <Field
        name="email"
        label="E-mailadres van de eerste gebruiker"
        hint="Deze persoon wordt beheerder van de leverancier in Groeipad en ontvangt een uitnodiging."
        error={fieldError("email")}
      >
        {(aria) => <input {...aria} name="email" type="email" autoComplete="email" />}
      </Field>
      <div className="actions">
        <SubmitButton pending={pending}>Leverancier uitnodigen</SubmitButton>
      </div>
    </form>
  );
}
