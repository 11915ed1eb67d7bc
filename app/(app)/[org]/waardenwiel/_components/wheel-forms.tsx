"use client";

import { Field } from "@/app/_components/ui/form";
import { pillarLabel } from "@/lib/waardenwiel/rules";
import { ANALYSIS_FIELDS, XCURVE_FIELDS } from "./analysis-fields";
import { WheelForm, type WheelAction, type WheelRef } from "./wheel-form";

type Analysis = {
  currentSituation?: string;
  documents?: string;
  stakeholders?: string;
  interviews?: string;
  xcurve?: { ombouw?: string; opbouw?: string; voortbouw?: string; afbouw?: string };
};

export function AnalysisForm({ action, wheel, analysis }: { action: WheelAction; wheel: WheelRef; analysis: Analysis }) {
  return (
    <WheelForm action={action} wheel={wheel} submitLabel="Analyse opslaan" className="stack stack-wide">
      {(fieldError) => (
        <>
          {ANALYSIS_FIELDS.map((f) => (
            <Field key={f.name} name={f.name} label={f.label} hint={f.hint} error={fieldError(f.name)}>
              {(aria) => <textarea {...aria} name={f.name} defaultValue={analysis[f.name] ?? ""} rows={4} maxLength={4000} />}
            </Field>
          ))}
          <h2>X-curve: op welke transitiestrategieën voeren jullie al acties uit?</h2>
          <div className="field-row">
            {XCURVE_FIELDS.map((f) => (
              <Field key={f.name} name={f.name} label={f.label} hint={f.hint} error={fieldError(f.name)}>
                {(aria) => <textarea {...aria} name={f.name} defaultValue={analysis.xcurve?.[f.name] ?? ""} rows={4} maxLength={4000} />}
              </Field>
            ))}
          </div>
        </>
      )}
    </WheelForm>
  );
}

export function AmbitionForm({
  action,
  wheel,
  ambition,
  example,
}: {
  action: WheelAction;
  wheel: WheelRef;
  ambition: string | null;
  example: string;
}) {
  return (
    <WheelForm action={action} wheel={wheel} submitLabel="Ambitie opslaan">
      {(fieldError) => (
        <Field
          name="ambition"
          label="Duurzame ambitie"
          hint={`Concreet, met een jaartal. Voorbeeld uit de handreiking: "${example}"`}
          error={fieldError("ambition")}
        >
          {(aria) => <textarea {...aria} name="ambition" defaultValue={ambition ?? ""} rows={4} maxLength={600} required />}
        </Field>
      )}
    </WheelForm>
  );
}

type PriorityTheme = { id: string; name: string; pillar: string; priorityRank: number | null; priorityTied: boolean };

/** Ranks for every theme at once: 1 is the highest; equal ranks only when marked as a tie. */
export function PriorityForm({ action, wheel, themes }: { action: WheelAction; wheel: WheelRef; themes: PriorityTheme[] }) {
  return (
    <WheelForm action={action} wheel={wheel} submitLabel="Prioriteiten opslaan" className="stack stack-wide">
      {(fieldError) => (
        // A named region in the tab order from the start: at 320 px this table always scrolls sideways.
        <div className="table-wrap" role="region" aria-label="Prioriteit per thema" tabIndex={0}>
          <table className="data priority-table">
            <caption className="visually-hidden">Prioriteit per thema</caption>
            <thead>
              <tr>
                <th scope="col">Thema</th>
                <th scope="col">Rang</th>
                <th scope="col">Gedeelde rang</th>
              </tr>
            </thead>
            <tbody>
              {themes.map((theme) => {
                const error = fieldError(`rank.${theme.id}`);
                const id = `rank-${theme.id}`;
                return (
                  <tr key={theme.id}>
                    <td>
                      <label htmlFor={id}>
                        <strong>{theme.name}</strong>
                      </label>
                      <div className="small muted">{pillarLabel(theme.pillar)}</div>
                    </td>
                    <td>
                      <input
                        id={id}
                        name={`rank.${theme.id}`}
                        type="number"
                        min={1}
                        max={99}
                        inputMode="numeric"
                        defaultValue={theme.priorityRank ?? ""}
                        aria-invalid={Boolean(error)}
                        aria-describedby={error ? `${id}-error` : undefined}
                        className="rank-input"
                      />
                      {error ? (
                        <p className="field-error" id={`${id}-error`}>
                          {error}
                        </p>
                      ) : null}
                    </td>
                    <td>
                      <label className="radio-choice">
                        <input type="checkbox" name={`tied.${theme.id}`} defaultChecked={theme.priorityTied} />
                        <span>
                          gelijk<span className="visually-hidden"> aan een ander thema ({theme.name})</span>
                        </span>
                      </label>
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
    </WheelForm>
  );
}
