"use client";

import { useEffect, useRef, useState, type ReactNode } from "react";
import { Field, FormAlert, useFormAction, type FormState } from "@/app/_components/ui/form";
import type { UploadLimit } from "@/app/_components/ui/upload";
import { ValuesUpload, type ValuesUploadAction } from "./values-upload";

type Action = (state: FormState, form: FormData) => Promise<FormState>;

export type ReportFormKpi = {
  id: string;
  name: string;
  kind: "quantitative" | "qualitative";
  unit: string | null;
  /** The target written out with its unit ("45 %", "score 3 (in uitvoering)"); null when none was set. */
  target: string | null;
  scoreMeanings: Record<string, string> | null;
  value: string;
  score: string;
  explanation: string;
  buyerComment: string | null;
  /**
   * Not reopened by the send-back: shown as submitted text, not as fields; the post leaves it out
   * and the server keeps it (and refuses a change).
   */
  locked: boolean;
  /** The submitted value with its unit, for a locked KPI. */
  reported: string | null;
  /** Per what the value is ("maaltijden"): the quarter's quantity is asked next to it; null when absolute. */
  activityUnit: string | null;
  quantity: string;
  /** Why the saved value stands out (three times or a third of the target or the previous quarter); null when it does not. */
  flag: string | null;
  evidenceRequired: string | null;
  evidenceMandatory: boolean;
  /** Evidence list and upload form, rendered by the server page. */
  evidence: ReactNode;
  /** The supplier's profile offers this KPI's value ("Neem over uit bedrijfsprofiel: trede 4 …"); null when it has none. */
  profile: { label: string; checked: boolean } | null;
  /** The stored value came from the profile: where from, and a warning when that fact has run out. */
  source: ProfileSourceNote | null;
};

export type ProfileSourceNote = { text: string; warning: string | null };

/** "Uit bedrijfsprofiel (geldig tot …)", with a warning when the fact has (nearly) run out. */
export function ProfileSource({ source }: { source: ProfileSourceNote }) {
  return (
    <>
      <p className="small">{source.text}</p>
      {source.warning ? (
        <div className="alert alert-warning" role="note">
          {source.warning}
        </div>
      ) : null}
    </>
  );
}

