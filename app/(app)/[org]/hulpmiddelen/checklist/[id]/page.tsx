import type { Metadata } from "next";
import Link from "next/link";
import { Badge } from "@/app/_components/ui/badge";
import { formatDateTime } from "@/lib/format";
import { checklistRoundPage } from "@/lib/guidance/checklist/pages";
import { answerChecklistAction, closeChecklistRoundAction } from "../../actions";
import { CloseRoundForm } from "../client";
import { AnswerForm } from "./client";
import { Notice } from "@/app/_components/ui/notice";

export const metadata: Metadata = { title: "Checklistronde" };

type Props = { params: Promise<{ org: string; id: string }>; searchParams: Promise<{ geopend?: string }> };

export default async function ChecklistRoundPage({ params, searchParams }: Props) {
  const { org, id } = await params;
  const { geopend } = await searchParams;
  const data = await checklistRoundPage(org, id);
  const { round } = data;
  const base = `/${org}/hulpmiddelen/checklist`;
  const scaleLabel = (score: number) => data.scale.find((s) => s.score === score)?.label ?? String(score);
  return (
    <>
      <p className="small">
        <Link href={base}>← Checklist strategische inkoop</Link>
      </p>
      {geopend ? <Notice arrival>De ronde is geopend. Iedereen van {data.actor.org.name} kan de checklist nu invullen.</Notice> : null}
      <div className="page-header">
        <div>
          <h1>{round.title}</h1>
          <p>
            {round.open ? <Badge tone="green">Open</Badge> : <Badge>Gesloten</Badge>} Geopend op {formatDateTime(round.openedAt)}
            {round.closedAt ? `, gesloten op ${formatDateTime(round.closedAt)}` : ""}
          </p>
        </div>
        <div className="actions">
          <Link href={`${base}/${round.id}/resultaten`} className="button button-secondary">
            Resultaten
          </Link>
          {round.open && data.canEdit ? (
            <CloseRoundForm
              action={closeChecklistRoundAction.bind(null, org)}
              roundId={round.id}
              version={round.version}
              title={round.title}
            />
          ) : null}
        </div>
      </div>
      {round.open && data.canAnswer ? (
        <>
          <p>
            Geef per stelling aan in hoeverre je het ermee eens bent voor jouw organisatie. Je hebt nu{" "}
            <strong>
              {data.answered} van de {data.total}
            </strong>{" "}
            stellingen beantwoord. Anderen zien alleen de aantallen per score en de opmerkingen, nooit je naam.
          </p>
          <AnswerForm action={answerChecklistAction.bind(null, org, round.id)} themes={data.themes} scale={data.scale} mine={data.mine} />
        </>
      ) : (
        <section className="card" aria-labelledby="mijn-antwoorden">
          <h2 id="mijn-antwoorden">Jouw antwoorden</h2>
          {round.open ? null : <p className="alert alert-info">Deze ronde is gesloten: de antwoorden kunnen niet meer worden gewijzigd.</p>}
          {data.answered === 0 ? (
            <p>Je hebt in deze ronde geen antwoorden gegeven.</p>
          ) : (
            <div className="table-wrap">
              <table className="data">
                <thead>
                  <tr>
                    <th scope="col">Stelling</th>
                    <th scope="col">Jouw score</th>
                    <th scope="col">Opmerking</th>
                  </tr>
                </thead>
                <tbody>
                  {data.themes.flatMap((theme) =>
                    theme.statements.map((s) => {
                      const mine = data.mine[s.id];
                      return (
                        <tr key={s.id}>
                          <td>
                            {s.id} {s.text}
                          </td>
                          <td className="nowrap">{mine ? `${mine.score} ${scaleLabel(mine.score)}` : "—"}</td>
                          <td>{mine?.comment || "—"}</td>
                        </tr>
                      );
                    }),
                  )}
                </tbody>
              </table>
            </div>
          )}
        </section>
      )}
    </>
  );
}
