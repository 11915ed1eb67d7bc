import type { Metadata } from "next";
import Link from "next/link";
import { Badge } from "@/app/_components/ui/badge";
import { formatDateTime } from "@/lib/format";
import { checklistOverviewPage } from "@/lib/guidance/checklist/pages";
import { THEME_SUMMARY_NOTE } from "@/lib/guidance/checklist/content";
import { openChecklistRoundAction } from "../actions";
import { TrendChart } from "./_components/charts";
import { TrendTable } from "./_components/tables";
import { OpenRoundForm } from "./client";

export const metadata: Metadata = { title: "Checklist strategische inkoop" };

export default async function ChecklistPage({ params }: { params: Promise<{ org: string }> }) {
  const { org } = await params;
  const data = await checklistOverviewPage(org);
  const base = `/${org}/hulpmiddelen/checklist`;
  return (
    <>
      <p className="small">
        <Link href={`/${org}/hulpmiddelen`}>← Hulpmiddelen</Link>
      </p>
      <div className="page-header">
        <div>
          <h1>Checklist strategische inkoop</h1>
          <p>
            Twaalf stellingen in drie thema’s uit de PIANOo-handreiking. In een ronde geven collega’s per stelling aan in hoeverre ze het
            ermee eens zijn; de uitkomst laat zien waar de organisatie van de inkoop staat.
          </p>
        </div>
      </div>

      <section className="card" aria-labelledby="rondes">
        <h2 id="rondes">Rondes</h2>
        {data.rounds.length === 0 ? (
          <p>Er is nog geen ronde geopend.</p>
        ) : (
          <div className="table-wrap">
            <table className="data">
              <thead>
                <tr>
                  <th scope="col">Ronde</th>
                  <th scope="col">Status</th>
                  <th scope="col">Geopend</th>
                  <th scope="col">Gesloten</th>
                  <th scope="col" className="num">
                    Ingevuld door
                  </th>
                  <th scope="col">Resultaten</th>
                </tr>
              </thead>
              <tbody>
                {data.rounds.map((round) => (
                  <tr key={round.id}>
                    <td>
                      <Link href={`${base}/${round.id}`}>{round.title}</Link>
                    </td>
                    <td>{round.open ? <Badge tone="green">Open</Badge> : <Badge>Gesloten</Badge>}</td>
                    <td className="nowrap">{formatDateTime(round.openedAt)}</td>
                    <td className="nowrap">{round.closedAt ? formatDateTime(round.closedAt) : "—"}</td>
                    <td className="num">
                      {round.respondents} {round.respondents === 1 ? "persoon" : "personen"}
                    </td>
                    <td>
                      <Link href={`${base}/${round.id}/resultaten`}>
                        Resultaten<span className="visually-hidden"> van {round.title}</span>
                      </Link>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>

      {data.canEdit ? (
        <section className="card" aria-labelledby="openen">
          <h2 id="openen">Nieuwe ronde openen</h2>
          <p className="small muted">
            Zolang de ronde open is, kan iedereen van {data.actor.org.name} de checklist invullen en de eigen antwoorden wijzigen. Sluit de
            ronde als iedereen klaar is.
          </p>
          <OpenRoundForm action={openChecklistRoundAction.bind(null, org)} />
        </section>
      ) : null}

      <section className="card" aria-labelledby="ontwikkeling">
        <h2 id="ontwikkeling">Ontwikkeling over de rondes</h2>
        {data.trend.length === 0 ? (
          <p>Zodra een ronde antwoorden heeft, zie je hier het gemiddelde per thema per ronde.</p>
        ) : (
          <>
            <p className="small muted">{THEME_SUMMARY_NOTE}</p>
            <TrendChart
              rows={data.trend}
              themes={data.themes}
              description={`Gemiddelde per thema per ronde, van 1 (Oneens) tot 4 (Helemaal eens). ${data.trendDescription}`}
            />
            <TrendTable rows={data.trend} themes={data.themes} openRoundIds={data.openRoundIds} />
          </>
        )}
      </section>
    </>
  );
}
