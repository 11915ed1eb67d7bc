"use client";

import { Field, FormAlert, SubmitButton, useFormAction, type FormState } from "@/app/_components/ui/form";

type Action = (state: FormState, form: FormData) => Promise<FormState>;

/**
 * Accept the other side's proposal, or reject it with a reason (required, so it can be discussed).
 * For a proposed change to an agreed KPI the buttons say so: rejecting brings the agreed version back.
 */
export function DecideKpi({
  action,
  id,
  version,
  name,
  change = false,
}: {
  action: Action;
  id: string;
  version: number;
  name: string;
  change?: boolean;
}) {
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
          {change ? "Wijziging accepteren" : "Accepteren"}
          <span className="visually-hidden">: {name}</span>
        </SubmitButton>
      </form>
      <details className="reject-details">
        <summary>
          {change ? "Wijziging afwijzen" : "Afwijzen"}
          <span className="visually-hidden">: {name}</span>
        </summary>
        <form onSubmit={reject.onSubmit} className="stack" noValidate>
          <FormAlert state={reject.state} />
          <input type="hidden" name="id" value={id} />
          <input type="hidden" name="version" value={version} />
          <input type="hidden" name="decision" value="reject" />
          <Field
            name={`reason-${id}`}
            label="Reden van de afwijzing"
            hint={change ? "Na de afwijzing geldt weer de afgesproken versie van de KPI." : undefined}
            error={reject.fieldError("reason")}
          >
            {(aria) => <textarea {...aria} name="reason" rows={2} maxLength={1000} required />}
          </Field>
          <div className="actions">
            <SubmitButton pending={reject.pending} variant="danger">
              {change ? "Wijziging afwijzen" : "Voorstel afwijzen"}
            </SubmitButton>
          </div>
        </form>
      </details>
    </div>
  );
}

/** The side that proposed a change to an agreed KPI takes it back; the agreed version returns. */
export function WithdrawKpiChange({ action, id, version, name }: { action: Action; id: string; version: number; name: string }) {
  const withdraw = useFormAction(action, {
    confirm: `De voorgestelde wijziging van "${name}" intrekken? Het voorstel vervalt; de afgesproken versie blijft gelden.`,
  });
  return (
    <form onSubmit={withdraw.onSubmit} className="inline-form">
      <FormAlert state={withdraw.state} />
      <input type="hidden" name="id" value={id} />
      <input type="hidden" name="version" value={version} />
      <SubmitButton pending={withdraw.pending} variant="secondary">
        Wijziging intrekken<span className="visually-hidden">: {name}</span>
      </SubmitButton>
    </form>
  );
}
