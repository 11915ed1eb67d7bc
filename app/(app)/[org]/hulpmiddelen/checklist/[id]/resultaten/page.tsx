import type { Metadata } from "next";
import Link from "next/link";
import { Badge } from "@/app/_components/ui/badge";
import { formatDateTime } from "@/lib/format";
import { checklistResultsPage } from "@/lib/guidance/checklist/pages";
import { closeChecklistRoundAction } from "../../../actions";
import { DistributionChart } from "../../_components/charts";
import { DistributionTable } from "../../_components/tables";
import { CloseRoundForm } from "../../client";
import { Notice } from "@/app/_components/ui/notice";

export const metadata: Metadata = { title: "Resultaten checklistronde" };

type Props = { params: Promise<{ org: string; id: string }>; searchParams: Promise<{ gesloten?: string }> };

export default async function ChecklistResultsPage({ params, searchParams }: Props) {
  const { org, id } = await params;
  const { gesloten } = await searchParams;
  const data = await checklistResultsPage(org, id);
  const { round } = data;
  const base = `/${org}/hulpmiddelen/checklist`;
  return (
    <>
      <p className="small">
        <Link href={`${base}/${round.id}`}>← {round.title}</Link>
      </p>
      {gesloten ? <Notice arrival>De ronde is gesloten. De antwoorden staan vast.</Notice> : null}
      <div className="page-header">
        <div>
          <h1>Resultaten: {round.title}</h1>
          <p>
            {round.open ? <Badge tone="green">Open</Badge> : <Badge>Gesloten</Badge>} {data.respondents}{" "}
            {data.respondents === 1 ? "persoon heeft" : "personen hebben"} geantwoord
            {round.open ? " tot nu toe" : ""}. Namen worden niet getoond.
            {round.closedAt ? ` Gesloten op ${formatDateTime(round.closedAt)}.` : ""}
          </p>
        </div>
        {round.open && data.canEdit ? (
          <div className="actions">
            <CloseRoundForm
              action={closeChecklistRoundAction.bind(null, org)}
              roundId={round.id}
              version={round.version}
              title={round.title}
            />
          </div>
        ) : null}
      </div>

      {data.respondents === 0 ? (
        <div className="card">
          <p>Nog niemand heeft deze ronde ingevuld.</p>
        </div>
      ) : (
        <>
          <section className="card" aria-labelledby="per-thema">
            <h2 id="per-thema">Per thema</h2>
            <p className="small muted">{data.themeNote}</p>
            <DistributionChart
              rows={data.themes}
              scale={data.scale}
              labelWidth={190}
              description={`Verdeling van alle antwoorden per thema. ${data.themeDescription}`}
            />
            <DistributionTable rows={data.themes} scale={data.scale} caption="Antwoorden per thema" rowHeader="Thema" />
          </section>
          <section className="card" aria-labelledby="per-stelling">
            <h2 id="per-stelling">Per stelling</h2>
            <DistributionChart
              rows={data.statements}
              scale={data.scale}
              description={`Verdeling van de scores per stelling. ${data.statementDescription}`}
            />
            <DistributionTable rows={data.statements} scale={data.scale} caption="Antwoorden per stelling" rowHeader="Stelling" />
          </section>
          <section className="card" aria-labelledby="opmerkingen">
            <h2 id="opmerkingen">Opmerkingen</h2>
            {data.comments.length === 0 ? (
              <p>Er zijn geen opmerkingen gegeven.</p>
            ) : (
              data.comments.map((s) => (
                <div key={s.id} className="statement-comments">
                  <h3>
                    {s.id} {s.text}
                  </h3>
                  <ul>
                    {s.comments.map((comment, i) => (
                      <li key={i}>{comment}</li>
                    ))}
                  </ul>
                </div>
              ))
            )}
          </section>
        </>
      )}
    </>
  );
}