export function ReportForm(props: {
  action: Action;
  version: string;
  narrative: string;
  kpis: ReportFormKpi[];
  editable: boolean;
  /**
   * The report as text, shown instead of the fields when it cannot be changed. Rendered here, so
   * the confirmation of a submission stays on screen when the report turns read-only.
   */
  readOnly: ReactNode;
  canSubmit: boolean;
  /** Changes when the stored report changes status: the fields then show the stored values. */
  resetKey: string;
  valuesUpload?: { action: ValuesUploadAction; templateUrl: string; limit: UploadLimit };
}) {
  // The pressed button (Opslaan als concept / Indienen) goes along with the values.
  const { state, pending, onSubmit, fieldError } = useFormAction(props.action);
  // Values read from a file are stored on the server; the fields show them by starting afresh.
  // The form's state lives here, above the keyed form, so its messages survive that restart.
  const [uploads, setUploads] = useState(0);
  if (!props.editable) {
    return (
      <>
        <FormAlert state={state} />
        {props.readOnly}
      </>
    );
  }
  return (
    <>
      {props.valuesUpload ? <ValuesUpload {...props.valuesUpload} onSaved={() => setUploads((n) => n + 1)} /> : null}
      <form key={`${props.resetKey}-${uploads}`} onSubmit={onSubmit} className="stack" noValidate>
        <FormAlert state={state} />
        <input type="hidden" name="version" value={props.version} />
        {props.kpis.map((kpi) => (
          // A fieldset is as wide as its widest content by default; at 320 px that pushed the file
          // field and its message off the screen.
          <fieldset key={kpi.id} className="card" style={{ minInlineSize: 0 }}>
            <legend>{kpi.name}</legend>
            <p className="small">
              Doel dit kwartaal volgens het groeipad: <strong>{kpi.target ?? "geen doel vastgelegd"}</strong>
            </p>
            {kpi.buyerComment ? (
              <div className="alert alert-error" role="note">
                Opmerking van de opdrachtgever: {kpi.buyerComment}
              </div>
            ) : null}
            {kpi.source ? <ProfileSource source={kpi.source} /> : null}
            {kpi.locked ? (
              <LockedKpi kpi={kpi} />
            ) : (
              <>
                {kpi.kind === "qualitative" ? (
                  <fieldset aria-describedby={fieldError(`values.${kpi.id}`) ? `error-${kpi.id}` : undefined}>
                    <legend>Score (1–4)</legend>
                    {["1", "2", "3", "4"].map((score) => (
                      <label key={score} className="choice">
                        <input type="radio" name={`score.${kpi.id}`} value={score} defaultChecked={kpi.score === score} /> {score}
                        {kpi.scoreMeanings?.[score] ? ` – ${kpi.scoreMeanings[score]}` : ""}
                      </label>
                    ))}
                    {fieldError(`values.${kpi.id}`) ? (
                      <p className="field-error" id={`error-${kpi.id}`}>
                        {fieldError(`values.${kpi.id}`)}
                      </p>
                    ) : null}
                  </fieldset>
                ) : (
                  <Field
                    name={`value-${kpi.id}`}
                    label={`Waarde${kpi.unit ? ` (${kpi.unit})` : ""}`}
                    hint="Gebruik een komma voor decimalen, bijvoorbeeld 12,5."
                    error={fieldError(`values.${kpi.id}`)}
                  >
                    {(aria) => <input {...aria} name={`value.${kpi.id}`} inputMode="decimal" defaultValue={kpi.value} />}
                  </Field>
                )}
                {kpi.profile ? (
                  <div className="field">
                    <label className="choice">
                      <input
                        type="checkbox"
                        name={`fromProfile.${kpi.id}`}
                        defaultChecked={kpi.profile.checked}
                        aria-describedby={`profile-${kpi.id}-hint`}
                      />{" "}
                      {kpi.profile.label}
                    </label>
                    <span className="hint" id={`profile-${kpi.id}-hint`}>
                      Bij opslaan en indienen wordt de waarde uit het bedrijfsprofiel overgenomen, met een verwijzing ernaar; een ingetypte
                      waarde telt dan niet. Een latere wijziging van het profiel verandert een ingediende rapportage niet.
                    </span>
                  </div>
                ) : null}
                {kpi.activityUnit ? (
                  <Field
                    name={`quantity-${kpi.id}`}
                    label={`Hoeveelheid dit kwartaal (${kpi.activityUnit})`}
                    hint="De waarde is per eenheid: hoeveel het er dit kwartaal waren, bijvoorbeeld 12.500."
                    error={fieldError(`quantities.${kpi.id}`)}
                  >
                    {(aria) => <input {...aria} name={`quantity.${kpi.id}`} inputMode="decimal" defaultValue={kpi.quantity} />}
                  </Field>
                ) : null}
                {kpi.flag ? (
                  <div className="alert alert-warning" role="note">
                    Opvallende waarde: {kpi.flag}.{" "}
                    {kpi.explanation
                      ? "De leverancier heeft haar toegelicht."
                      : "Licht haar toe bij de toelichting; zonder toelichting kan de rapportage niet worden ingediend."}
                  </div>
                ) : null}
                <Field name={`explanation-${kpi.id}`} label="Toelichting">
                  {(aria) => <textarea {...aria} name={`explanation.${kpi.id}`} rows={2} maxLength={5000} defaultValue={kpi.explanation} />}
                </Field>
              </>
            )}
            <div>
              <p className="small">
                Bewijs{kpi.evidenceMandatory ? " (verplicht)" : ""}
                {kpi.evidenceRequired ? `: ${kpi.evidenceRequired}` : ""}
              </p>
              {kpi.evidence}
            </div>
          </fieldset>
        ))}
        <Field name="narrative" label="Algemene toelichting op het kwartaal" error={fieldError("narrative")}>
          {(aria) => <textarea {...aria} name="narrative" rows={4} maxLength={20000} defaultValue={props.narrative} />}
        </Field>
        <div className="actions">
          <button type="submit" name="intent" value="draft" className="button button-secondary" disabled={pending} aria-busy={pending}>
            Opslaan als concept
          </button>
          {props.canSubmit ? (
            <button type="submit" name="intent" value="submit" className="button" disabled={pending} aria-busy={pending}>
              Indienen
            </button>
          ) : (
            <p className="small">Indienen kan pas na afloop van het kwartaal.</p>
          )}
        </div>
      </form>
    </>
  );
}

/**
 * The upload control of one KPI. It sits inside the report form, so it posts on its own with a
 * button instead of a nested form; the file goes to the upload action, the typed values stay.
 */
