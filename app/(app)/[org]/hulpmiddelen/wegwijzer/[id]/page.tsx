import type { Metadata } from "next";
import Link from "next/link";
import { formatDateTime } from "@/lib/format";
import { PIANOO_ORGANISATIE_STRATEGISCHE_INKOOP } from "@/lib/guidance/source";
import { wegwijzerRunPage } from "@/lib/guidance/wegwijzer/pages";
import { AdviceSections } from "../../_components/advice";
import { PrintButton } from "../../_components/print-button";
import { Notice } from "@/app/_components/ui/notice";

export const metadata: Metadata = { title: "Wegwijzer-advies" };

type Props = { params: Promise<{ org: string; id: string }>; searchParams: Promise<{ opgeslagen?: string }> };

export default async function WegwijzerRunPage({ params, searchParams }: Props) {
  const { org, id } = await params;
  const { opgeslagen } = await searchParams;
  const { actor, run, answers, advice, others } = await wegwijzerRunPage(org, id);
  const base = `/${org}/hulpmiddelen/wegwijzer`;
  return (
    <>
      <p className="small no-print">
        <Link href={base}>← Wegwijzer</Link>
      </p>
      {opgeslagen ? (
        <Notice arrival className="no-print">
          Het advies is bewaard.
        </Notice>
      ) : null}
      <article className="wegwijzer-print">
        <div className="page-header">
          <div>
            <p className="print-only small">{actor.org.name} · Wegwijzer organisatie strategische inkoop</p>
            <h1>{run.title}</h1>
            <p>
              Wegwijzer-advies, bewaard op {formatDateTime(run.createdAt)} door {run.createdBy}
            </p>
          </div>
          <div className="actions">
            <PrintButton />
          </div>
        </div>
        <dl className="facts run-facts">
          <dt>Contract in voorbereiding</dt>
          <dd>{run.contractId ? <Link href={`/${org}/contracten/${run.contractId}`}>{run.contractTitle}</Link> : "—"}</dd>
          {run.notes ? (
            <>
              <dt>Notities</dt>
              <dd className="pre-line">{run.notes}</dd>
            </>
          ) : null}
        </dl>
        <section aria-labelledby="antwoorden">
          <h2 id="antwoorden">Antwoorden</h2>
          <ol className="answer-list">
            {answers.map((a) => (
              <li key={a.number}>
                <span className="muted">
                  {a.dimension}? {a.question}
                </span>
                <br />
                <strong>{a.label}</strong>
              </li>
            ))}
          </ol>
        </section>
        <section aria-labelledby="advies">
          <h2 id="advies">Advies</h2>
          <AdviceSections advice={advice} headingLevel={3} />
        </section>
        <p className="small muted">
          De tips zijn samenvattingen in eigen woorden van {PIANOO_ORGANISATIE_STRATEGISCHE_INKOOP}; bij elke tip staat waar je de
          oorspronkelijke tekst vindt.
        </p>
      </article>
      <section className="card no-print" aria-labelledby="vergelijken">
        <h2 id="vergelijken">Vergelijken met een ander advies</h2>
        {others.length === 0 ? (
          <p>Bewaar nog een advies om het met dit advies te kunnen vergelijken.</p>
        ) : (
          <form method="get" action={`${base}/${run.id}/vergelijken`} className="inline-form">
            <label htmlFor="met">Vergelijk met</label>
            <select id="met" name="met" defaultValue={others[0]!.id}>
              {others.map((o) => (
                <option key={o.id} value={o.id}>
                  {o.title} ({formatDateTime(o.createdAt)})
                </option>
              ))}
            </select>
            <button type="submit" className="button button-secondary">
              Vergelijken
            </button>
          </form>
        )}
      </section>
    </>
  );
}
