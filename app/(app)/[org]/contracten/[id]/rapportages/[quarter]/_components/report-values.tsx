import type { ReactNode } from "react";
import { ProfileSource, type ProfileSourceNote } from "./report-form";

/** One KPI of a report as read, every value already written out with its unit. */
export type ReportValuesKpi = {
  id: string;
  name: string;
  /** "45 %", "score 3 (in uitvoering)", or null when no target was set. */
  target: string | null;
  /** The reported value with its unit, or null when nothing was reported. */
  value: string | null;
  /** The quarter's quantity of a per-unit KPI with its unit ("12.500 maaltijden"), or null. */
  quantity: string | null;
  explanation: string;
  buyerComment: string | null;
  flag: string | null;
  evidenceRequired: string | null;
  evidenceMandatory: boolean;
  evidence: ReactNode;
  source: ProfileSourceNote | null;
  /** For the buyer: whether the value was verified ("Geverifieerd", "Betwist", ...), else absent. */
  verification?: string;
};

/**
 * A report that cannot be changed (submitted, accepted, or read by someone who does not report):
 * the values as text, not as inputs that look editable but are not.
 */
export function ReportValues({ kpis, narrative }: { kpis: ReportValuesKpi[]; narrative: string }) {
  return (
    <div className="stack">
      {kpis.map((kpi) => (
        <section key={kpi.id} className="card" aria-labelledby={`kpi-${kpi.id}`}>
          <h2 id={`kpi-${kpi.id}`}>{kpi.name}</h2>
          {kpi.buyerComment ? (
            <div className="alert alert-error" role="note">
              Opmerking van de opdrachtgever: {kpi.buyerComment}
            </div>
          ) : null}
          <dl className="facts">
            <dt>Doel dit kwartaal</dt>
            <dd>{kpi.target ?? "geen doel vastgelegd"}</dd>
            <dt>Gerapporteerd</dt>
            <dd>
              <strong>{kpi.value ?? "niet ingevuld"}</strong>
              {kpi.source ? <ProfileSource source={kpi.source} /> : null}
            </dd>
            {kpi.verification ? (
              <>
                <dt>Verificatie</dt>
                <dd>{kpi.verification}</dd>
              </>
            ) : null}
            {kpi.quantity ? (
              <>
                <dt>Hoeveelheid dit kwartaal</dt>
                <dd>{kpi.quantity}</dd>
              </>
            ) : null}
            <dt>Toelichting</dt>
            <dd>{kpi.explanation || "—"}</dd>
            <dt>Bewijs{kpi.evidenceMandatory ? " (verplicht)" : ""}</dt>
            <dd>
              {kpi.evidenceRequired ? <p className="small">{kpi.evidenceRequired}</p> : null}
              {kpi.evidence}
            </dd>
          </dl>
          {kpi.flag ? (
            <div className="alert alert-warning" role="note">
              Opvallende waarde: {kpi.flag}.{kpi.explanation ? " De leverancier heeft haar toegelicht." : ""}
            </div>
          ) : null}
        </section>
      ))}
      <section className="card" aria-labelledby="narrative-heading">
        <h2 id="narrative-heading">Algemene toelichting op het kwartaal</h2>
        <p style={{ whiteSpace: "pre-wrap" }}>{narrative || "Geen algemene toelichting."}</p>
      </section>
    </div>
  );
}
