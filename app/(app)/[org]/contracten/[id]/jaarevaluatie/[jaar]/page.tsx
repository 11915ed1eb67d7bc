import type { Metadata } from "next";
import Link from "next/link";
import { Badge } from "@/app/_components/ui/badge";
import { Notice } from "@/app/_components/ui/notice";
import { orNotFound, requireActor } from "@/lib/auth/session";
import { evaluationPage } from "@/lib/evaluations/pages";
import { EVALUATION_DECISIONS, EVALUATION_DECISION_KEYS, ROADMAP_HOLDS, ROADMAP_HOLDS_KEYS } from "@/lib/evaluations/rules";
import { formatDateTime } from "@/lib/format";
import { INTERPOLATIONS } from "@/lib/kpis/growth-path";
import { decideKpiAction, openEvaluationAction, saveEvaluationAction, signEvaluationAction } from "./actions";
import { ButtonForm, DecisionForm, RoadmapCheckForm } from "./_components/evaluation-forms";

export const metadata: Metadata = { title: "Jaarevaluatie" };

const DECISION_OPTIONS = EVALUATION_DECISION_KEYS.map((value) => ({ value, label: EVALUATION_DECISIONS[value] }));
const HOLDS_OPTIONS = ROADMAP_HOLDS_KEYS.map((value) => ({ value, label: ROADMAP_HOLDS[value] }));
const INTERPOLATION_OPTIONS = (Object.keys(INTERPOLATIONS) as (keyof typeof INTERPOLATIONS)[]).map((value) => ({
  value,
  label: value === "step" ? "Trapsgewijs" : "Lineair",
}));

export default async function YearlyEvaluationPage({ params }: { params: Promise<{ org: string; id: string; jaar: string }> }) {
  const { org, id, jaar } = await params;
  const actor = await requireActor(org);
  const page = await orNotFound(evaluationPage(actor, id, jaar));
  const { contract, evaluation, year } = page;
  const base = `/${org}/contracten/${id}`;
  const final = evaluation?.status === "final";
  return (
    <>
      <p className="small">
        <Link href={base}>← {contract.title}</Link>
      </p>
      <h1>Jaarevaluatie {year}</h1>
      <p className="muted">
        Eens per jaar kijken opdrachtgever en leverancier of de KPI&apos;s nog actueel zijn en of de roadmap nog klopt. Besluiten gaan in
        vanaf {page.effectiveFrom}.
      </p>
      {page.xCurveWarnings.length > 0 ? (
        <Notice tone="info">
          <strong>X-curve-check van de roadmap</strong>
          <ul className="plain-list">
            {page.xCurveWarnings.map((w) => (
              <li key={w}>{w}</li>
            ))}
          </ul>
          <Link href={`${base}/roadmap`}>Naar de roadmap</Link>
        </Notice>
      ) : (
        <Notice tone="info">De roadmap heeft zowel afbouw- als opbouw-acties.</Notice>
      )}
      {!evaluation ? (
        <section className="card stack" aria-labelledby="openen">
          <h2 id="openen">Nog niet geopend</h2>
          {page.canLead ? (
            <ButtonForm action={openEvaluationAction.bind(null, org, id, year)} label={`Jaarevaluatie ${year} openen`} />
          ) : (
            <p>De opdrachtgever heeft de jaarevaluatie van {year} nog niet geopend.</p>
          )}
        </section>
      ) : (
        <>
          <section className="card stack" aria-labelledby="status">
            <h2 id="status">Status</h2>
            <p>{final ? <Badge tone="green">Definitief</Badge> : <Badge tone="amber">Concept</Badge>}</p>
            <dl className="facts">
              <dt>Opdrachtgever</dt>
              <dd>
                {evaluation.buyerSignedAt
                  ? `Ondertekend door ${evaluation.buyerSignerName} op ${formatDateTime(evaluation.buyerSignedAt)}`
                  : "Nog niet ondertekend"}
              </dd>
              <dt>Leverancier</dt>
              <dd>
                {evaluation.supplierSignedAt
                  ? `Ondertekend door ${evaluation.supplierSignerName} op ${formatDateTime(evaluation.supplierSignedAt)}`
                  : "Nog niet ondertekend"}
              </dd>
            </dl>
            {page.blockers.length > 0 ? (
              <ul className="plain-list small">
                {page.blockers.map((b) => (
                  <li key={b}>{b}</li>
                ))}
              </ul>
            ) : null}
            {page.canSign && page.blockers.length === 0 ? (
              <ButtonForm
                action={signEvaluationAction.bind(null, org, id, year)}
                label={`Ondertekenen namens de ${actor.org.kind === "buyer" ? "opdrachtgever" : "leverancier"}`}
                evaluationId={evaluation.id}
                version={evaluation.version}
                confirm="Ondertekenen? Zodra beide partijen hebben ondertekend, is de jaarevaluatie definitief."
              />
            ) : null}
          </section>
          <section className="card stack" aria-labelledby="kpis">
            <h2 id="kpis">KPI&apos;s</h2>
            {page.kpis.length === 0 ? <p>Dit contract heeft geen actieve KPI&apos;s.</p> : null}
            <div className="table-wrap">
              <table className="data">
                <caption className="visually-hidden">Besluiten per KPI</caption>
                <thead>
                  <tr>
                    <th scope="col">KPI</th>
                    <th scope="col">Besluit</th>
                    <th scope="col">Reden</th>
                  </tr>
                </thead>
                <tbody>
                  {page.kpis.map((k) => (
                    <tr key={k.id}>
                      <th scope="row">{k.name}</th>
                      <td>{k.decided ? k.decided.decisionLabel : "Nog geen besluit"}</td>
                      <td>{k.decided?.reason ?? ""}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
            {page.canLead
              ? page.kpis.map((k) => (
                  <DecisionForm
                    key={k.id}
                    action={decideKpiAction.bind(null, org, id, year)}
                    evaluationId={evaluation.id}
                    version={evaluation.version}
                    kpi={{ id: k.id, name: k.name }}
                    initial={{ decision: k.decided?.decision ?? "", reason: k.decided?.reason ?? "" }}
                    decisions={DECISION_OPTIONS}
                    interpolations={INTERPOLATION_OPTIONS}
                    effectiveFrom={page.effectiveFromKey}
                  />
                ))
              : null}
          </section>
          <section className="card stack" aria-labelledby="roadmap-check">
            <h2 id="roadmap-check">Roadmap</h2>
            {page.canLead ? (
              <RoadmapCheckForm
                action={saveEvaluationAction.bind(null, org, id, year)}
                evaluationId={evaluation.id}
                version={evaluation.version}
                initial={{
                  roadmapHolds: evaluation.roadmapHolds ?? "",
                  roadmapNote: evaluation.roadmapNote ?? "",
                  summary: evaluation.summary ?? "",
                }}
                choices={HOLDS_OPTIONS}
              />
            ) : (
              <dl className="facts">
                <dt>Klopt de roadmap nog?</dt>
                <dd>{page.roadmapHoldsLabel ?? "Nog niet beantwoord"}</dd>
                <dt>Toelichting</dt>
                <dd>{evaluation.roadmapNote ?? "–"}</dd>
                <dt>Samenvatting</dt>
                <dd>{evaluation.summary ?? "–"}</dd>
              </dl>
            )}
          </section>
        </>
      )}
    </>
  );
}
