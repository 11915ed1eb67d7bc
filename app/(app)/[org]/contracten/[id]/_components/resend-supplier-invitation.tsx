"use client";

import { FormAlert, SubmitButton, useFormAction, type FormState } from "@/app/_components/ui/form";

/** Invites the supplier's first admin again at the same address: a new link, the old one stops working. */
export function ResendSupplierInvitation({
  action,
  kvk,
  email,
}: {
  action: (state: FormState, form: FormData) => Promise<FormState>;
  kvk: string;
  email: string;
}) {
  const { state, pending, onSubmit } = useFormAction(action);
  return (
    <form onSubmit={onSubmit} style={{ marginTop: "0.5rem" }}>
      <FormAlert state={state} />
      <input type="hidden" name="kvk" value={kvk} />
      <input type="hidden" name="email" value={email} />
      <SubmitButton pending={pending} variant="secondary">
        Uitnodiging opnieuw versturen
      </SubmitButton>
    </form>
  );
}
