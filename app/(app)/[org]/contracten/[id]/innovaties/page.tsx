import type { Metadata } from "next";
import Link from "next/link";
import { Badge } from "@/app/_components/ui/badge";
import { orNotFound, requireActor } from "@/lib/auth/session";
import { formatDateTime } from "@/lib/format";
import { innovationsPage } from "@/lib/innovations/pages";
import type { InnovationStatus } from "@/lib/innovations/rules";
import { quarterFromKey, quarterLabel } from "@/lib/periods";
import { OutcomeForm, ProposeInnovationForm } from "./_components/innovation-forms";
import { proposeInnovationAction, recordOutcomeAction } from "./actions";

export const metadata: Metadata = { title: "Innovaties" };

const TONES: Record<InnovationStatus, "green" | "grey" | "amber" | "red"> = {
  proposed: "grey",
  in_review: "amber",
  go: "green",
  pilot: "amber",
  no_go: "red",
  delivered: "green",
};

/**
 * The innovation register of a contract (seed 002 §5.1, aanbeveling 9): innovations and pilots
 * either side proposes during the contract, decided in a quarterly review, with what they delivered.
 */
export default async function InnovationsPage({ params }: { params: Promise<{ org: string; id: string }> }) {
  const { org, id } = await params;
  const actor = await requireActor(org);
  const page = await orNotFound(innovationsPage(actor, id));
  const { contract } = page;
  const base = `/${org}/contracten/${id}`;
  return (
    <>
      <p className="small">
        <Link href={base}>← {contract.title}</Link>
      </p>
      <div className="page-header">
        <div>
          <h1>Innovaties</h1>
          <p>
            Innovaties en pilots die opdrachtgever of leverancier tijdens het contract voorstellen. Over elk voorstel besluit de
            opdrachtgever in een <Link href={`${base}/reviews`}>kwartaalreview</Link>: go, no go of eerst een pilot. Na een go of pilot legt
            een van beide partijen vast wat het heeft opgeleverd.
          </p>
        </div>
      </div>
      {page.innovations.length === 0 ? <p>Er zijn nog geen innovaties voorgesteld.</p> : null}
      {page.innovations.map((i) => (
        <article key={i.id} id={`innovatie-${i.id}`} className="card" aria-labelledby={`titel-${i.id}`}>
          <h2 id={`titel-${i.id}`}>{i.title}</h2>
          <p>
            <Badge tone={TONES[i.status]}>{i.statusLabel}</Badge> <span className="small muted">Voorgesteld door {i.proposedBy}</span>
          </p>
          <dl className="facts">
            <dt>Probleem</dt>
            <dd>{i.problem}</dd>
            <dt>Verwacht effect</dt>
            <dd>{i.expectedEffect ?? "–"}</dd>
            <dt>KPI&apos;s</dt>
            <dd>
              {i.kpis.length === 0
                ? "–"
                : i.kpis.map((k, n) => (
                    <span key={k.id}>
                      {n > 0 ? ", " : null}
                      <Link href={`${base}/kpis/${k.id}`}>{k.name}</Link>
                    </span>
                  ))}
            </dd>
            <dt>Thema&apos;s</dt>
            <dd>{i.themes.length ? i.themes.join(", ") : "–"}</dd>
            <dt>Kosten</dt>
            <dd>
              {i.cost ?? "Niet opgegeven"}
              {i.costBearer ? ` · gedragen door: ${i.costBearer.toLowerCase()}` : ""}
            </dd>
            <dt>Roadmap</dt>
            <dd>{i.roadmap ? <Link href={`${base}/roadmap`}>{i.roadmap.title}</Link> : "–"}</dd>
            <dt>Besluit</dt>
            <dd>
              {i.decision ? (
                <>
                  {i.decision.label} in de{" "}
                  <Link href={`${base}/reviews/${i.decision.reviewQuarter}`}>
                    kwartaalreview {quarterLabel(quarterFromKey(i.decision.reviewQuarter))}
                  </Link>
                  {i.decision.final ? "" : " (nog niet definitief)"} — {i.decision.reason}{" "}
                  <span className="small muted">({i.decision.decidedByName})</span>
                </>
              ) : (
                "Nog niet besloten"
              )}
            </dd>
            {i.outcome ? (
              <>
                <dt>Resultaat</dt>
                <dd>
                  {i.outcome.text}{" "}
                  <span className="small muted">
                    ({i.outcome.by}
                    {i.outcome.at ? `, ${formatDateTime(i.outcome.at)}` : ""})
                  </span>
                </dd>
              </>
            ) : null}
          </dl>
          {i.canRecordOutcome ? (
            <OutcomeForm
              action={recordOutcomeAction.bind(null, org, id, i.id)}
              innovationId={i.id}
              version={i.version}
              outcome={i.outcome?.text ?? ""}
            />
          ) : null}
        </article>
      ))}
      {page.canPropose ? (
        <section className="card" aria-labelledby="voorstellen">
          <h2 id="voorstellen">Innovatie of pilot voorstellen</h2>
          <ProposeInnovationForm action={proposeInnovationAction.bind(null, org, id)} {...page.choices} />
        </section>
      ) : null}
    </>
  );
}
