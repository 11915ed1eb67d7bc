"use client";

import { useEffect, useRef, useState, type ReactNode } from "react";
import { FormAlert, SubmitButton, useFormAction, type FormState } from "@/app/_components/ui/form";

type ServerAction = (state: FormState, form: FormData) => Promise<FormState>;

/** The seven steps (rendered on the server as children) saved in one go, with the version read. */
export function ChecklistForm(props: { action: ServerAction; version: number; children: ReactNode }) {
  const { state, pending, onSubmit } = useFormAction(props.action);
  return (
    <form className="stack stack-wide" onSubmit={onSubmit} noValidate>
      <FormAlert state={state} />
      <input type="hidden" name="version" value={props.version} />
      {props.children}
      <div className="actions no-print">
        <SubmitButton pending={pending}>Checklist opslaan</SubmitButton>
      </div>
    </form>
  );
}

type SharePreview = { withNotes: ReactNode; withoutNotes: ReactNode };

/**
 * Sharing with the supplier, and stopping it. Before sharing, the buyer sees exactly what the
 * supplier will read (the steps as the supplier's page draws them, rendered on the server) and
 * chooses whether the notes, which are internal, go along: by default they do not.
 */
export function ShareForm(props: {
  action: ServerAction;
  version: number;
  shared: boolean;
  notesShared: boolean;
  hasSupplier: boolean;
  hasNotes: boolean;
  preview: SharePreview;
}) {
  const { state, pending, onSubmit } = useFormAction(props.action);
  const [previewing, setPreviewing] = useState(false);
  const [withNotes, setWithNotes] = useState(false);
  const intro = useRef<HTMLParagraphElement>(null);
  useEffect(() => {
    if (previewing) intro.current?.focus();
  }, [previewing]);

  if (props.shared) {
    return (
      <form className="stack no-print" onSubmit={onSubmit} noValidate>
        <FormAlert state={state} />
        <input type="hidden" name="version" value={props.version} />
        <input type="hidden" name="shared" value="false" />
        <p className="small">
          De leverancier van dit contract kan deze checklist lezen, {props.notesShared ? "met je notities." : "zonder je notities."}
        </p>
        <details className="share-preview">
          <summary>Bekijken wat de leverancier ziet</summary>
          <div className="share-preview-body">{props.notesShared ? props.preview.withNotes : props.preview.withoutNotes}</div>
        </details>
        <div className="actions">
          <SubmitButton pending={pending} variant="secondary">
            Niet meer delen met de leverancier
          </SubmitButton>
        </div>
      </form>
    );
  }

  return (
    <form className="stack no-print" onSubmit={onSubmit} noValidate>
      <FormAlert state={state} />
      <input type="hidden" name="version" value={props.version} />
      <input type="hidden" name="shared" value="true" />
      <p className="small">
        {props.hasSupplier
          ? "Alleen je eigen organisatie ziet deze checklist."
          : "Alleen je eigen organisatie ziet deze checklist. Zodra er een leverancier is gekoppeld, kan die hem lezen als je hem deelt."}
      </p>
      {previewing ? (
        <>
          <p ref={intro} tabIndex={-1}>
            <strong>Zo ziet de leverancier de checklist.</strong> Kijk na wat je deelt voordat je het deelt.
          </p>
          <div className="field">
            <label className="checkbox-label">
              <input type="checkbox" name="withNotes" checked={withNotes} onChange={(event) => setWithNotes(event.target.checked)} /> Ook
              mijn notities delen
            </label>
            <p className="hint">
              {props.hasNotes
                ? "De notities bij de stappen zijn intern: zonder dit vinkje ziet de leverancier ze niet. Met het vinkje ziet de leverancier ook notities die je later toevoegt."
                : "Er staan nog geen notities bij de stappen. Met dit vinkje ziet de leverancier ook notities die je later toevoegt."}
            </p>
          </div>
          <section className="share-preview share-preview-body" aria-label="Voorbeeld: wat de leverancier ziet">
            {withNotes ? props.preview.withNotes : props.preview.withoutNotes}
          </section>
          <div className="actions">
            <SubmitButton pending={pending}>{withNotes ? "Delen met notities" : "Delen zonder notities"}</SubmitButton>
            <button type="button" className="button button-secondary" onClick={() => setPreviewing(false)}>
              Annuleren
            </button>
          </div>
        </>
      ) : (
        <div className="actions">
          <button type="button" className="button button-secondary" onClick={() => setPreviewing(true)}>
            Delen met de leverancier
          </button>
        </div>
      )}
    </form>
  );
}
