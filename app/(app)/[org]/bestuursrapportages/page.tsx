import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { orNotFound, requireActor } from "@/lib/auth/session";
import { readsBoardReports } from "@/lib/board-reports/policy";
import { boardReportsPage } from "@/lib/board-reports/pages";
import { formatDate } from "@/lib/format";
import { quarterKey, quarterLabel, quarterRange } from "@/lib/periods";
import { amsterdamToday, amsterdamYear } from "@/lib/time";
import { createBoardReportAction } from "./actions";
import { BoardReportForm } from "./client";

export const metadata: Metadata = { title: "Bestuursrapportages" };

export default async function BoardReportsPage({ params }: { params: Promise<{ org: string }> }) {
  const { org } = await params;
  const actor = await requireActor(org);
  if (!readsBoardReports(actor)) notFound();
  const { reports, canCreate, defaults } = await orNotFound(boardReportsPage(actor));
  const year = amsterdamYear();
  const quarters = quarterRange({ year: year - 5, quarter: 1 }, { year, quarter: 4 }).map((q) => ({
    value: quarterKey(q),
    label: quarterLabel(q),
  }));
  return (
    <>
      <div className="page-header">
        <div>
          <h1>Bestuursrapportages</h1>
          <p>
            De terugkoppeling van de coördinator MVI/KCI aan het bestuur: ambitie en doelstellingen met wat de contracten realiseren, wat
            goed gaat en wat aandacht vraagt, de malus en hoeveel van de cijfers geverifieerd is. Elke rapportage bewaart de cijfers zoals
            ze op haar datum waren.
          </p>
        </div>
      </div>
      <section className="card" aria-labelledby="reports-title">
        <h2 id="reports-title">Vastgelegde rapportages</h2>
        {reports.length === 0 ? (
          <p>Er is nog geen bestuursrapportage vastgelegd.</p>
        ) : (
          <div className="table-wrap">
            <table className="data">
              <caption className="visually-hidden">Bestuursrapportages, nieuwste eerst</caption>
              <thead>
                <tr>
                  <th scope="col">Titel</th>
                  <th scope="col">Datum</th>
                  <th scope="col">Opgesteld door</th>
                </tr>
              </thead>
              <tbody>
                {reports.map((r) => (
                  <tr key={r.id}>
                    <td>
                      <Link href={`/${org}/bestuursrapportages/${r.id}`}>{r.title}</Link>
                    </td>
                    <td>{formatDate(r.reportDate)}</td>
                    <td>{r.createdByName}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>
      {canCreate ? (
        <section className="card" aria-labelledby="new-report-title">
          <h2 id="new-report-title">Nieuwe bestuursrapportage</h2>
          <p className="small muted">
            De cijfers komen van het organisatiedashboard van vandaag, voor de gekozen periode en alle contracten. Het aandeel geverifieerd
            telt in waarden, niet in hun som.
          </p>
          <BoardReportForm
            action={createBoardReportAction.bind(null, org)}
            quarters={quarters}
            from={defaults.from}
            to={defaults.to}
            defaultTitle={`Bestuursrapportage ${formatDate(amsterdamToday())}`}
          />
        </section>
      ) : null}
    </>
  );
}
