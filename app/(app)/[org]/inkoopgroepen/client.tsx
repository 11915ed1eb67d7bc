"use client";

import { useState } from "react";
import { Field, FormAlert, Options, SubmitButton, useFormAction, type FormState, type Option } from "@/app/_components/ui/form";

type Action = (state: FormState, form: FormData) => Promise<FormState>;

/** One button that sends fixed values: answer, leave, share, take over, remove. */
export function ButtonForm(props: {
  action: Action;
  values: Record<string, string | number>;
  label: string;
  variant?: "secondary" | "danger";
  confirm?: string;
}) {
  const { state, pending, onSubmit } = useFormAction(props.action, { confirm: props.confirm });
  return (
    <form onSubmit={onSubmit} className="inline-form">
      <FormAlert state={state} />
      {Object.entries(props.values).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <SubmitButton pending={pending} variant={props.variant}>
        {props.label}
      </SubmitButton>
    </form>
  );
}

export function StartGroupForm({ action }: { action: Action }) {
  const { state, pending, onSubmit, fieldError } = useFormAction(action);
  return (
    <form onSubmit={onSubmit} className="stack">
      <FormAlert state={state} />
      <Field
        name="name"
        label="Naam van de groep"
        error={fieldError("name")}
        hint="Bijvoorbeeld: Inkoopsamenwerking Duurzame Catering Zuid"
      >
        {(aria) => <input {...aria} name="name" maxLength={120} />}
      </Field>
      <div>
        <SubmitButton pending={pending}>Groep starten</SubmitButton>
      </div>
    </form>
  );
}

export function InviteOrganisationForm({ action, options }: { action: Action; options: Option[] }) {
  const { state, pending, onSubmit, fieldError } = useFormAction(action, { resetOnSuccess: true });
  return (
    <form onSubmit={onSubmit} className="stack">
      <FormAlert state={state} />
      <Field name="organisationId" label="Opdrachtgever" error={fieldError("organisationId")}>
        {(aria) => (
          <select {...aria} name="organisationId" defaultValue={options.length === 1 ? options[0].value : ""}>
            <Options options={options} placeholder="Kies een opdrachtgever" />
          </select>
        )}
      </Field>
      <div>
        <SubmitButton pending={pending}>Uitnodigen</SubmitButton>
      </div>
    </form>
  );
}

export function PublishStandardForm(props: { action: Action; templateId: string; today: string }) {
  const { state, pending, onSubmit, fieldError } = useFormAction(props.action);
  const id = (name: string) => `field-${name}-${props.templateId}`;
  return (
    <form onSubmit={onSubmit} className="stack">
      <FormAlert state={state} />
      <input type="hidden" name="templateId" value={props.templateId} />
      <Field
        name="effectiveFrom"
        id={id("effectiveFrom")}
        label="Gaat in op"
        error={fieldError("effectiveFrom")}
        hint="Vandaag, of later: dan verhoogt deze versie het minimum vanaf die datum."
      >
        {(aria) => <input {...aria} type="date" name="effectiveFrom" defaultValue={props.today} />}
      </Field>
      <Field name="note" id={id("note")} label="Toelichting (optioneel)" error={fieldError("note")}>
        {(aria) => <input {...aria} name="note" maxLength={500} />}
      </Field>
      <div>
        <SubmitButton pending={pending}>Versie publiceren</SubmitButton>
      </div>
    </form>
  );
}

/** Removes a member, or withdraws an invitation: the chosen organisation, on the version the page showed. */
export function RemoveMemberForm(props: {
  action: Action;
  members: Array<{ id: string; name: string; version: number; joined: boolean }>;
}) {
  const [chosen, setChosen] = useState("");
  const member = props.members.find((m) => m.id === chosen);
  const { state, pending, onSubmit, fieldError } = useFormAction(props.action, {
    confirm: member?.joined ? `${member.name} uit de groep verwijderen? Wat zij met de groep deelde, verdwijnt meteen.` : undefined,
    resetOnSuccess: true,
  });
  return (
    <form onSubmit={onSubmit} className="stack">
      <FormAlert state={state} />
      <input type="hidden" name="version" value={member?.version ?? ""} />
      <Field name="organisationId" id="field-remove-organisationId" label="Organisatie" error={fieldError("organisationId")}>
        {(aria) => (
          <select {...aria} name="organisationId" value={chosen} onChange={(e) => setChosen(e.target.value)}>
            <Options
              options={props.members.map((m) => ({ value: m.id, label: m.joined ? m.name : `${m.name} (uitgenodigd)` }))}
              placeholder="Kies een organisatie"
            />
          </select>
        )}
      </Field>
      <div>
        <SubmitButton pending={pending} variant="secondary">
          {member && !member.joined ? "Uitnodiging intrekken" : "Uit de groep verwijderen"}
        </SubmitButton>
      </div>
    </form>
  );
}