export function EvidenceUpload({ action, kpiId, kpiName, limit }: { action: Action; kpiId: string; kpiName: string; limit: UploadLimit }) {
  const { state, pending, send } = useFormAction(action, { upload: { limit } });
  const input = useRef<HTMLInputElement>(null);
  // The file is in the list above once uploaded; an emptied input shows the next one can be chosen.
  useEffect(() => {
    if (state?.ok && input.current) input.current.value = "";
  }, [state]);
  function upload() {
    const file = input.current?.files?.[0];
    const data = new FormData();
    data.set("kpiId", kpiId);
    if (file) data.set("file", file);
    send(data);
  }
  const error = state && !state.ok ? (state.fieldErrors?.file ?? state.error) : undefined;
  return (
    <div className="field">
      <label htmlFor={`file-${kpiId}`}>Bestand toevoegen bij {kpiName}</label>
      <span className="hint" id={`file-${kpiId}-hint`}>
        PDF, afbeelding, Word, Excel, PowerPoint of CSV; maximaal {limit.size}.
      </span>
      <input
        ref={input}
        id={`file-${kpiId}`}
        type="file"
        aria-invalid={Boolean(error)}
        aria-describedby={error ? `file-${kpiId}-hint file-${kpiId}-error` : `file-${kpiId}-hint`}
      />
      <div>
        <button type="button" onClick={upload} className="button button-secondary" disabled={pending} aria-busy={pending}>
          {pending ? "Bezig…" : "Uploaden"}
        </button>
      </div>
      {error ? (
        <p className="field-error" id={`file-${kpiId}-error`} role="alert">
          {error}
        </p>
      ) : null}
      {/* The confirmation only: a refusal is said at the file field above, not in a summary of the whole report. */}
      <FormAlert state={state?.ok ? state : null} />
    </div>
  );
}

export function DecideReportForm(props: { action: Action; reportId: string; version: number; kpis: Array<{ id: string; name: string }> }) {
  const { state, pending, onSubmit, fieldError } = useFormAction(props.action);
  return (
    <form onSubmit={onSubmit} className="stack" noValidate>
      <FormAlert state={state} />
      <input type="hidden" name="reportId" value={props.reportId} />
      <input type="hidden" name="version" value={props.version} />
      {props.kpis.map((kpi) => (
        <Field
          key={kpi.id}
          name={`comment-${kpi.id}`}
          label={`Opmerking bij ${kpi.name} (alleen bij terugsturen)`}
          error={fieldError(`comments.${kpi.id}`)}
        >
          {(aria) => <textarea {...aria} name={`comment.${kpi.id}`} rows={2} maxLength={2000} />}
        </Field>
      ))}
      <Field name="decisionComment" label="Algemene toelichting bij het besluit" error={fieldError("decisionComment")}>
        {(aria) => <textarea {...aria} name="decisionComment" rows={3} maxLength={5000} />}
      </Field>
      <div className="actions">
        <button type="submit" name="decision" value="accept" className="button" disabled={pending} aria-busy={pending}>
          Accepteren
        </button>
        <button type="submit" name="decision" value="send_back" className="button button-danger" disabled={pending} aria-busy={pending}>
          Terugsturen naar de leverancier
        </button>
      </div>
    </form>
  );
}

/** Deletes one evidence file after a confirmation; a button, because it sits inside the report form. */
export function DeleteEvidenceButton({ action, evidenceId, fileName }: { action: Action; evidenceId: string; fileName: string }) {
  const { state, pending, send } = useFormAction(action, {
    confirm: `Bewijsstuk "${fileName}" verwijderen? Dit kan niet ongedaan worden gemaakt.`,
  });
  function remove() {
    const data = new FormData();
    data.set("evidenceId", evidenceId);
    send(data);
  }
  return (
    <>
      <button
        type="button"
        onClick={remove}
        className="button-link"
        style={{ color: "var(--red-700)" }}
        disabled={pending}
        aria-busy={pending}
      >
        Verwijderen<span className="visually-hidden"> {fileName}</span>
      </button>
      {state && !state.ok ? (
        <span className="field-error" role="alert">
          {" "}
          {state.error}
        </span>
      ) : null}
    </>
  );
}

/** A KPI the send-back did not reopen, as submitted: text, not fields that look editable but are not. */
function LockedKpi({ kpi }: { kpi: ReportFormKpi }) {
  return (
    <>
      <p className="small">Niet teruggestuurd: deze KPI blijft zoals ingediend.</p>
      <dl className="facts">
        <dt>Gerapporteerd</dt>
        <dd>
          <strong>{kpi.reported ?? "niet ingevuld"}</strong>
        </dd>
        <dt>Toelichting</dt>
        <dd>{kpi.explanation || "—"}</dd>
      </dl>
    </>
  );
}
