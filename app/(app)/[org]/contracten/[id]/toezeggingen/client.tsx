"use client";

import { Field, FormAlert, SubmitButton, useFormAction, type FormState } from "@/app/_components/ui/form";

type Action = (state: FormState, form: FormData) => Promise<FormState>;
type Choice = { key: string; label: string };

/** What the supplier promised in its bid: indicator, value (decimal comma), when, and where it says so. */
export function PromiseForm(props: {
  action: Action;
  indicators: Array<{ id: string; name: string; unitLabel: string }>;
  quarters: Choice[];
}) {
  const { state, pending, onSubmit, fieldError } = useFormAction(props.action, { resetOnSuccess: true });
  return (
    <form className="stack" onSubmit={onSubmit} noValidate>
      <FormAlert state={state} />
      <Field
        name="description"
        label="Wat is er toegezegd?"
        hint="Bijvoorbeeld: MKI-waarde van het asfalt volgens de winnende inschrijving."
        error={fieldError("description")}
      >
        {(aria) => <textarea {...aria} name="description" rows={2} maxLength={2000} required />}
      </Field>
      <Field name="indicatorId" label="Indicator" error={fieldError("indicatorId")}>
        {(aria) => (
          <select {...aria} name="indicatorId" defaultValue="">
            <option value="">Kies een indicator</option>
            {props.indicators.map((i) => (
              <option key={i.id} value={i.id}>
                {i.name} ({i.unitLabel})
              </option>
            ))}
          </select>
        )}
      </Field>
      <div className="field-row">
        <Field name="value" label="Toegezegde waarde" hint="Met een komma, bijvoorbeeld 38,5." error={fieldError("value")}>
          {(aria) => <input {...aria} name="value" inputMode="decimal" required />}
        </Field>
        <Field name="dueQuarter" label="Vanaf kwartaal" hint="Leeg: over de hele looptijd." error={fieldError("dueQuarter")}>
          {(aria) => (
            <select {...aria} name="dueQuarter" defaultValue="">
              <option value="">Hele looptijd</option>
              {props.quarters.map((q) => (
                <option key={q.key} value={q.key}>
                  {q.label}
                </option>
              ))}
            </select>
          )}
        </Field>
      </div>
      <Field name="source" label="Bron" hint="Optioneel, bijvoorbeeld: inschrijving, bijlage MKI-berekening." error={fieldError("source")}>
        {(aria) => <input {...aria} name="source" maxLength={200} />}
      </Field>
      <div className="actions">
        <SubmitButton pending={pending}>Toezegging vastleggen</SubmitButton>
      </div>
    </form>
  );
}

/** One click: a result KPI proposed to the supplier, with a growth path to the promised value. */
export function PromiseToKpiButton({ action, promiseId, label }: { action: Action; promiseId: string; label: string }) {
  const { state, pending, onSubmit } = useFormAction(action);
  return (
    <form onSubmit={onSubmit} className="inline-form">
      <FormAlert state={state} />
      <input type="hidden" name="promiseId" value={promiseId} />
      <SubmitButton pending={pending} variant="secondary">
        Maak KPI<span className="visually-hidden"> van {label}</span>
      </SubmitButton>
    </form>
  );
}
