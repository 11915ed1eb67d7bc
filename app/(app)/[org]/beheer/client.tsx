"use client";

import { createContext, useContext, useEffect, useRef, useState, type ReactNode } from "react";
import { Field, FormAlert, Options, SubmitButton, useFormAction, type FormState, type Option } from "@/app/_components/ui/form";

type Action = (state: FormState, form: FormData) => Promise<FormState>;

// A contact a buyer proposed, handed from the buyer relations to the invite form with one click.
type Prefill = { email: string; at: number } | null;
const PrefillContext = createContext<{ prefill: Prefill; setPrefill: (p: Prefill) => void }>({ prefill: null, setPrefill: () => {} });

export function InvitePrefillScope({ children }: { children: ReactNode }) {
  const [prefill, setPrefill] = useState<Prefill>(null);
  return <PrefillContext.Provider value={{ prefill, setPrefill }}>{children}</PrefillContext.Provider>;
}

/** Fills the invite form with a proposed contact; the admin still picks the role and sends. */
export function InviteProposedContactButton({ email }: { email: string }) {
  const { setPrefill } = useContext(PrefillContext);
  return (
    <button type="button" className="button button-secondary" onClick={() => setPrefill({ email, at: Date.now() })}>
      <span>
        Uitnodigen<span className="visually-hidden"> {email}</span>
      </span>
    </button>
  );
}

export function InviteMemberForm({ action, roles }: { action: Action; roles: Option[] }) {
  const { state, pending, onSubmit, fieldError } = useFormAction(action, { resetOnSuccess: true });
  const { prefill, setPrefill } = useContext(PrefillContext);
  const email = useRef<HTMLInputElement>(null);
  const role = useRef<HTMLSelectElement>(null);
  // The server asks this only when the address already has an open invitation with another role.
  const replaceQuestion = fieldError("replaceOpen");
  useEffect(() => {
    if (!prefill || !email.current) return;
    email.current.value = prefill.email;
    email.current.scrollIntoView({ block: "center" });
    role.current?.focus();
  }, [prefill]);
  useEffect(() => {
    if (state?.ok) setPrefill(null);
  }, [state, setPrefill]);
  return (
    <form className="stack" onSubmit={onSubmit} noValidate>
      <FormAlert state={state} />
      <div className="field-row">
        <Field name="email" label="E-mailadres" error={fieldError("email")}>
          {(aria) => <input {...aria} ref={email} name="email" type="email" autoComplete="off" required />}
        </Field>
        <Field
          name="role"
          label="Rol"
          hint={prefill ? "De voorgestelde contactpersoon is ingevuld: kies een rol en klik op Uitnodigen." : undefined}
          error={fieldError("role")}
        >
          {(aria) => (
            <select {...aria} ref={role} name="role" defaultValue="viewer">
              <Options options={roles} />
            </select>
          )}
        </Field>
      </div>
      {replaceQuestion ? (
        <label className="checkbox-label">
          <input type="checkbox" name="replaceOpen" /> {replaceQuestion}
        </label>
      ) : null}
      <div>
        <SubmitButton pending={pending}>Uitnodigen</SubmitButton>
      </div>
    </form>
  );
}

/** Sends an open invitation again, with the role it has: a new link, the old one stops working. */
export function ResendInvitationButton({ action, email, role }: { action: Action; email: string; role: string }) {
  const { state, pending, onSubmit } = useFormAction(action);
  return (
    <form onSubmit={onSubmit}>
      <input type="hidden" name="email" value={email} />
      <input type="hidden" name="role" value={role} />
      <SubmitButton pending={pending} variant="secondary">
        <span>
          Opnieuw versturen<span className="visually-hidden"> aan {email}</span>
        </span>
      </SubmitButton>
      {state && !state.ok ? <p className="field-error">{state.fieldErrors?.role ?? state.error}</p> : null}
    </form>
  );
}

export function MemberRow(props: {
  member: { userId: string; name: string; email: string; role: string; roleLabel: string; version: number };
  roles: Option[];
  isSelf: boolean;
  changeRole: Action;
  remove: Action;
}) {
  const { member } = props;
  const change = useFormAction(props.changeRole);
  const removal = useFormAction(props.remove, {
    confirm: `${member.name} verwijderen uit de organisatie? Hij of zij wordt meteen overal uitgelogd.`,
  });
  const error =
    (change.state && !change.state.ok ? (change.state.fieldErrors?.role ?? change.state.error) : null) ??
    (removal.state && !removal.state.ok ? (removal.state.fieldErrors?._form ?? removal.state.error) : null);
  return (
    <tr>
      <td>
        {member.name}
        {props.isSelf ? <span className="small muted"> (jij)</span> : null}
        <div className="small muted">{member.email}</div>
        {error ? (
          <p className="field-error" role="alert">
            {error}
          </p>
        ) : null}
      </td>
      <td>
        <form className="inline-form" onSubmit={change.onSubmit}>
          <input type="hidden" name="userId" value={member.userId} />
          <input type="hidden" name="version" value={member.version} />
          <label className="visually-hidden" htmlFor={`role-${member.userId}`}>
            Rol van {member.name}
          </label>
          <select id={`role-${member.userId}`} name="role" defaultValue={member.role}>
            <Options options={props.roles} />
          </select>
          <SubmitButton pending={change.pending} variant="secondary">
            Rol opslaan
          </SubmitButton>
        </form>
      </td>
      <td>
        <form onSubmit={removal.onSubmit}>
          <input type="hidden" name="userId" value={member.userId} />
          <SubmitButton pending={removal.pending} variant="danger">
            Verwijderen
          </SubmitButton>
        </form>
      </td>
    </tr>
  );
}

export function RevokeInvitationButton({ action, invitationId, email }: { action: Action; invitationId: string; email: string }) {
  const { state, pending, onSubmit } = useFormAction(action, {
    confirm: `De uitnodiging voor ${email} intrekken? De link in de e-mail werkt dan niet meer.`,
  });
  return (
    <form onSubmit={onSubmit}>
      <input type="hidden" name="invitationId" value={invitationId} />
      <SubmitButton pending={pending} variant="secondary">
        <span>
          Intrekken<span className="visually-hidden"> voor {email}</span>
        </span>
      </SubmitButton>
      {state && !state.ok ? <p className="field-error">{state.error}</p> : null}
    </form>
  );
}
