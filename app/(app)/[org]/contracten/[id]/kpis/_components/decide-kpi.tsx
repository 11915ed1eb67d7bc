"use client";

import { Field, FormAlert, SubmitButton, useFormAction, type FormState } from "@/app/_components/ui/form";

type Action = (state: FormState, form: FormData) => Promise<FormState>;

/** Accept the other side's proposal, or reject it with a reason (required, so it can be discussed). */
export function DecideKpi({ action, id, version, name }: { action: Action; id: string; version: number; name: string }) {
  const accept = useFormAction(action);
  const reject = useFormAction(action);
  return (
    <div className="decide-kpi">
      <form onSubmit={accept.onSubmit} className="inline-form">
        <FormAlert state={accept.state} />
        <input type="hidden" name="id" value={id} />
        <input type="hidden" name="version" value={version} />
        <input type="hidden" name="decision" value="accept" />
        <SubmitButton pending={accept.pending}>
          Accepteren<span className="visually-hidden">: {name}</span>
        </SubmitButton>
      </form>
      <details className="reject-details">
        <summary>
          Afwijzen<span className="visually-hidden">: {name}</span>
        </summary>
        <form onSubmit={reject.onSubmit} className="stack" noValidate>
          <FormAlert state={reject.state} />
          <input type="hidden" name="id" value={id} />
          <input type="hidden" name="version" value={version} />
          <input type="hidden" name="decision" value="reject" />
          <Field name={`reason-${id}`} label="Reden van de afwijzing" error={reject.fieldError("reason")}>
            {(aria) => <textarea {...aria} name="reason" rows={2} maxLength={1000} required />}
          </Field>
          <div className="actions">
            <SubmitButton pending={reject.pending} variant="danger">
              Voorstel afwijzen
            </SubmitButton>
          </div>
        </form>
      </details>
    </div>
  );
}
