"use client";

import { FormAlert, SubmitButton, useFormAction, type FormState } from "@/app/_components/ui/form";

export type CopyCandidate = {
  id: string;
  name: string;
  indicator: string;
  kind: string;
  obligation: string;
  status: string;
  milestones: number;
};

const STATUS_LABELS: Record<string, string> = { proposed: "Voorgesteld", active: "Actief", retired: "Vervallen" };

/** Tick the KPIs to copy; they become proposals on this contract with their paths moved along. */
export function CopyKpisForm(props: {
  action: (state: FormState, form: FormData) => Promise<FormState>;
  sourceId: string;
  kpis: CopyCandidate[];
}) {
  const { state, pending, onSubmit, fieldError } = useFormAction(props.action);
  const error = fieldError("kpiIds");
  return (
    <form onSubmit={onSubmit} className="stack stack-wide" noValidate>
      <FormAlert state={state} />
      <input type="hidden" name="sourceContractId" value={props.sourceId} />
      <fieldset className="field" aria-describedby={error ? "field-kpiIds-error" : undefined}>
        <legend>KPI&apos;s om te kopiëren</legend>
        <div className="table-wrap">
          <table className="data">
            <thead>
              <tr>
                <th scope="col">Kopiëren</th>
                <th scope="col">KPI</th>
                <th scope="col">Indicator</th>
                <th scope="col">Soort</th>
                <th scope="col">Status in het andere contract</th>
                <th scope="col" className="num">
                  Mijlpalen
                </th>
              </tr>
            </thead>
            <tbody>
              {props.kpis.map((k) => (
                <tr key={k.id}>
                  <td>
                    <input type="checkbox" name="kpiIds" value={k.id} id={`kpi-${k.id}`} defaultChecked={k.status === "active"} />
                  </td>
                  <td>
                    <label htmlFor={`kpi-${k.id}`}>{k.name}</label>
                  </td>
                  <td>{k.indicator}</td>
                  <td>
                    {k.kind}
                    <div className="small muted">{k.obligation}</div>
                  </td>
                  <td>{STATUS_LABELS[k.status] ?? k.status}</td>
                  <td className="num">{k.milestones}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
        {error ? (
          <p className="field-error" id="field-kpiIds-error">
            {error}
          </p>
        ) : null}
      </fieldset>
      <div className="actions">
        <SubmitButton pending={pending}>Kopiëren als voorstel</SubmitButton>
      </div>
    </form>
  );
}
