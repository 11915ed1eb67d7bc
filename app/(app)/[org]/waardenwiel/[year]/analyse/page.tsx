import type { Metadata } from "next";
import { yearWheelPage } from "@/lib/waardenwiel/pages";
import { updateAnalysisAction } from "../../actions";
import { ANALYSIS_FIELDS, XCURVE_FIELDS } from "../../_components/analysis-fields";
import { AnalysisForm } from "../../_components/wheel-forms";

export const metadata: Metadata = { title: "Interne analyse" };

export default async function AnalysisPage({ params }: { params: Promise<{ org: string; year: string }> }) {
  const { org, year } = await params;
  const { wheel, canEdit } = await yearWheelPage(org, year);
  const analysis = wheel.analysis;
  return (
    <section className="card" aria-labelledby="analyse">
      <h2 id="analyse">1. Interne analyse</h2>
      <p>
        Breng vóór de sessie waarin jullie het Waardenwiel invullen de huidige situatie en het speelveld in kaart, houd zo nodig interviews,
        en kijk met de X-curve welke transitiestrategieën jullie al inzetten: ombouw, opbouw, voortbouw en afbouw, bij voorkeur allemaal
        tegelijk.
      </p>
      {canEdit ? (
        <AnalysisForm action={updateAnalysisAction.bind(null, org)} wheel={{ id: wheel.id, version: wheel.version }} analysis={analysis} />
      ) : (
        <dl className="analysis-notes">
          {ANALYSIS_FIELDS.map((f) => (
            <div key={f.name}>
              <dt>{f.label}</dt>
              <dd>{analysis[f.name] || <span className="muted">Niet ingevuld.</span>}</dd>
            </div>
          ))}
          {XCURVE_FIELDS.map((f) => (
            <div key={f.name}>
              <dt>X-curve, {f.label}</dt>
              <dd>{analysis.xcurve?.[f.name] || <span className="muted">Niet ingevuld.</span>}</dd>
            </div>
          ))}
        </dl>
      )}
    </section>
  );
}
