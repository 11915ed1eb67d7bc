"use client";

import { useState, type FormEvent } from "react";
import { FormAlert, useFormAction, type FormState } from "@/app/_components/ui/form";
import type { UploadLimit } from "@/app/_components/ui/upload";
import type { ImportOutcome } from "@/lib/kpi-library/import/actions";
import { RowErrorsTable } from "@/app/_components/ui/row-errors";
import { Notice } from "@/app/_components/ui/notice";

export type ImportState = FormState | { ok: true; outcome: ImportOutcome };

/**
 * Upload, check, then import: "Controleren" shows every bad row or a preview; "Importeren"
 * appears only after a clean check of the chosen file and sends it again, checked again.
 */
export function ImportForm(props: { action: (state: ImportState, form: FormData) => Promise<ImportState>; limit: UploadLimit }) {
  const { state, pending, onSubmit, fieldError } = useFormAction(props.action, { upload: { limit: props.limit } });
  const [checkedFile, setCheckedFile] = useState<string | null>(null);
  const [currentFile, setCurrentFile] = useState<string | null>(null);
  const outcome = state && state.ok && "outcome" in state ? state.outcome : null;
  const formState: FormState = state && "outcome" in state ? null : state;
  const fileError = fieldError("file");
  const clean = outcome && outcome.errors.length === 0 && outcome.preview.length > 0 && checkedFile === currentFile;

  function check(event: FormEvent<HTMLFormElement>) {
    setCheckedFile(currentFile);
    onSubmit(event);
  }

  return (
    <form onSubmit={check} className="stack stack-wide" noValidate>
      {/* A problem with the file is said once, at the file field. */}
      {formState && !formState.ok && formState.error !== fileError ? <FormAlert state={formState} /> : null}
      <div className="field">
        <label htmlFor="field-file">Bestand (CSV of XLSX, hoogstens {props.limit.size})</label>
        <input
          id="field-file"
          type="file"
          name="file"
          accept=".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
          aria-invalid={Boolean(fileError)}
          aria-describedby={fileError ? "field-file-error" : undefined}
          onChange={(e) => {
            const file = e.currentTarget.files?.[0];
            setCurrentFile(file ? `${file.name}:${file.size}:${file.lastModified}` : null);
          }}
        />
        {fileError ? (
          <p className="field-error" id="field-file-error" role="alert">
            {fileError}
          </p>
        ) : null}
      </div>
      <div className="actions">
        <button type="submit" name="mode" value="preview" className="button button-secondary" disabled={pending}>
          {pending ? "Bezig…" : "Bestand controleren"}
        </button>
        {clean ? (
          <button type="submit" name="mode" value="import" className="button" disabled={pending}>
            {outcome.preview.length === 1 ? "1 KPI importeren" : `${outcome.preview.length} KPI's importeren`}
          </button>
        ) : null}
      </div>
      {outcome && outcome.errors.length > 0 ? <ImportErrors outcome={outcome} /> : null}
      {outcome && outcome.errors.length === 0 && outcome.preview.length > 0 ? <ImportPreview outcome={outcome} /> : null}
    </form>
  );
}

function ImportErrors({ outcome }: { outcome: ImportOutcome }) {
  const rows = new Set(outcome.errors.map((e) => e.row)).size;
  return (
    <section aria-labelledby="import-fouten">
      <Notice tone="error">
        <h2 id="import-fouten" className="alert-heading">
          Er is niets geïmporteerd
        </h2>
        {outcome.errors.length === 1 ? "1 fout" : `${outcome.errors.length} fouten`} in {rows === 1 ? "1 regel" : `${rows} regels`}.
        Verbeter het bestand en controleer het opnieuw; pas als alle regels kloppen, kun je importeren.
      </Notice>
      <RowErrorsTable errors={outcome.errors} />
    </section>
  );
}

function ImportPreview({ outcome }: { outcome: ImportOutcome }) {
  return (
    <section aria-labelledby="import-voorbeeld">
      <Notice>
        <h2 id="import-voorbeeld" className="alert-heading">
          Het bestand klopt
        </h2>
        Deze {outcome.preview.length === 1 ? "KPI wordt" : `${outcome.preview.length} KPI's worden`} als voorstel aan de leverancier
        toegevoegd. Er is nog niets opgeslagen.
      </Notice>
      <div className="table-wrap">
        <table className="data">
          <thead>
            <tr>
              <th scope="col" className="num">
                Rij
              </th>
              <th scope="col">KPI</th>
              <th scope="col">Indicator</th>
              <th scope="col">Soort</th>
              <th scope="col">Groeipad</th>
            </tr>
          </thead>
          <tbody>
            {outcome.preview.map((p) => (
              <tr key={p.row}>
                <td className="num">{p.row}</td>
                <td>
                  {p.name}
                  {p.theme ? <div className="small muted">Thema: {p.theme}</div> : null}
                </td>
                <td>{p.indicator}</td>
                <td>
                  {p.kind}
                  <div className="small muted">{p.obligation}</div>
                </td>
                <td>{p.growthPath}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
