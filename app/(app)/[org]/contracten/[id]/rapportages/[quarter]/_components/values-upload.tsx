"use client";

import { useEffect, useRef } from "react";
import { FormAlert, useFormAction, type FormState } from "@/app/_components/ui/form";
import { RowErrorsTable } from "@/app/_components/ui/row-errors";
import type { UploadLimit } from "@/app/_components/ui/upload";

type RowProblem = {
  row: number;
  column: string | null;
  message: string;
};
export type ValuesUploadState =
  | FormState
  | {
      ok: false;
      error: string;
      fieldErrors?: Record<string, string>;
      rows: RowProblem[];
    };

export type ValuesUploadAction = (state: ValuesUploadState, form: FormData) => Promise<ValuesUploadState>;

/**
 * Values from a filled-in template. A separate form next to the report form: uploading saves the
 * values into the draft, and every wrong row comes back with its row number and the reason.
 */
export function ValuesUpload({
  action,
  templateUrl,
  limit,
  onSaved,
}: {
  action: ValuesUploadAction;
  templateUrl: string;
  limit: UploadLimit;
  onSaved: () => void;
}) {
  const { state, pending, send } = useFormAction(action, { upload: { limit } });
  const input = useRef<HTMLInputElement>(null);
  useEffect(() => {
    if (state?.ok) onSaved();
    // Only a new answer of the server counts, not a new onSaved function (deliberately not a dependency).
  }, [state]);
  function upload() {
    const data = new FormData();
    const file = input.current?.files?.[0];
    if (file) data.set("file", file);
    send(data);
  }
  const rows = state && !state.ok && "rows" in state ? state.rows : [];
  const error = state && !state.ok ? (state.fieldErrors?.file ?? state.error) : undefined;
  return (
    <section className="card stack" style={{ maxWidth: 640, marginBottom: "1rem" }} aria-labelledby="values-upload-heading">
      <h2 id="values-upload-heading">Waarden uit een bestand</h2>
      <p className="small">
        Download het sjabloon met de KPI&apos;s van dit kwartaal, vul per KPI de waarde (met een komma) of de score (1–4), bij een KPI per
        eenheid de hoeveelheid van het kwartaal, en eventueel een toelichting in, en lees het bestand hier in. Pas de kolom kpi-id niet aan.
        Alleen als elke regel klopt, worden de waarden in het concept opgeslagen; lege regels blijven buiten beschouwing.
      </p>
      <p>
        <a href={`${templateUrl}?formaat=xlsx`} download>
          Sjabloon downloaden (Excel)
        </a>{" "}
        ·{" "}
        <a href={`${templateUrl}?formaat=csv`} download>
          Sjabloon downloaden (CSV)
        </a>
      </p>
      <FormAlert state={state} />
      <div className="field">
        <label htmlFor="values-file">Ingevuld sjabloon (CSV of Excel)</label>
        <span className="hint" id="values-file-hint">
          Hoogstens {limit.size}.
        </span>
        <input
          ref={input}
          id="values-file"
          type="file"
          accept=".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
          aria-invalid={Boolean(error)}
          aria-describedby={error ? "values-file-hint values-file-error" : "values-file-hint"}
        />
        <div>
          <button type="button" onClick={upload} className="button button-secondary" disabled={pending} aria-busy={pending}>
            {pending ? "Bezig…" : "Bestand inlezen"}
          </button>
        </div>
        {error ? (
          <p className="field-error" id="values-file-error">
            {error}
          </p>
        ) : null}
      </div>
      {rows.length > 0 ? <RowErrorsTable errors={rows} caption="Regels die niet kloppen; er is niets opgeslagen" /> : null}
    </section>
  );
}
